package papernotes.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import papernotes.bench.search.BenchGoals;
import papernotes.bench.search.BenchReport;
import papernotes.bench.search.Percentiles;

/// The benchmark report as Markdown tables (printed, and pasted into docs/benchmarks.md).
final class BenchTables {

    private BenchTables() {}

    static List<String> of(BenchReport report, List<BenchGoals.Goal> goals) {
        var lines = new ArrayList<String>();
        var env = report.environment();
        var corpus = report.corpus();
        lines.add(String.format(
                Locale.ROOT,
                "%,d notes, %.1f MB of text, seed %d, %d queries; %s; %d cores, %.0f GB; %s; "
                        + "Lucene %s, SQLite %s; %s",
                corpus.notes(),
                corpus.textBytes() / 1e6,
                corpus.seed(),
                corpus.queries(),
                env.os(),
                env.cores(),
                env.memoryBytes() / 1e9,
                env.jdk(),
                env.lucene(),
                env.sqlite(),
                env.date()));
        lines.add("");
        lines.add("| Goal | Target | Measured | Met |");
        lines.add("|---|---|---|---|");
        goals.forEach(goal -> lines.add("| " + goal.name() + " | " + goal.target() + " | " + goal.measured() + " | "
                + (goal.met() ? "yes" : "**no**") + " |"));
        lines.add("");
        lines.add("| Full build | seconds | notes/s | MB/s | index MB | index ÷ text | merging after (s) |");
        lines.add("|---|---|---|---|---|---|---|");
        for (var build : report.builds()) {
            lines.add(String.format(
                    Locale.ROOT,
                    "| %s | %.1f | %,.0f | %.1f | %s | %s | %s |",
                    build.engine(),
                    build.seconds(),
                    build.notesPerSecond(),
                    build.megabytesPerSecond(),
                    build.indexBytes() == 0 ? "—" : String.format(Locale.ROOT, "%.1f", build.indexBytes() / 1e6),
                    build.indexBytes() == 0 ? "—" : String.format(Locale.ROOT, "%.2f", build.indexToText()),
                    build.mergeSeconds() == 0 ? "—" : String.format(Locale.ROOT, "%.1f", build.mergeSeconds())));
        }
        lines.add("");
        lines.add("| Query latency (ms) | stage | n | p50 | p90 | p99 | max |");
        lines.add("|---|---|---|---|---|---|---|");
        for (var latency : report.latencies()) {
            lines.add("| " + latency.engine() + " | " + latency.stage() + " | " + row(latency.all()) + " |");
        }
        var ours = report.latencies().stream()
                .filter(l -> l.engine().equals("PaperNotes"))
                .toList();
        if (!ours.isEmpty()) {
            lines.add("");
            lines.add("| PaperNotes p99 by kind (ms) | "
                    + String.join(
                            " | ",
                            ours.getFirst().byCategory().keySet().stream()
                                    .sorted()
                                    .toList()) + " |");
            lines.add("|---" + "|---".repeat(ours.getFirst().byCategory().size()) + "|");
            for (var latency : ours) {
                lines.add("| " + latency.stage() + " | "
                        + String.join(
                                " | ",
                                latency.byCategory().keySet().stream()
                                        .sorted()
                                        .map(c -> number(
                                                latency.byCategory().get(c).p99()))
                                        .toList())
                        + " |");
            }
        }
        var nrt = report.nrt();
        lines.add("");
        lines.add("| Save → searchable (ms) | n | p50 | p90 | p99 | max |");
        lines.add("|---|---|---|---|---|---|");
        lines.add("| save call, quiet | " + row(nrt.save()) + " |");
        lines.add("| visible in search, quiet | " + row(nrt.visible()) + " |");
        lines.add(String.format(Locale.ROOT, "| save call, %.1f background edits/s | ", nrt.backgroundEditsPerSecond())
                + row(nrt.saveUnderLoad()) + " |");
        lines.add(String.format(
                        Locale.ROOT, "| visible in search, %.1f background edits/s | ", nrt.backgroundEditsPerSecond())
                + row(nrt.visibleUnderLoad()) + " |");
        return lines;
    }

    private static String row(Percentiles p) {
        return p.count() + " | " + number(p.p50()) + " | " + number(p.p90()) + " | " + number(p.p99()) + " | "
                + number(p.max());
    }

    private static String number(double millis) {
        return String.format(Locale.ROOT, millis < 10 ? "%.2f" : millis < 100 ? "%.1f" : "%.0f", millis);
    }
}
