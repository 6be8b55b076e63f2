package papernotes.interchange;

/// How much a folder being imported may hold: files and folders met while walking it, bytes in one Markdown file,
/// and bytes in all of them together with the attachments they bring.
public record VaultLimits(int maxEntries, long maxFileBytes, long maxTotalBytes) {

    /// 100,000 entries, 10 MB per note file (the size a note may have in the library: see
    /// `model.Bodies`), 1 GB in all.
    public static final VaultLimits DEFAULT = new VaultLimits(100_000, 10L * 1024 * 1024, 1024L * 1024 * 1024);

    public VaultLimits {
        if (maxEntries < 1 || maxFileBytes < 1 || maxTotalBytes < 1) {
            throw new IllegalArgumentException("limits must be positive");
        }
    }
}
