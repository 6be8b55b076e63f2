package papernotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import papernotes.markdown.MarkdownText;
import papernotes.model.NoteDraft;
import papernotes.model.NoteFilter;
import papernotes.model.TopicPath;
import papernotes.service.GlossarySource;
import papernotes.service.SearchService;
import papernotes.storage.LibraryStore;
import papernotes.work.Workers;

/// For the window, the library opens without waiting for the search index: notes can be listed and saved at once,
/// and searches wait for the index and then answer as usual.
class IndexOpenedInBackgroundTest {

    @TempDir
    Path dir;

    private Composition composition() {
        return new Composition(
                new DataDirectory(Map.of(), "Linux", dir),
                Composition.Options.window(new TestLibrary.SteppingClock(), true));
    }

    @Test
    void aNewLibrary_listsAtOnce_searchesOnceTheIndexIsOpen() {
        try (var library = composition().open(Optional.of(dir))) {
            assertEquals(27, library.notes().list(NoteFilter.ALL).size());
            library.search().awaitIndex();
            assertEquals(
                    SearchService.IndexState.READY, library.search().status().state());
            var outcome = library.search().search("换脸", 10, Optional.empty(), Optional.empty());
            assertTrue(outcome.total() >= 5, outcome.toString());
        }
    }

    @Test
    void theIndexWaitsForTheWindowsList_untilAskedToOpen() throws InterruptedException {
        try (var library = composition().open(Optional.of(dir))) {
            library.search().awaitIndex();
        }
        try (var library = composition().open(Optional.of(dir))) {
            Thread.sleep(300);
            assertEquals(
                    SearchService.IndexState.OPENING,
                    library.search().status().state(),
                    "held (for up to " + Composition.INDEX_HOLD + ") until the window lists its notes");
            library.search().startOpening();
            library.search().awaitIndex();
            assertEquals(
                    SearchService.IndexState.READY, library.search().status().state());
        }
    }

    @Test
    void aHeldIndex_opensByItself_onceTheHoldIsOver() throws InterruptedException {
        try (var library = composition().open(Optional.of(dir))) {
            library.search().awaitIndex();
        }
        try (var store = LibraryStore.open(dir)) {
            var search = SearchService.openInBackground(
                    store,
                    dir.resolve(Composition.INDEX_FOLDER),
                    new MarkdownText(),
                    new GlossarySource(dir),
                    Duration.ofMillis(200),
                    Optional.empty(),
                    Workers.daemons());
            long deadline = System.nanoTime() + 30_000_000_000L;
            // status() only looks: it does not start the opening
            while (search.status().state() == SearchService.IndexState.OPENING && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            assertEquals(SearchService.IndexState.READY, search.status().state());
            assertEquals(27, search.indexedIds().size());
            assertTrue(search.searchIds("换脸", 10).size() >= 5);
            search.close();
        }
    }

    @Test
    void aNoteSavedWhileTheIndexOpens_isFound() {
        try (var library = composition().open(Optional.of(dir))) {
            library.search().awaitIndex();
        }
        try (var library = composition().open(Optional.of(dir))) {
            library.notes().create(NoteDraft.of("Diffusion 扩散换脸", TopicPath.of("Face Swap"), "基于扩散模型的换脸"));
            assertEquals(
                    "Diffusion 扩散换脸",
                    library.search()
                            .search("扩散模型", 5, Optional.empty(), Optional.empty())
                            .hits()
                            .getFirst()
                            .note()
                            .title());
            assertTrue(library.quickSwitch().find("kuosan", 5).stream()
                    .anyMatch(h -> h.note().title().startsWith("Diffusion")));
        }
    }
}
