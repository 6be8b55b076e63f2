package papernotes.service;

import java.nio.file.Files;
import java.util.Arrays;
import java.util.List;

import papernotes.TestLibrary;
import papernotes.model.NoteFilter;
import papernotes.model.NoteId;

/// A developer's aid, not a test: how long related notes, backlinks and the quick switcher take.
/// `java -cp … papernotes.service.ConnectionsBenchmark`
public final class ConnectionsBenchmark {

    private ConnectionsBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        related();
    }

    /// Related notes of every shipped note, after warming up: per call, through the service as the UI calls it.
    static void related() throws Exception {
        var dir = Files.createTempDirectory("papernotes-bench-related");
        try (var library = TestLibrary.shipped(dir)) {
            List<NoteId> ids = library.notes().list(NoteFilter.ALL).stream().map(n -> n.id()).toList();
            for (int round = 0; round < 100; round++) {
                ids.forEach(id -> library.search().related(id, 5));
            }
            var times = new long[ids.size() * 100];
            int k = 0;
            for (int round = 0; round < 100; round++) {
                for (NoteId id : ids) {
                    long start = System.nanoTime();
                    library.search().related(id, 5);
                    times[k++] = System.nanoTime() - start;
                }
            }
            report("related(id, 5) over the " + ids.size() + " shipped notes", times);
        }
    }

    static void report(String what, long[] nanos) {
        Arrays.sort(nanos);
        System.out.printf("%s: p50 %.3f ms, p90 %.3f ms, p99 %.3f ms, max %.3f ms (%d calls)%n", what,
                nanos[nanos.length / 2] / 1e6, nanos[nanos.length * 9 / 10] / 1e6, nanos[nanos.length * 99 / 100] / 1e6,
                nanos[nanos.length - 1] / 1e6, nanos.length);
    }
}
