package papernotes.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field.Store;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import papernotes.TestLibrary;
import papernotes.model.NoteDraft;
import papernotes.model.NoteFilter;
import papernotes.model.TopicPath;

/// The search index is derived and always comes back (issue #8, part 2): deleted, truncated, bit-flipped, left
/// with a stale `write.lock`, or written by another version of PaperNotes, it is detected when the library opens and
/// rebuilt, and its answers then equal a brute-force scan of the library's notes in SQLite.
@Tag("slow")
class IndexFaultTest {

    /// Made-up words planted in notes, so that the notes that contain each are known exactly.
    static final List<String> WORDS = List.of("qzvwa", "qzvwb", "qzvwc", "qzvwd", "qzvwe", "qzvwf", "qzvwg", "qzvwh");

    @TempDir
    Path dir;

    private Path index() {
        return dir.resolve("index");
    }

    /// The shipped notes and 40 more, each with some of [#WORDS] in its body or title.
    private void fill() {
        var random = new Random(8);
        try (var library = TestLibrary.shipped(dir)) {
            for (int i = 0; i < 40; i++) {
                var words = new ArrayList<String>();
                WORDS.stream().filter(w -> random.nextInt(3) == 0).forEach(words::add);
                var title = "故障注入 " + i + (random.nextBoolean() && !words.isEmpty() ? " " + words.getFirst() : "");
                library.notes()
                        .create(NoteDraft.of(
                                title,
                                TopicPath.of("Face Swap"),
                                "基于stylegan2的换脸 " + String.join("，", words) + " 超分辨率 note " + i));
            }
            assertOracle(library);
        }
    }

    /// For every planted word, the notes a search finds are exactly those whose title or body contains it.
    private static void assertOracle(Library library) {
        var notes = library.notes().list(NoteFilter.ALL);
        assertEquals(
                new TreeSet<>(notes.stream().map(n -> n.id().value()).toList()),
                new TreeSet<>(library.search().indexedIds()),
                "the index holds exactly the live notes");
        Map<String, Set<String>> scanned = new TreeMap<>();
        Map<String, Set<String>> searched = new TreeMap<>();
        for (String word : WORDS) {
            var containing = new TreeSet<String>();
            for (var summary : notes) {
                var note = library.notes().get(summary.id()).note();
                if ((note.title() + "\n" + note.body()).toLowerCase(Locale.ROOT).contains(word)) {
                    containing.add(note.id().value());
                }
            }
            scanned.put(word, containing);
            searched.put(word, new TreeSet<>(library.search().searchIds(word, 1000)));
        }
        assertEquals(scanned, searched);
        assertTrue(scanned.values().stream().mapToInt(Set::size).sum() > 40, "the words are planted: " + scanned);
    }

    private void reopenAndCheck() {
        try (var library = TestLibrary.shipped(dir)) {
            assertOracle(library);
            assertEquals(67, library.search().indexedIds().size());
        }
    }

    private List<Path> indexFiles() throws IOException {
        try (Stream<Path> files = Files.list(index())) {
            return files.filter(f -> !f.getFileName().toString().equals("write.lock"))
                    .sorted()
                    .toList();
        }
    }

    @Test
    void deleted() throws IOException {
        fill();
        try (Stream<Path> files = Files.walk(index())) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
        reopenAndCheck();
    }

    @Test
    void emptiedFolder() throws IOException {
        fill();
        for (Path file : indexFiles()) {
            Files.delete(file);
        }
        reopenAndCheck();
    }

    /// Each file of the index cut to half its length, one at a time.
    @Test
    void truncated() throws IOException {
        fill();
        int files = indexFiles().size();
        assertTrue(files >= 3, "an index has several files");
        for (int i = 0; i < files; i++) {
            var file = indexFiles().get(Math.min(i, indexFiles().size() - 1));
            try (var raf = new RandomAccessFile(file.toFile(), "rw")) {
                raf.setLength(raf.length() / 2);
            }
            reopenAndCheck();
        }
    }

    /// One bit flipped at the start, in the middle and near the end of each file of the index, one at a time: a
    /// flip inside the postings is not seen by opening the index alone, only by verifying its checksums.
    @ParameterizedTest
    @ValueSource(doubles = {0.0, 0.5, 0.97})
    void bitFlipped(double where) throws IOException {
        fill();
        int files = indexFiles().size();
        for (int i = 0; i < files; i++) {
            var all = indexFiles();
            var file = all.get(Math.min(i, all.size() - 1));
            try (var raf = new RandomAccessFile(file.toFile(), "rw")) {
                long at = Math.min(raf.length() - 1, (long) (raf.length() * where));
                raf.seek(at);
                int b = raf.read();
                raf.seek(at);
                raf.write(b ^ 0x10);
            }
            reopenAndCheck();
        }
    }

    /// A `write.lock` left behind by a process that died: the lock is the operating system's, not the file's.
    @Test
    void staleWriteLock() throws IOException {
        fill();
        Files.deleteIfExists(index().resolve("write.lock"));
        Files.writeString(index().resolve("write.lock"), "");
        reopenAndCheck();
    }

    /// An index committed by another version of PaperNotes (another format number), with notes this library does
    /// not have: it is not used, but rebuilt.
    @Test
    void writtenByAnotherVersion() throws IOException {
        fill();
        try (var directory = FSDirectory.open(index());
                var writer = new IndexWriter(
                        directory, new IndexWriterConfig().setOpenMode(IndexWriterConfig.OpenMode.CREATE))) {
            var document = new Document();
            document.add(new TextField("body", "qzvwa qzvwb", Store.NO));
            writer.addDocument(document);
            writer.setLiveCommitData(
                    Map.of("papernotes.format", "0", "papernotes.hwm", "999999").entrySet());
            writer.commit();
        }
        reopenAndCheck();
    }

    /// Not an index at all: a `segments_1` of random bytes.
    @Test
    void garbageInPlaceOfTheIndex() throws IOException {
        fill();
        for (Path file : indexFiles()) {
            Files.delete(file);
        }
        var bytes = new byte[4096];
        new Random(3).nextBytes(bytes);
        Files.write(index().resolve("segments_1"), bytes);
        reopenAndCheck();
    }
}
