package papernotes.ui.note;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import papernotes.model.InvalidInputException;
import papernotes.model.Note;
import papernotes.model.NoteId;
import papernotes.model.PaperLinks;
import papernotes.model.TopicPath;

/// Whether the editor's draft is dirty and what a save sends come from one comparison, field by field as stored.
@Tag("ui")
class DraftTest {

    private static final Note SAVED = new Note(
            new NoteId("aaaaaaaa"),
            "SimSwap",
            TopicPath.of("Face Swap"),
            List.of("GAN"),
            List.of(),
            PaperLinks.NONE.withArxiv(Optional.of("2106.06340")),
            "基于arcface提取id特征\n",
            Instant.EPOCH,
            Instant.EPOCH);

    private static Draft draft(String body, String arxiv, List<String> tags) {
        return new Draft("SimSwap", "Face Swap", body, "", "", arxiv, "", "", tags);
    }

    @Test
    void theSavedNoteAsTypedChangesNothing() {
        var same = draft("基于arcface提取id特征\n", "2106.06340", List.of("GAN"));
        assertEquals(Set.of(), same.changedFrom(SAVED));
        assertFalse(same.differsFrom(SAVED));
    }

    @Test
    void anArxivAddressOfTheSavedIdIsNoChangeForTheSaveEither() {
        var draft = draft("基于arcface提取id特征，换脸\n", "https://arxiv.org/abs/2106.06340", List.of("GAN"));

        assertEquals(Set.of(Draft.Field.BODY), draft.changedFrom(SAVED));
        var changes = draft.changesFrom(SAVED);
        assertEquals(Optional.empty(), changes.arxiv(), "the arXiv id is the saved one: the save does not send it");
        assertEquals(Optional.of("基于arcface提取id特征，换脸\n"), changes.body());
    }

    @Test
    void aTagWrittenInOtherCaseIsNoChangeAndANewOneIsAdded() {
        assertFalse(draft("基于arcface提取id特征\n", "2106.06340", List.of("gan")).differsFrom(SAVED));
        var changes =
                draft("基于arcface提取id特征\n", "2106.06340", List.of("GAN", "换脸")).changesFrom(SAVED);
        assertEquals(List.of("换脸"), changes.addTags());
        assertEquals(List.of(), changes.removeTags());
    }

    @Test
    void aFieldThatCannotBeStoredMakesTheDraftDirtyAndTheSaveSaysWhy() {
        var draft = draft("基于arcface提取id特征\n", "not an id", List.of("GAN"));
        assertTrue(draft.differsFrom(SAVED));
        assertThrows(InvalidInputException.class, () -> draft.changesFrom(SAVED));
    }
}
