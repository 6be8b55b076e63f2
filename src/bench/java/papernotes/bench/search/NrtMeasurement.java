package papernotes.bench.search;

import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import papernotes.model.NoteChanges;
import papernotes.model.NoteId;
import papernotes.model.PaperNotesException;
import papernotes.service.NoteService;
import papernotes.service.SearchService;

/// Save → visible in search: a note's body gets a word no note has, is saved as the editor saves it, and a search
/// for the word is repeated until it finds the note. Measured on a quiet library, then again while another thread
/// saves other notes five times a second.
final class NrtMeasurement {

    private static final double BACKGROUND_EDITS_PER_SECOND = 5;
    private final NoteService notes;
    private final SearchService search;
    private final List<NoteId> corpus;
    private final Random random;
    private int next;

    /// `corpus`: the ids of the notes to edit (the notes' text stays in the library, not in this process's heap, as
    /// in the application).
    NrtMeasurement(NoteService notes, SearchService search, List<NoteId> corpus, long seed) {
        this.notes = notes;
        this.search = search;
        this.corpus = corpus;
        this.random = new Random(seed ^ 0x4e27L);
    }

    BenchReport.Nrt measure(int cycles) {
        cycles(Math.max(5, cycles / 10), new long[cycles], new long[cycles]);
        var save = new long[cycles];
        var visible = new long[cycles];
        cycles(cycles, save, visible);
        var saveLoaded = new long[cycles];
        var visibleLoaded = new long[cycles];
        var stop = new AtomicBoolean();
        var edits = new AtomicInteger();
        var background = Thread.ofPlatform().name("bench-background-edits").start(() -> {
            var own = new Random(7);
            long interval = (long) (1000 / BACKGROUND_EDITS_PER_SECOND);
            while (!stop.get()) {
                var id = corpus.get(own.nextInt(corpus.size()));
                var body = notes.get(id).note().body();
                notes.edit(id, NoteChanges.none().withBody(body + "\n背景编辑 " + edits.incrementAndGet()));
                try {
                    Thread.sleep(interval);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        });
        long started = System.nanoTime();
        long ended;
        try {
            cycles(cycles, saveLoaded, visibleLoaded);
        } finally {
            // never interrupted: an interrupt inside Lucene's file I/O closes the index writer
            ended = System.nanoTime();
            stop.set(true);
            try {
                background.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        double rate = edits.get() / ((ended - started) / 1e9);
        return new BenchReport.Nrt(
                Percentiles.ofNanos(save),
                Percentiles.ofNanos(visible),
                Percentiles.ofNanos(saveLoaded),
                Percentiles.ofNanos(visibleLoaded),
                rate);
    }

    private void cycles(int count, long[] save, long[] visible) {
        for (int i = 0; i < count; i++) {
            var id = corpus.get(random.nextInt(corpus.size()));
            var word = "nrt" + Long.toString(random.nextLong() & Long.MAX_VALUE, 36) + "q";
            var body = notes.get(id).note().body();
            long start = System.nanoTime();
            notes.edit(id, NoteChanges.none().withBody(body + "\n" + word));
            save[i] = System.nanoTime() - start;
            waitUntilFound(word, id);
            visible[i] = System.nanoTime() - start;
        }
    }

    private void waitUntilFound(String word, NoteId id) {
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (!search.searchIds(word, 1).contains(id.value())) {
            if (System.nanoTime() > deadline) {
                throw new PaperNotesException("A saved note was not found by its new word '" + word + "' within 10 s.");
            }
            Thread.onSpinWait();
        }
    }
}
