package papernotes.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import papernotes.model.ImportWarning;
import papernotes.service.ImportPlan;
import papernotes.service.PlannedNote;

/// What `import` prints for a Markdown vault: what it is, a line per note (action, id, title, topic, why, file),
/// the topics created, and the counts (with the PDFs whose text was read after the import,
/// [NoteFileService#readUnread])
/// and the warnings by kind; on standard error the first [#SHOWN] warnings, each
/// naming its file and line, what was wrong and what was done. `--json` gives all of it as one document.
final class VaultImportReport {

    /// How many warnings are printed; `--json` has them all.
    static final int SHOWN = 10;

    private VaultImportReport() {}

    static InterchangeFormat.Imported of(ImportPlan plan, boolean dryRun, int pdfsRead) {
        var lines = new ArrayList<String>();
        lines.add(plan.description() + " " + plan.source() + ": "
                + count(plan.notes().size(), "note") + ".");
        for (PlannedNote note : plan.notes()) {
            lines.add(line(note));
        }
        if (!plan.newTopics().isEmpty()) {
            lines.add((dryRun ? "New topics: " : "Created topics: ") + String.join(", ", plan.newTopics()) + ".");
        }
        lines.add(summary(plan, dryRun, pdfsRead));
        return new InterchangeFormat.Imported(lines, warnings(plan.warnings()), json(plan, dryRun, pdfsRead));
    }

    private static List<String> warnings(List<ImportWarning> all) {
        var shown = new ArrayList<String>();
        all.stream().limit(SHOWN).forEach(warning -> shown.add("warning: " + warning.text()));
        if (all.size() > SHOWN) {
            shown.add("… and " + (all.size() - SHOWN) + " more warnings: --json lists them all.");
        }
        return shown;
    }

    private static String line(PlannedNote note) {
        var action = note.action().name().toLowerCase(Locale.ROOT);
        var id = note.id().map(Object::toString).orElse("-");
        return String.format(
                Locale.ROOT,
                "%-8s %-8s  %s  (%s): %s [%s]",
                action,
                id,
                note.title(),
                note.topic(),
                note.reason(),
                note.file());
    }

    private static String summary(ImportPlan plan, boolean dryRun, int pdfsRead) {
        var parts = new ArrayList<>(List.of(
                count(plan.added().size(), "note") + (dryRun ? " to add" : " added"),
                plan.updated().size() + (dryRun ? " to update" : " updated"),
                plan.skipped().size() + (dryRun ? " to skip" : " skipped"),
                count(plan.conflicts().size(), "conflict copy", "conflict copies") + (dryRun ? " to make" : " made"),
                count(plan.attachments().size(), "attachment") + (dryRun ? " to copy" : " copied")));
        if (pdfsRead > 0) {
            parts.add(pdfsRead(pdfsRead));
        }
        if (!plan.warnings().isEmpty()) {
            parts.add(count(plan.warnings().size(), "warning") + " ("
                    + ImportWarning.countByKind(plan.warnings()).entrySet().stream()
                            .map(e -> e.getValue() + " " + e.getKey().label())
                            .collect(Collectors.joining(", "))
                    + ")");
        }
        return (dryRun ? "Dry run: " : "Imported: ")
                + String.join(", ", parts)
                + (dryRun ? "; nothing was written." : ".");
    }

    private static Map<String, Object> json(ImportPlan plan, boolean dryRun, int pdfsRead) {
        var json = new LinkedHashMap<String, Object>();
        json.put("source", plan.source());
        json.put("format", plan.description());
        json.put("dryRun", dryRun);
        json.put("added", plan.added().size());
        json.put("updated", plan.updated().size());
        json.put("skipped", plan.skipped().size());
        json.put("conflicts", plan.conflicts().size());
        json.put("attachments", plan.attachments().size());
        json.put("pdfsRead", pdfsRead);
        json.put("newTopics", plan.newTopics());
        var counts = new LinkedHashMap<String, Object>();
        ImportWarning.countByKind(plan.warnings()).forEach((kind, n) -> counts.put(kind.label(), n));
        json.put("warningsByKind", counts);
        json.put(
                "notes",
                plan.notes().stream()
                        .map(note -> {
                            var map = new LinkedHashMap<String, Object>();
                            map.put("action", note.action().name().toLowerCase(Locale.ROOT));
                            map.put("id", note.id().map(Object::toString).orElse(null));
                            map.put("title", note.title());
                            map.put("topic", note.topic().toString());
                            map.put("reason", note.reason());
                            map.put("file", note.file());
                            return map;
                        })
                        .toList());
        json.put(
                "warnings",
                plan.warnings().stream()
                        .map(warning -> {
                            var map = new LinkedHashMap<String, Object>();
                            map.put("kind", warning.kind().label());
                            map.put("file", warning.file());
                            map.put("line", warning.line());
                            map.put("text", warning.text());
                            return map;
                        })
                        .toList());
        return json;
    }

    /// `read the text of 2 PDFs`, for the report of an import.
    static String pdfsRead(int n) {
        return "read the text of " + count(n, "PDF");
    }

    private static String count(int n, String one) {
        return count(n, one, one + "s");
    }

    private static String count(int n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }
}
