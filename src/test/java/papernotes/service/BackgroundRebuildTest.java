package papernotes.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import papernotes.TestLibrary;
import papernotes.markdown.MarkdownText;
import papernotes.model.Note;
import papernotes.model.NoteId;
import papernotes.model.PaperLinks;
import papernotes.model.TopicPath;
import papernotes.search.SearchEngine;
import papernotes.storage.LibraryStore;
import papernotes.work.InlineWorkers;

/// A missing index is rebuilt in the background at start while search keeps answering.
class BackgroundRebuildTest {

    @TempDir
    Path dir;

    @Test
    void searchAnswersWhileTheIndexIsRebuiltAndIsCompleteAfterwards() throws IOException {
        try (var library = TestLibrary.shipped(dir)) {
            assertEquals(27, library.search().indexedIds().size());
        }
        try (var store = LibraryStore.open(dir)) {
            store.write(session -> {
                var random = new Random(3);
                for (int i = 0; i < 3000; i++) {
                    var id = NoteId.random(random);
                    var now = Instant.parse("2026-01-01T00:00:00Z");
                    session.notes()
                            .insert(new Note(
                                    id,
                                    "生成笔记 " + i,
                                    TopicPath.of("Bulk"),
                                    List.of("bulk"),
                                    List.of(),
                                    PaperLinks.NONE,
                                    "第" + i + "条 换脸 stylegan2 记录 " + "内容 ".repeat(200),
                                    now,
                                    now));
                }
                return null;
            });
        }
        try (Stream<Path> walk = Files.walk(dir.resolve("index"))) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
        try (var library = TestLibrary.opening(dir)) {
            var during = library.search().search("换脸", 5, Optional.empty(), Optional.empty());
            if (library.search().state() == SearchService.IndexState.REBUILDING) {
                assertTrue(during.notices()
                        .contains("The search index is being rebuilt; results may be incomplete for a moment."));
            }
            library.search().awaitIndex();
            assertEquals(SearchService.IndexState.READY, library.search().state());
            assertEquals(3027, library.search().indexedIds().size());
            assertEquals(
                    3006,
                    library.search()
                            .search("换脸", 5, Optional.empty(), Optional.empty())
                            .total());
        }
    }

    /// With the in-thread workers tests use, the "background" rebuild has finished when it returns: no waiting.
    @Test
    void withInThreadWorkersTheRebuildIsDoneWhenItReturns() throws IOException {
        try (var library = TestLibrary.shipped(dir)) {
            assertEquals(27, library.search().indexedIds().size());
        }
        try (Stream<Path> walk = Files.walk(dir.resolve("index"))) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
        try (var store = LibraryStore.open(dir)) {
            var glossary = new GlossarySource(store.dataDir());
            var search = new SearchService(
                    store,
                    SearchEngine.open(dir.resolve("index"), glossary.load().entries()),
                    new MarkdownText(),
                    glossary,
                    Optional.empty(),
                    Optional.empty(),
                    new InlineWorkers());
            try {
                search.bringUpToDateInBackground();
                assertEquals(SearchService.IndexState.READY, search.state());
                assertEquals(27, search.indexedIds().size());
            } finally {
                search.close();
            }
        }
    }
}
