package papernotes.bench.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/// The goals of issue 7 at 100,000 notes, checked against a report: each with its target, what was measured, and
/// whether it is met. Figures measured elsewhere (start-up, memory of the app) are passed in when there are any.
public final class BenchGoals {

    /// One goal: what it is, the target, what was measured, whether it is met.
    public record Goal(String name, String target, String measured, boolean met) {}

    /// Launch → usable window and → first search answered (medians, ms) and the app's resident memory at idle after
    /// the first search (MB), when they were measured.
    public record App(
            Optional<Double> usableMillis, Optional<Double> firstSearchMillis, Optional<Double> idleRssMegabytes) {
        public static final App NONE = new App(Optional.empty(), Optional.empty(), Optional.empty());
    }

    private BenchGoals() {}

    public static List<Goal> check(BenchReport report, App app) {
        var goals = new ArrayList<Goal>();
        var ours = latency(report, "PaperNotes", "ids");
        var oursSnippets = latency(report, "PaperNotes", "snippets");
        var trigram = latency(report, "FTS5 trigram+LIKE", "ids");
        goals.add(new Goal(
                "Query p99, ids",
                "≤ 1/10 of FTS5 trigram+LIKE p99 (" + ms(trigram.all().p99() / 10) + ") and ≤ 5 ms",
                ms(ours.all().p99()),
                ours.all().p99() <= trigram.all().p99() / 10 && ours.all().p99() <= 5));
        goals.add(new Goal(
                "Query p99, with snippets",
                "≤ 15 ms",
                ms(oursSnippets.all().p99()),
                oursSnippets.all().p99() <= 15));
        var build = build(report, "PaperNotes");
        var trigramBuild = build(report, "FTS5 trigram+LIKE");
        goals.add(new Goal(
                "Full build",
                "≤ 0.5 × FTS5 trigram's (" + s(trigramBuild.seconds() / 2) + ") and ≤ 20 s",
                s(build.seconds()),
                build.seconds() <= trigramBuild.seconds() / 2 && build.seconds() <= 20));
        goals.add(new Goal(
                "Save → searchable p99",
                "≤ 50 ms",
                ms(report.nrt().visible().p99()) + " quiet, "
                        + ms(report.nrt().visibleUnderLoad().p99()) + " under load",
                Math.max(
                                report.nrt().visible().p99(),
                                report.nrt().visibleUnderLoad().p99())
                        <= 50));
        app.usableMillis()
                .ifPresent(usable ->
                        goals.add(new Goal("Launch → usable window, median", "≤ 1.0 s", ms(usable), usable <= 1000)));
        app.firstSearchMillis()
                .ifPresent(first -> goals.add(
                        new Goal("Launch → first search answered, median", "≤ 1.5 s", ms(first), first <= 1500)));
        app.idleRssMegabytes()
                .ifPresent(rss -> goals.add(new Goal(
                        "RSS idle after the first search",
                        "≤ 300 MB",
                        String.format(Locale.ROOT, "%.0f MB", rss),
                        rss <= 300)));
        goals.add(new Goal(
                "Index size ÷ text",
                "≤ 0.6",
                String.format(Locale.ROOT, "%.2f", build.indexToText()),
                build.indexToText() <= 0.6));
        return goals;
    }

    private static BenchReport.Latency latency(BenchReport report, String engine, String stage) {
        return report.latencies().stream()
                .filter(l -> l.engine().equals(engine) && l.stage().equals(stage))
                .findFirst()
                .orElseThrow();
    }

    private static BenchReport.Build build(BenchReport report, String engine) {
        return report.builds().stream()
                .filter(b -> b.engine().equals(engine))
                .findFirst()
                .orElseThrow();
    }

    static String ms(double millis) {
        return millis >= 1000
                ? String.format(Locale.ROOT, "%.2f s", millis / 1000)
                : String.format(Locale.ROOT, millis < 10 ? "%.2f ms" : "%.1f ms", millis);
    }

    static String s(double seconds) {
        return String.format(Locale.ROOT, "%.1f s", seconds);
    }
}
