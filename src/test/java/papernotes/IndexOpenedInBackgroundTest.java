package papernotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import papernotes.model.NoteDraft;
import papernotes.model.NoteFilter;
import papernotes.model.TopicPath;
import papernotes.service.SearchService;

/// For the window, the library opens without waiting for the search index: notes can be listed and saved at once,
/// and searches wait for the index and then answer as usual.
class IndexOpenedInBackgroundTest {

    @TempDir
    Path dir;

    private Composition composition() {
        return new Composition(new DataDirectory(java.util.Map.of(), "Linux", dir), new TestLibrary.SteppingClock(), true);
    }

    @Test
    void aNewLibrary_listsAtOnce_searchesOnceTheIndexIsOpen() {
        try (var library = composition().open(Optional.of(dir))) {
            assertEquals(27, library.notes().list(NoteFilter.ALL).size());
            library.search().awaitIndex();
            assertEquals(SearchService.IndexState.READY, library.search().status().state());
            var outcome = library.search().search("换脸", 10, Optional.empty(), Optional.empty());
            assertTrue(outcome.total() >= 5, outcome.toString());
        }
    }

    @Test
    void aNoteSavedWhileTheIndexOpens_isFound() {
        try (var library = composition().open(Optional.of(dir))) {
            library.search().awaitIndex();
        }
        try (var library = composition().open(Optional.of(dir))) {
            library.notes().create(NoteDraft.of("Diffusion 扩散换脸", TopicPath.of("Face Swap"), "基于扩散模型的换脸"));
            assertEquals("Diffusion 扩散换脸", library.search().search("扩散模型", 5, Optional.empty(), Optional.empty())
                    .hits().getFirst().note().title());
            assertTrue(library.quickSwitch().find("kuosan", 5).stream().anyMatch(h -> h.note().title().startsWith("Diffusion")));
        }
    }
}
