package papernotes.interchange;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/// The entry names a backup archive may contain, checked before anything is extracted (zip slip): the JSON document
/// and files directly below `attachments/`, named with letters, digits, `-`, `_` and `.` only. Absolute paths,
/// drive letters, backslashes, `.` and `..`, control characters and two names that differ only by case or Unicode
/// normalization are refused.
final class ZipEntryNames {

    static final String ATTACHMENTS = "attachments/";
    private static final Pattern FILE_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,199}");

    private final Map<String, String> seen = new HashMap<>();

    /// Whether `name` is a file name an attachment may have (and so an export may write).
    static boolean isAttachmentName(String name) {
        return FILE_NAME.matcher(name).matches() && !name.contains("..");
    }

    /// Checks the next entry's name. Returns the attachment's file name for `attachments/NAME`, empty for the JSON
    /// document and for the `attachments/` folder entry; throws with the reason otherwise.
    Optional<String> check(String name, String jsonEntry) {
        var reason = problem(name, jsonEntry);
        if (reason.isPresent()) {
            throw new IllegalArgumentException(reason.get());
        }
        var key = Normalizer.normalize(name, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
        var earlier = seen.putIfAbsent(key, name);
        if (earlier != null) {
            throw new IllegalArgumentException("it holds the entry '" + printable(name) + "' twice"
                    + (earlier.equals(name) ? "" : " (as '" + printable(earlier) + "')"));
        }
        if (name.equals(jsonEntry) || name.equals(ATTACHMENTS)) {
            return Optional.empty();
        }
        return Optional.of(name.substring(ATTACHMENTS.length()));
    }

    private static Optional<String> problem(String name, String jsonEntry) {
        var shown = "the entry '" + printable(name) + "'";
        if (name.isEmpty()) {
            return Optional.of("it has an entry without a name");
        }
        if (name.chars().anyMatch(Character::isISOControl)) {
            return Optional.of(shown + " has a control character in its name");
        }
        if (name.length() > 255) {
            return Optional.of("an entry name is longer than 255 characters");
        }
        if (name.contains("\\")) {
            return Optional.of(shown + " has a backslash in its name");
        }
        if (name.startsWith("/") || name.matches("(?s)[A-Za-z]:.*") || name.contains(":")) {
            return Optional.of(shown + " is an absolute path");
        }
        for (String part : name.split("/", -1)) {
            if (part.equals("..") || part.equals(".")) {
                return Optional.of(shown + " points outside the archive's folder");
            }
        }
        if (name.equals(jsonEntry) || name.equals(ATTACHMENTS)) {
            return Optional.empty();
        }
        if (name.startsWith(ATTACHMENTS) && isAttachmentName(name.substring(ATTACHMENTS.length()))) {
            return Optional.empty();
        }
        return Optional.of(shown + " is not part of a PaperNotes backup (only " + jsonEntry
                + " and files directly in attachments/, named with letters, digits, '.', '-' and '_')");
    }

    static String printable(String name) {
        var shown = name.replaceAll("\\p{Cntrl}", "?");
        return shown.length() > 80 ? shown.substring(0, 80) + "…" : shown;
    }
}
