package papernotes.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;
import papernotes.bench.search.ResidentMemory;
import papernotes.service.Library;

/// `bench memory`: how much resident memory search by meaning adds to an open library. Searches [#SEARCHES] times (or
/// as
/// many as asked) by
/// words alone and reads the resident set after two full collections; then turns meanings on, waits until every
/// note has its vector (computing those that are missing, checking the others' stamps), searches as many times
/// again, with the query's vector, and reads it again. Both readings are of this one process, so the difference is
/// the layer's: the model, its native libraries, the vectors in the index, and whatever checking the stamps kept.
final class MemoryBenchmark {

    static final int SEARCHES = 300;
    private static final List<String> QUERIES = List.of(
            "换脸",
            "super resolution",
            "超分辨率 GAN",
            "arcface 身份特征",
            "怎么做人脸重建",
            "3DMM",
            "transformer 注意力",
            "talking head",
            "知识蒸馏",
            "diffusion model");

    /// What the resident set was, in kB, after a phase; empty where the system does not say.
    record Reading(String phase, OptionalLong residentKb, long heapBytes, long millis) {}

    private final int searches;

    /// Measures with `searches` searches in each phase ([#SEARCHES] for figures worth keeping).
    MemoryBenchmark(int searches) {
        this.searches = searches;
    }

    List<Reading> measure(Library library) {
        var search = library.search();
        search.awaitIndex();
        long start = System.nanoTime();
        searches(library, "");
        var words = reading("words only, after " + searches + " searches", start);
        start = System.nanoTime();
        search.useMeanings(true);
        search.awaitMeanings();
        var ready = reading("meanings ready (model loaded, every stamp checked)", start);
        start = System.nanoTime();
        searches(library, " meaning");
        var meanings = reading("with meanings, after " + searches + " more searches", start);
        return List.of(words, ready, meanings);
    }

    /// The queries, each also with a number after it (so that no answer is cached), with the page not full.
    private void searches(Library library, String salt) {
        for (int i = 0; i < searches; i++) {
            var query = QUERIES.get(i % QUERIES.size()) + (i < QUERIES.size() ? "" : " " + i + salt);
            library.search().search(query, 20, Optional.empty(), Optional.empty());
        }
    }

    private static Reading reading(String phase, long start) {
        long millis = (System.nanoTime() - start) / 1_000_000;
        System.gc();
        System.gc();
        try {
            Thread.sleep(500);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        var runtime = Runtime.getRuntime();
        return new Reading(phase, residentKb(), runtime.totalMemory() - runtime.freeMemory(), millis);
    }

    /// `VmRSS` of `/proc/self/status` (Linux).
    static OptionalLong residentKb() {
        return ResidentMemory.kb(ResidentMemory.ownStatus(), "VmRSS");
    }

    /// The readings as lines, and the difference the layer makes.
    static List<String> lines(List<Reading> readings) {
        var lines = new ArrayList<String>();
        for (var reading : readings) {
            lines.add(String.format(
                    Locale.ROOT,
                    "%-55s RSS %8s   heap used %6.1f MB   (%d ms)",
                    reading.phase(),
                    reading.residentKb().isPresent()
                            ? String.format(
                                    Locale.ROOT, "%.1f MB", reading.residentKb().getAsLong() / 1024.0)
                            : "n/a",
                    reading.heapBytes() / (1024.0 * 1024.0),
                    reading.millis()));
        }
        var first = readings.getFirst().residentKb();
        var last = readings.getLast().residentKb();
        if (first.isPresent() && last.isPresent()) {
            lines.add(String.format(
                    Locale.ROOT,
                    "search by meaning adds %+.1f MB resident",
                    (last.getAsLong() - first.getAsLong()) / 1024.0));
        } else {
            lines.add("This system does not report the resident set (/proc/self/status); only the heap is shown.");
        }
        return lines;
    }
}
