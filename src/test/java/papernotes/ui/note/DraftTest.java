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
        return new Draft("SimSwap", "Face Swap", body, PaperDraft.links("", "", arxiv, "", ""), tags);
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

    private static final Note PAPER = new Note(
            new NoteId("bbbbbbbb"),
            "ResNet",
            TopicPath.of("Vision"),
            List.of(),
            List.of(),
            PaperLinks.NONE
                    .withDoi(Optional.of("10.1109/CVPR.2016.90"))
                    .withPaperTitle(Optional.of("Deep Residual Learning for Image Recognition"))
                    .withAuthors(List.of("Kaiming He", "Zhang, Xiangyu"))
                    .withAbstract(Optional.of("Deeper neural networks are more difficult to train.")),
            "残差\n",
            Instant.EPOCH,
            Instant.EPOCH);

    private static Draft paper(String doi, String paperTitle, String authors, String abstractText) {
        return new Draft(
                "ResNet",
                "Vision",
                "残差\n",
                new PaperDraft("", "", "", doi, "", "", paperTitle, authors, abstractText),
                List.of());
    }

    @Test
    void thePaperFieldsAsShownChangeNothingAndADoiAddressIsTheSavedDoi() {
        var same = paper(
                "https://doi.org/10.1109/CVPR.2016.90",
                " Deep Residual Learning for Image Recognition ",
                "Kaiming He;  Zhang, Xiangyu ;",
                "Deeper neural networks are more difficult to train.\n");
        assertEquals(Set.of(), same.changedFrom(PAPER));
    }

    @Test
    void authorsTypedWithSemicolonsAreSavedInOrderAndACommaStaysInsideAName() {
        var draft = paper(
                "10.1109/CVPR.2016.90",
                "Deep Residual Learning for Image Recognition",
                "Kaiming He; Zhang, Xiangyu; Shaoqing Ren",
                "Deeper neural networks are more difficult to train.");
        assertEquals(Set.of(Draft.Field.AUTHORS), draft.changedFrom(PAPER));
        assertEquals(
                Optional.of(List.of("Kaiming He", "Zhang, Xiangyu", "Shaoqing Ren")),
                draft.changesFrom(PAPER).authors());
    }

    @Test
    void emptiedPaperFieldsRemoveThemAndABadDoiSaysWhy() {
        var emptied = paper("10.1109/CVPR.2016.90", "", "", "");
        assertEquals(
                Set.of(Draft.Field.PAPER_TITLE, Draft.Field.AUTHORS, Draft.Field.ABSTRACT), emptied.changedFrom(PAPER));
        var changes = emptied.changesFrom(PAPER);
        assertEquals(Optional.of(List.of()), changes.authors());
        assertEquals(Optional.of(""), changes.abstractText());

        var bad = paper("not a doi", "Deep Residual Learning for Image Recognition", "Kaiming He", "");
        assertTrue(bad.differsFrom(PAPER));
        assertThrows(InvalidInputException.class, () -> bad.changesFrom(PAPER));
    }
}
