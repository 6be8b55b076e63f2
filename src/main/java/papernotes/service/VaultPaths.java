package papernotes.service;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Optional;
import java.util.regex.Pattern;

/// Link targets as a vault's Markdown writes them: web addresses told from paths (and from Windows drive letters),
/// `%`-escapes decoded and encoded, `.` and `..` worked out.
final class VaultPaths {

    static final Pattern SCHEME = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]*:");
    static final Pattern DRIVE = Pattern.compile("^[A-Za-z]:");

    private VaultPaths() {}

    /// `path` with `.` and `..` worked out, or empty when it leaves the vault (`..` above the top).
    static Optional<String> normalize(String path) {
        var parts = new ArrayList<String>();
        for (String part : path.split("/", 0)) {
            if (part.isEmpty() || part.equals(".")) {
                continue;
            }
            if (part.equals("..")) {
                if (parts.isEmpty()) {
                    return Optional.empty();
                }
                parts.removeLast();
            } else {
                parts.add(part);
            }
        }
        return Optional.of(String.join("/", parts));
    }

    /// `%`-escapes decoded (`+` stays a plus), or the text as it is when they are not valid.
    static String decode(String text) {
        try {
            return URLDecoder.decode(text.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return text;
        }
    }

    /// A name as a link destination: characters CommonMark or the note view would read otherwise are %-encoded.
    static String encode(String name) {
        var out = new StringBuilder();
        for (byte b : name.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            boolean plain = c >= 0x80 || Character.isLetterOrDigit(c) || "-._~/!$&'*,;=@".indexOf(c) >= 0;
            if (plain) {
                out.append((char) c);
            } else {
                out.append('%').append(String.format("%02X", c));
            }
        }
        return new String(out.toString().getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8);
    }

    /// A link's target as a message quotes it: at most 80 characters.
    static String shorten(String text) {
        return text.length() > 80 ? text.substring(0, 80) + "…" : text;
    }
}
