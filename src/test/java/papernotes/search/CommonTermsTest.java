package papernotes.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import papernotes.model.GlossaryEntry;

/// A word that most notes of a large library contain is searched as typed: its translations could not change the
/// first page (the notes with the word as typed fill it and score above any translation), and matching them in
/// nearly every note is what made such searches the slowest (docs/benchmarks.md).
class CommonTermsTest {

    private static final List<GlossaryEntry> GLOSSARY =
            List.of(new GlossaryEntry(List.of("港中文", "CUHK", "Chinese University of Hong Kong"), "Labs"));

    @TempDir
    Path folder;

    private static IndexedNote note(String id, String title, String text) {
        return new IndexedNote(
                id, title, List.of(), List.of(), List.of("Labs"), List.of("Labs"), List.of(), text, "", 0);
    }

    private static SearchResults search(SearchEngine engine, String query) {
        return engine.search(new SearchRequest(query, 10, Optional.empty(), Optional.empty(), false), NoteTexts.NONE);
    }

    /// `港中文` in `withWord` of `notes` notes, `CUHK` in one more.
    private SearchEngine library(String name, int notes, int withWord) {
        var engine = SearchEngine.open(folder.resolve(name), GLOSSARY);
        for (int i = 0; i < notes; i++) {
            engine.index().upsert(note("n" + i, "Note " + i, i < withWord ? "港中文的换脸工作 " + i : "超分辨率 " + i));
        }
        engine.index().upsert(note("english", "A CUHK paper", "Face swapping at CUHK."));
        engine.index().refresh();
        return engine;
    }

    @Test
    void aWordInMostNotesOfALargeLibraryIsSearchedAsTyped() throws Exception {
        try (var engine = library("large", CommonTerms.MINIMUM + 200, CommonTerms.MINIMUM + 100)) {
            var results = search(engine, "港中文");
            assertEquals(CommonTerms.MINIMUM + 100, results.total(), "the notes with the word as typed");
            assertEquals(List.of(), results.expanded(), "no translation was used");
            assertFalse(results.hits().stream().anyMatch(hit -> hit.id().equals("english")));
        }
    }

    @Test
    void aRarerWordOrASmallLibraryKeepsItsTranslations() throws Exception {
        try (var engine = library("rare", CommonTerms.MINIMUM + 200, 300)) {
            var results = search(engine, "港中文");
            assertEquals(301, results.total(), "the notes with the word, and the one that says CUHK");
            assertTrue(
                    results.expanded().stream().anyMatch(line -> line.startsWith("港中文 →")),
                    results.expanded().toString());
        }
        try (var engine = library("small", 50, 45)) {
            var results = search(engine, "港中文");
            assertEquals(46, results.total(), "the notes with the word, and the one that says CUHK");
            assertFalse(results.expanded().isEmpty());
        }
    }
}
