package papernotes.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import papernotes.TestLibrary;
import papernotes.markdown.MarkdownText;
import papernotes.model.NoteFilter;

/// Every Chinese substring of one to four characters in a note's text finds that note: recall 1.00. A single
/// character is found wherever it stands, also last in a run (`重建。`).
class ChineseSubstringRecallTest {

    @TempDir
    Path dir;

    @Test
    void everyOneToFourCharacterSubstringFindsItsNote() {
        var markdown = new MarkdownText();
        try (var library = TestLibrary.shipped(dir)) {
            int queries = 0;
            var misses = new ArrayList<String>();
            for (var summary : library.notes().list(NoteFilter.ALL)) {
                var note = library.notes().get(summary.id()).note();
                var text = markdown.plainText(note.body());
                var substrings = new LinkedHashSet<String>();
                for (int length = 1; length <= 4; length++) {
                    for (int i = 0; i + length <= text.length(); i++) {
                        var candidate = text.substring(i, i + length);
                        if (candidate
                                .codePoints()
                                .allMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)) {
                            substrings.add(candidate);
                        }
                    }
                }
                for (String query : substrings) {
                    queries++;
                    if (!library.search()
                            .searchIds(query, 100)
                            .contains(note.id().value())) {
                        misses.add(note.title() + ": " + query);
                    }
                }
            }
            assertTrue(queries > 3000, "too few substrings: " + queries);
            assertEquals(List.of(), misses);
        }
    }
}
