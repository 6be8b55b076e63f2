package papernotes.model;

/// The colour scheme notes are shown in.
public enum Theme {
    LIGHT,
    DARK
}
