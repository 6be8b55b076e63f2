package papernotes.interchange;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import papernotes.model.ImportWarning;
import papernotes.model.ImportWarning.Kind;

/// What an import met on the way, file by file. A problem in one file ([#problem]) is recorded as a warning and the
/// caller goes on with what it does about it (leaves a value out, reads the file as text, skips the file), unless the
/// import is `strict`: then the problem refuses the whole import, as one sentence. Warnings ([#warn]) are recorded
/// either way. Problems with the import as a whole (the folder unreadable, over the limits) are thrown where they are
/// found, whatever the mode.
public final class ImportProblems {

    private final boolean strict;
    private final List<ImportWarning> warnings = new ArrayList<>();

    public ImportProblems(boolean strict) {
        this.strict = strict;
    }

    /// A lenient collector: problems become warnings.
    public static ImportProblems lenient() {
        return new ImportProblems(false);
    }

    public boolean strict() {
        return strict;
    }

    /// Records what was read with a warning; `text` names the file and line.
    public void warn(Kind kind, String file, int line, String text) {
        warnings.add(new ImportWarning(kind, file, line, text));
    }

    /// A problem with one file: refuses the import when strict (with `problem`, the sentence as it was before
    /// anything was done about it), otherwise records `problem` and `done` (what the import does about it) as one
    /// warning.
    public void problem(Kind kind, String file, int line, String problem, String done) {
        if (strict) {
            throw new InterchangeException(problem);
        }
        var said = problem.strip().replaceFirst("\\.+$", "");
        var joined = said.endsWith("?") || said.endsWith("!")
                ? said + " " + Character.toUpperCase(done.charAt(0)) + done.substring(1)
                : said + "; " + done;
        warnings.add(new ImportWarning(kind, file, line, joined));
    }

    /// The warnings by file, and in each file by line.
    public List<ImportWarning> warnings() {
        return warnings.stream()
                .sorted(Comparator.comparing(ImportWarning::file).thenComparingInt(ImportWarning::line))
                .toList();
    }
}
