package papernotes.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import papernotes.TestLibrary;
import papernotes.model.NoteChanges;
import papernotes.model.NoteDraft;
import papernotes.model.NoteId;
import papernotes.model.TopicPath;

/// The notes' meaning vectors are computed in the background with the real model, found by searches as they
/// arrive, kept across starts, and computed again only for notes whose text changed.
class MeaningUpkeepTest {

    @TempDir
    Path dir;

    private static boolean foundByMeaning(Library library, String query, String title) {
        return library.search().search(query, 10, Optional.empty(), Optional.empty()).hits().stream()
                .anyMatch(hit -> hit.similarMeaning() && hit.note().title().equals(title));
    }

    @Test
    void notesGetVectorsInTheBackground_andAreNotComputedAgainAtTheNextStart() {
        String distillation;
        try (var library = TestLibrary.opening(dir)) {
            library.search().awaitIndex();
            distillation = library.notes()
                    .create(NoteDraft.of(
                            "Distilling the Knowledge in a Neural Network",
                            TopicPath.of("Compression"),
                            "A small student network learns the soft targets of a large teacher."))
                    .id()
                    .value();
            assertTrue(library.search().meaningStatus().isPresent());
            assertTrue(
                    !foundByMeaning(library, "知识蒸馏", "Distilling the Knowledge in a Neural Network"),
                    "no vectors before they are started");
            library.search().startMeanings();
            library.search().awaitMeanings();
            var status = library.search().meaningStatus().orElseThrow();
            assertTrue(status.ready());
            assertTrue(status.total() >= 28, "the shipped notes and the new one: " + status);
            assertTrue(foundByMeaning(library, "知识蒸馏", "Distilling the Knowledge in a Neural Network"));
        }
        try (var library = TestLibrary.opening(dir)) {
            library.search().awaitIndex();
            library.search().startMeanings();
            library.search().awaitMeanings();
            assertEquals(0, library.search().meaningStatus().orElseThrow().total(), "nothing computed again");
            assertTrue(foundByMeaning(library, "知识蒸馏", "Distilling the Knowledge in a Neural Network"));
            library.notes()
                    .edit(
                            new NoteId(distillation),
                            NoteChanges.none()
                                    .withBody("A student network is trained on the teacher's softened outputs."));
            library.search().awaitMeanings();
            assertEquals(1, library.search().meaningStatus().orElseThrow().total(), "only the changed note");
        }
    }
}
