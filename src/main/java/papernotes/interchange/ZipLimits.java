package papernotes.interchange;

/// What a backup archive may hold before it is refused unread: entries, the uncompressed size of one entry and of
/// all of them (counted while inflating, never taken from the archive's own claims), and how much an entry may
/// have been compressed (a zip bomb inflates a few kilobytes to gigabytes). Ratios are checked once an entry has
/// inflated past `ratioFloorBytes`, since small entries of repeated text compress well and harm nobody.
public record ZipLimits(int maxEntries, long maxEntryBytes, long maxTotalBytes, int maxRatio, long ratioFloorBytes) {

    /// docs/decisions/0010-backups-and-bibtex.md: 100,000 entries, 1 GiB per entry, 2 GiB in all, ratio 100 past 1 MiB.
    public static final ZipLimits DEFAULT = new ZipLimits(100_000, 1L << 30, 2L << 30, 100, 1L << 20);
}
