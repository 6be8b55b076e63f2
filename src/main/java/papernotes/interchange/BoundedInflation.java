package papernotes.interchange;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import papernotes.model.ByteSizes;

/// An entry's inflated bytes, counted as they are read: past the entry limit, the archive's total or the allowed
/// compression ratio, reading stops with [LimitExceeded] (a zip bomb is never inflated further).
final class BoundedInflation extends FilterInputStream {

    /// Reading stopped at a limit; the message says which.
    static final class LimitExceeded extends IOException {
        LimitExceeded(String message) {
            super(message);
        }
    }

    /// The bytes inflated so far over all entries of one archive.
    static final class Total {
        private long bytes;
    }

    private final ZipLimits limits;
    private final long compressedSize;
    private final Total total;
    private long count;

    BoundedInflation(InputStream in, ZipLimits limits, long compressedSize, Total total) {
        super(in);
        this.limits = limits;
        this.compressedSize = Math.max(compressedSize, 1);
        this.total = total;
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            add(1);
        }
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, length);
        if (n > 0) {
            add(n);
        }
        return n;
    }

    private void add(int n) throws LimitExceeded {
        count += n;
        total.bytes += n;
        if (count > limits.maxEntryBytes()) {
            throw new LimitExceeded(
                    "an entry is larger than " + ByteSizes.describe(limits.maxEntryBytes()) + " uncompressed");
        }
        if (total.bytes > limits.maxTotalBytes()) {
            throw new LimitExceeded(
                    "its entries add up to more than " + ByteSizes.describe(limits.maxTotalBytes()) + " uncompressed");
        }
        if (count > limits.ratioFloorBytes() && count > (long) limits.maxRatio() * compressedSize) {
            throw new LimitExceeded(
                    "an entry inflates to more than " + limits.maxRatio() + " times its compressed size (a zip bomb?)");
        }
    }

    long count() {
        return count;
    }
}
