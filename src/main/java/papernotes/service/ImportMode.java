package papernotes.service;

/// Whether an import writes what it read, or only reports what it would add, update and skip.
public enum ImportMode {
    APPLY,
    DRY_RUN
}
