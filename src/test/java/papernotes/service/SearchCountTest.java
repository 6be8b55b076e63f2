package papernotes.service;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import papernotes.TestLibrary;
import papernotes.model.NoteDraft;
import papernotes.model.PaperLinks;
import papernotes.model.TopicPath;

/// The number of notes a search finds is exact however many there are, while only a page of them is returned and
/// the page is the best of all of them.
class SearchCountTest {

    @TempDir
    Path dir;

    @Test
    void aSearchMatchingMoreThanAThousandNotesCountsEveryOne() {
        try (var library = TestLibrary.empty(dir)) {
            var notes = new ArrayList<NoteService.Dated>();
            var time = Instant.parse("2026-01-01T00:00:00Z");
            for (int i = 0; i < 1_234; i++) {
                var body = i == 700 ? "换脸 换脸 换脸，基于stylegan2的换脸方法" : "第" + i + "篇：基于stylegan2的换脸方法";
                notes.add(new NoteService.Dated(
                        new NoteDraft(
                                Optional.empty(),
                                "笔记 " + i,
                                TopicPath.parse("Face Swap"),
                                List.of(),
                                List.of(),
                                PaperLinks.NONE,
                                body),
                        time,
                        time.plusSeconds(i)));
            }
            notes.add(new NoteService.Dated(
                    new NoteDraft(
                            Optional.empty(),
                            "另一篇",
                            TopicPath.parse("Other"),
                            List.of(),
                            List.of(),
                            PaperLinks.NONE,
                            "超分辨率"),
                    time,
                    time));
            library.notes().createAll(notes);
            library.search().awaitIndex();

            var outcome = library.search().search("换脸", 10, Optional.empty(), Optional.empty());

            assertEquals(1_234, outcome.total());
            assertEquals(10, outcome.hits().size());
            assertEquals("笔记 700", outcome.hits().getFirst().note().title());
            assertEquals(
                    1_234,
                    library.search()
                            .search("stylegan2 换脸", 5, Optional.empty(), Optional.empty())
                            .total());
        }
    }
}
