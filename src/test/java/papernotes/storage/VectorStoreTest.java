package papernotes.storage;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import papernotes.model.NoteId;

/// The meaning vectors outlive the program, are stamped with what made them, and a damaged file starts afresh.
class VectorStoreTest {

    @TempDir
    Path folder;

    private static final NoteId A = new NoteId("aaaaaaa1");
    private static final NoteId B = new NoteId("bbbbbbb2");

    @Test
    void vectorsAreKeptWithTheirStampsAcrossOpenings() {
        try (var store = VectorStore.open(folder)) {
            store.putAll(List.of(
                    new VectorStore.Entry(A, new VectorStore.Stamp("m1", "h1"), new byte[] {1, 2, 3}),
                    new VectorStore.Entry(B, new VectorStore.Stamp("m1", "h2"), new byte[] {4, 5, 6})));
            store.putAll(List.of(new VectorStore.Entry(A, new VectorStore.Stamp("m1", "h3"), new byte[] {7, 8, 9})));
        }
        try (var store = VectorStore.open(folder)) {
            assertEquals(
                    Map.of(A, new VectorStore.Stamp("m1", "h3"), B, new VectorStore.Stamp("m1", "h2")), store.stamps());
            assertArrayEquals(new byte[] {7, 8, 9}, store.vector(A, "m1").orElseThrow());
            assertEquals(Optional.empty(), store.vector(A, "another model"));
            store.removeAll(List.of(A));
            assertEquals(Map.of(B, new VectorStore.Stamp("m1", "h2")), store.stamps());
        }
    }

    @Test
    void aDamagedFileIsStartedAfresh() throws Exception {
        Files.writeString(
                folder.resolve(VectorStore.FILE), "not a database, just some text that is long enough".repeat(40));
        try (var store = VectorStore.open(folder)) {
            assertEquals(Map.of(), store.stamps());
            store.putAll(List.of(new VectorStore.Entry(A, new VectorStore.Stamp("m1", "h1"), new byte[] {1})));
            assertEquals(1, store.stamps().size());
        }
    }
}
