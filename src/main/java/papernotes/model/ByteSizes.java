package papernotes.model;

import java.util.Locale;

/// Byte counts as people read them, the same wherever they are written: `512 bytes`, `84.2 KB`, `20 MB`, `2 GB`
/// (binary units; one decimal unless the count is a whole number of its unit).
public final class ByteSizes {

    private static final String[] UNITS = {"KB", "MB", "GB", "TB"};

    private ByteSizes() {}

    public static String describe(long bytes) {
        if (bytes < 1024) {
            return bytes + " bytes";
        }
        double value = bytes;
        int unit = -1;
        // on to the next unit when one decimal would round up to 1024 of this one (1,048,575 bytes: 1.0 MB)
        while (unit < UNITS.length - 1 && (value >= 1024 || (unit >= 0 && Math.round(value * 10) >= 10240))) {
            value /= 1024;
            unit++;
        }
        var number =
                value == Math.rint(value) ? String.valueOf((long) value) : String.format(Locale.ROOT, "%.1f", value);
        return number + " " + UNITS[unit];
    }
}
