package papernotes.model;

import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/// Something an import read with a problem, and what it did about it: of a [Kind], in `file` (as named in messages,
/// `vault/Face Swap/x.md`, or empty for the whole import) at `line` (0 when the problem has none), said in `text`,
/// one sentence naming the file and line, what was wrong and what was done.
public record ImportWarning(Kind kind, String file, int line, String text) {

    /// What kind of problem: the report counts warnings by kind.
    public enum Kind {
        /// An image the note shows that is not in the folder (an absolute path, outside the folder, missing).
        IMAGE,
        /// A link to a file of the folder that is not there.
        LINK,
        /// A file that was not UTF-8, converted.
        ENCODING,
        /// Front matter that is not valid YAML: the file was read as text.
        FRONT_MATTER,
        /// A value of the front matter that was left out.
        FIELD,
        /// A file or folder that was skipped.
        SKIPPED,
        /// Anything else read with a warning (a date that is not one, a symbolic link).
        OTHER;

        /// The kind as the report and `--json` name it: `front-matter`.
        public String label() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }

    public ImportWarning {
        if (line < 0) {
            throw new IllegalArgumentException("line must not be negative");
        }
    }

    /// How many of `warnings` are of each kind, in the order of [Kind] (what the import reports count).
    public static Map<Kind, Integer> countByKind(List<ImportWarning> warnings) {
        var counts = new EnumMap<Kind, Integer>(Kind.class);
        warnings.forEach(warning -> counts.merge(warning.kind(), 1, Integer::sum));
        return counts;
    }

    @Override
    public String toString() {
        return text;
    }
}
