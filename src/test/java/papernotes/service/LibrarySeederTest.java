package papernotes.service;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import papernotes.TestLibrary;
import papernotes.interchange.Vault;
import papernotes.model.NoteDraft;
import papernotes.model.NoteFilter;
import papernotes.model.NoteId;
import papernotes.model.PaperLinks;
import papernotes.model.TopicDraft;
import papernotes.model.TopicPath;

class LibrarySeederTest {

    @TempDir
    Path dir;

    private static Vault vault() {
        var topic = TopicPath.of("Face Swap");
        return new Vault(
                Optional.of("合集"),
                List.of(),
                List.of(new TopicDraft(topic, "换脸", "", 1)),
                List.of(new NoteDraft(
                        Optional.of(new NoteId("28qtk96p")),
                        "FSGAN",
                        topic,
                        List.of("gan"),
                        List.of(),
                        PaperLinks.NONE,
                        "官方repo")));
    }

    @Test
    void newLibraryIsFilledOnceAndNeverAgain() {
        var reads = new AtomicInteger();
        try (var test = TestLibrary.empty(dir)) {
            var seeder = new LibrarySeeder(test.store(), test.notes(), test.clock());
            assertEquals(1, seeder.fillIfNew(() -> {
                reads.incrementAndGet();
                return vault();
            }));
            assertEquals(
                    List.of("FSGAN"),
                    test.notes().list(NoteFilter.ALL).stream()
                            .map(n -> n.title())
                            .toList());
            assertEquals(
                    new NoteId("28qtk96p"),
                    test.notes().list(NoteFilter.ALL).getFirst().id());
            test.notes().trash(new NoteId("28qtk96p"));
            assertEquals(0, seeder.fillIfNew(LibrarySeederTest::vault));
        }
        try (var test = TestLibrary.empty(dir)) {
            assertEquals(0, new LibrarySeeder(test.store(), test.notes(), test.clock()).fillIfNew(() -> {
                        reads.incrementAndGet();
                        return vault();
                    }));
            assertEquals(List.of(), test.notes().list(NoteFilter.ALL));
        }
        assertEquals(1, reads.get());
    }
}
