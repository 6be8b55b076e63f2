package papernotes.web;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;

/// An output that refuses to take more than a given number of bytes: a download stops at its limit instead of
/// filling the disk.
final class BoundedOutput extends FilterOutputStream {

    /// Thrown when more than the limit was offered.
    static final class TooLong extends IOException {
        private static final long serialVersionUID = 1L;

        TooLong() {
            super("more bytes than allowed");
        }
    }

    private final long limit;
    private long written;

    BoundedOutput(OutputStream out, long limit) {
        super(out);
        this.limit = limit;
    }

    @Override
    public void write(int b) throws IOException {
        count(1);
        out.write(b);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
        count(len);
        out.write(b, off, len);
    }

    private void count(int bytes) throws TooLong {
        written += bytes;
        if (written > limit) {
            throw new TooLong();
        }
    }
}
