package papernotes.interchange;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/// File and folder names made from titles and topic names that are valid on Windows, macOS and Linux and that do
/// not hide the file: characters Windows forbids (`<>:"/\|?*`) and control characters become `_`, trailing dots
/// and spaces go, a leading dot becomes `_`, Windows' device names (`CON`, `nul.txt`, `COM1`…) get a `_`
/// (`nul_.txt`), and a name is cut to [#MAX_CHARS] characters and [#MAX_BYTES] bytes of UTF-8 (whole code points).
/// The same input always gives the same name. Clashes (names equal ignoring case and Unicode normalization, as on
/// Windows and macOS) are found with [#clashKey] and resolved by the caller, who knows the note's id.
public final class FileNames {

    public static final int MAX_CHARS = 80;
    public static final int MAX_BYTES = 180;

    private static final Pattern FORBIDDEN =
            Pattern.compile("[<>:\"/\\\\|?*\\x00-\\x1F\\x7F-\\x9F\\u2028\\u2029\\uFEFF]");
    private static final Pattern DEVICE =
            Pattern.compile("(?i)(CON|PRN|AUX|NUL|COM[0-9¹²³]|LPT[0-9¹²³]|CONIN\\$|CONOUT\\$)(\\..*)?");
    private static final Set<Character> TRIMMED_AT_END = Set.of('.', ' ');

    private FileNames() {}

    /// A safe name for `text`; `fallback` when nothing usable is left (an empty or all-dots title).
    public static String safe(String text, String fallback) {
        var name = Normalizer.normalize(text, Normalizer.Form.NFC);
        name = FORBIDDEN.matcher(name).replaceAll("_").strip();
        name = cut(name);
        name = trimEnd(name);
        if (name.startsWith(".")) {
            name = "_" + name.substring(1);
        }
        if (name.isEmpty()) {
            return fallback;
        }
        var device = DEVICE.matcher(name);
        if (device.matches()) {
            name = device.group(1) + "_" + (device.group(2) == null ? "" : device.group(2));
        }
        return name;
    }

    /// The same name for names that the file systems of Windows and macOS treat as the same name.
    public static String clashKey(String name) {
        return Normalizer.normalize(name, Normalizer.Form.NFC)
                .toUpperCase(Locale.ROOT)
                .toLowerCase(Locale.ROOT);
    }

    private static String cut(String name) {
        var result = new StringBuilder();
        int bytes = 0;
        int chars = 0;
        for (int i = 0; i < name.length(); ) {
            int codePoint = name.codePointAt(i);
            var piece = new String(Character.toChars(codePoint));
            int size = piece.getBytes(StandardCharsets.UTF_8).length;
            if (chars + piece.length() > MAX_CHARS || bytes + size > MAX_BYTES) {
                break;
            }
            result.append(piece);
            bytes += size;
            chars += piece.length();
            i += piece.length();
        }
        return result.toString();
    }

    private static String trimEnd(String name) {
        int end = name.length();
        while (end > 0 && TRIMMED_AT_END.contains(name.charAt(end - 1))) {
            end--;
        }
        return name.substring(0, end).strip();
    }
}
