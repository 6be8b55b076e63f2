package papernotes.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/// With meaning vectors, the notes that match a query's words come first, as always, and the notes of similar
/// meaning that do not match them follow, marked as such.
class MeaningSearchTest {

    private static MeaningModel model;

    @TempDir
    Path folder;

    @BeforeAll
    static void load() {
        model = MeaningModel.load();
    }

    @AfterAll
    static void close() {
        model.close();
    }

    private static IndexedNote note(String id, String topic, String title, String text) {
        return new IndexedNote(id, title, List.of(), List.of(), List.of(topic), List.of(topic), List.of(), text, "", 0)
                .withMeaning(Optional.of(Meanings.quantized(model.embed(title + "\n" + text))));
    }

    private SearchEngine engine() {
        var engine = SearchEngine.open(folder.resolve("index"), List.of(), Dictionary.empty());
        engine.index().upsert(note("words", "Compression", "知识蒸馏笔记", "知识蒸馏：用大模型指导小模型训练。"));
        engine.index()
                .upsert(note(
                        "meaning",
                        "Compression",
                        "Distilling the Knowledge in a Neural Network",
                        "A small student network is trained to match the soft targets of a large teacher network."));
        engine.index()
                .upsert(note(
                        "elsewhere",
                        "Tracking",
                        "Teacher-student tracking",
                        "A student network learns from a teacher network's soft targets to track objects."));
        engine.index()
                .upsert(note(
                        "far", "Tracking", "Kalman filter", "Predict the box, then correct it with the detection."));
        engine.index().refresh();
        return engine;
    }

    private static SearchRequest request(String query, Optional<String> topic) {
        return new SearchRequest(
                query, 3, topic, Optional.empty(), false, Optional.of(Meanings.quantized(model.embed(query))));
    }

    @Test
    void theNotesOfSimilarMeaningFollowTheNotesThatMatchTheWords() {
        try (var engine = engine()) {
            var hits = engine.search(request("知识蒸馏", Optional.empty()), NoteTexts.NONE)
                    .hits();
            assertEquals("words", hits.getFirst().id());
            assertFalse(hits.getFirst().similarMeaning());
            assertEquals(3, hits.size(), "the page is filled with notes of similar meaning");
            assertTrue(hits.stream().skip(1).allMatch(SearchHit::similarMeaning));
            assertTrue(hits.stream().map(SearchHit::id).toList().contains("meaning"), hits.toString());
        }
    }

    @Test
    void aQuestionIsFollowedByNotesOfSimilarMeaningToo() {
        try (var engine = engine()) {
            var hits = engine.search(request("什么是知识蒸馏？", Optional.empty()), NoteTexts.NONE)
                    .hits();
            assertEquals("words", hits.getFirst().id());
            assertTrue(hits.size() > 1 && hits.stream().skip(1).allMatch(SearchHit::similarMeaning), hits.toString());
        }
    }

    @Test
    void withoutAVectorOnlyTheWordsCount() {
        try (var engine = engine()) {
            var hits = engine.search(
                            new SearchRequest("知识蒸馏", 3, Optional.empty(), Optional.empty(), false), NoteTexts.NONE)
                    .hits();
            assertEquals(List.of("words"), hits.stream().map(SearchHit::id).toList());
        }
    }

    @Test
    void notesOfSimilarMeaningKeepToTheTopicSearchedIn() {
        try (var engine = engine()) {
            var ids = engine.search(request("知识蒸馏", Optional.of("compression")), NoteTexts.NONE).hits().stream()
                    .map(SearchHit::id)
                    .toList();
            assertEquals(List.of("words", "meaning"), ids);
        }
    }
}
