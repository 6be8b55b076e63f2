package papernotes.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import papernotes.service.ImportPlan;
import papernotes.service.Library;
import papernotes.service.PlannedNote;

@Command(name = "import", description = {"Import notes: a PaperNotes vault (an export), an Obsidian vault or any folder",
        "of Markdown files. Everything is checked first; then all of it is imported in one step, or nothing.",
        "A note whose id the library has is skipped when unchanged, updated when only its title, topic, tags,",
        "aliases or paper fields changed, and added as a conflict copy when its text differs."})
final class ImportCommand extends LibraryCommand {

    @Parameters(paramLabel = "PATH", description = "The folder (or file) to import.")
    Path source;

    @Option(names = "--dry-run", description = "Say what would be added, updated and skipped, and why; write nothing.")
    boolean dryRun;

    @Option(names = "--format", paramLabel = "FORMAT", completionCandidates = InterchangeFormat.Names.class,
            description = "Format of PATH: ${COMPLETION-CANDIDATES} (default: told from PATH).")
    InterchangeFormat format;

    @Override
    int run(Library library, Output output) {
        var chosen = format != null ? format : InterchangeFormat.of(source);
        long start = System.nanoTime();
        var plan = dryRun ? chosen.plan(library, source) : chosen.apply(library, source);
        long millis = (System.nanoTime() - start) / 1_000_000;
        output.line(plan.description() + " " + plan.source() + ": " + count(plan.notes().size(), "note") + ".");
        for (PlannedNote note : plan.notes()) {
            output.line(line(note));
        }
        if (!plan.newTopics().isEmpty()) {
            output.line((dryRun ? "New topics: " : "Created topics: ") + String.join(", ", plan.newTopics()) + ".");
        }
        for (String warning : plan.warnings()) {
            output.message("warning: " + warning);
        }
        output.line(summary(plan, millis));
        return 0;
    }

    private static String line(PlannedNote note) {
        var action = note.action().name().toLowerCase(Locale.ROOT);
        var id = note.id().map(Object::toString).orElse("-");
        return String.format(Locale.ROOT, "%-8s %-8s  %s  (%s): %s [%s]", action, id, note.title(), note.topic(),
                note.reason(), note.file());
    }

    private String summary(ImportPlan plan, long millis) {
        var parts = List.of(count(plan.added().size(), "note") + (dryRun ? " to add" : " added"),
                plan.updated().size() + (dryRun ? " to update" : " updated"),
                plan.skipped().size() + (dryRun ? " to skip" : " skipped"),
                count(plan.conflicts().size(), "conflict copy", "conflict copies") + (dryRun ? " to make" : " made"),
                count(plan.attachments().size(), "attachment") + (dryRun ? " to copy" : " copied"));
        return (dryRun ? "Dry run: " : "Imported: ") + String.join(", ", parts)
                + (dryRun ? "; nothing was written (" + millis + " ms)." : " in " + millis + " ms.");
    }

    private static String count(int n, String one) {
        return count(n, one, one + "s");
    }

    private static String count(int n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }
}
