package papernotes.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import papernotes.service.ImportPlan;
import papernotes.service.PlannedNote;

/// What `import` prints for a Markdown vault: what it is, a line per note (action, id, title, topic, why, file),
/// the topics created, and the counts.
final class VaultImportReport {

    private VaultImportReport() {
    }

    static InterchangeFormat.Imported of(ImportPlan plan, boolean dryRun) {
        var lines = new ArrayList<String>();
        lines.add(plan.description() + " " + plan.source() + ": " + count(plan.notes().size(), "note") + ".");
        for (PlannedNote note : plan.notes()) {
            lines.add(line(note));
        }
        if (!plan.newTopics().isEmpty()) {
            lines.add((dryRun ? "New topics: " : "Created topics: ") + String.join(", ", plan.newTopics()) + ".");
        }
        lines.add(summary(plan, dryRun));
        return new InterchangeFormat.Imported(lines, plan.warnings().stream().map(w -> "warning: " + w).toList());
    }

    private static String line(PlannedNote note) {
        var action = note.action().name().toLowerCase(Locale.ROOT);
        var id = note.id().map(Object::toString).orElse("-");
        return String.format(Locale.ROOT, "%-8s %-8s  %s  (%s): %s [%s]", action, id, note.title(), note.topic(),
                note.reason(), note.file());
    }

    private static String summary(ImportPlan plan, boolean dryRun) {
        var parts = List.of(count(plan.added().size(), "note") + (dryRun ? " to add" : " added"),
                plan.updated().size() + (dryRun ? " to update" : " updated"),
                plan.skipped().size() + (dryRun ? " to skip" : " skipped"),
                count(plan.conflicts().size(), "conflict copy", "conflict copies") + (dryRun ? " to make" : " made"),
                count(plan.attachments().size(), "attachment") + (dryRun ? " to copy" : " copied"));
        return (dryRun ? "Dry run: " : "Imported: ") + String.join(", ", parts)
                + (dryRun ? "; nothing was written." : ".");
    }

    private static String count(int n, String one) {
        return count(n, one, one + "s");
    }

    private static String count(int n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }
}
