package papernotes.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/// The general dictionary bridges the languages where the glossary is silent: a Chinese word of another field
/// finds the notes that say it in English, below the notes that say it in Chinese.
class DictionaryBridgeTest {

    @TempDir
    Path folder;

    private static IndexedNote note(String id, String title, String text) {
        return new IndexedNote(
                id, title, List.of(), List.of(), List.of("Imaging"), List.of("Imaging"), List.of(), text, "", 0);
    }

    private static List<String> ids(SearchEngine engine, String query) {
        return engine
                .search(new SearchRequest(query, 10, Optional.empty(), Optional.empty(), false), NoteTexts.NONE)
                .hits()
                .stream()
                .map(SearchHit::id)
                .toList();
    }

    private static SearchEngine engine(Path folder, Dictionary dictionary) {
        var engine = SearchEngine.open(folder.resolve("index"), List.of(), dictionary);
        engine.index().upsert(note("english", "Deep phase retrieval", "We recover the phase from Fourier magnitudes."));
        engine.index().upsert(note("chinese", "相位恢复笔记", "相位恢复：从傅里叶幅值恢复相位。"));
        engine.index().upsert(note("other", "Image denoising", "Noise2Noise trains without clean images."));
        engine.index().refresh();
        return engine;
    }

    /// Words of the dictionary as the build compiled it from CC-CEDICT: everyday senses, cleaned.
    @Test
    void theShippedDictionaryGlossesChineseWordsInPlainEnglish() {
        var dictionary = Dictionary.shipped();
        assertTrue(dictionary.size() > 50_000, dictionary.size() + " words");
        assertEquals(Optional.of(List.of("phase")), dictionary.glosses("相位"));
        assertTrue(
                dictionary.glosses("恢复").orElseThrow().contains("recover"),
                dictionary.glosses("恢复").toString());
        assertTrue(dictionary.glosses("稀疏").orElseThrow().contains("sparse"));
        assertEquals(Optional.empty(), dictionary.glosses("感受野"), "a term of the field it does not know");
        dictionary.glosses("匹配").orElseThrow().forEach(gloss -> assertTrue(gloss.matches("[a-z][a-z\\- ]*"), gloss));
    }

    @Test
    void aChineseQueryFindsTheNoteThatSaysItInEnglish_belowTheOneThatSaysItInChinese() throws Exception {
        try (var engine = engine(folder.resolve("with"), Dictionary.shipped())) {
            assertEquals(List.of("chinese", "english"), ids(engine, "相位恢复"));
            var expanded = engine.search(
                            new SearchRequest("相位恢复", 10, Optional.empty(), Optional.empty(), false), NoteTexts.NONE)
                    .expanded();
            assertTrue(expanded.contains("相位 → phase"), expanded.toString());
        }
        try (var engine = engine(folder.resolve("without"), Dictionary.empty())) {
            assertFalse(ids(engine, "相位恢复").contains("english"), "without the dictionary, nothing bridges");
        }
    }
}
