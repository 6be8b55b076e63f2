package papernotes.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import papernotes.TestLibrary;
import papernotes.model.InvalidInputException;
import papernotes.model.NoteChanges;
import papernotes.model.NoteDraft;
import papernotes.model.NoteFilter;
import papernotes.model.NoteId;
import papernotes.model.PaperLinks;
import papernotes.model.TopicPath;

class NoteServiceTest {

    @TempDir
    Path dir;

    private TestLibrary test;
    private NoteService notes;

    @BeforeEach
    void open() {
        test = TestLibrary.empty(dir);
        notes = test.notes();
    }

    @AfterEach
    void close() {
        test.close();
    }

    private NoteId create(String title, String topic, String... tags) {
        var draft = new NoteDraft(Optional.empty(), title, TopicPath.parse(topic), List.of(tags), List.of(),
                PaperLinks.NONE, "正文 " + title);
        return notes.create(draft).id();
    }

    @Test
    void createdNoteIsStoredWithItsTopicTagsAndTimes() {
        var id = create("GFPGAN", "Super Resolution", "腾讯", "stylegan2");
        var note = notes.get(id).note();
        assertEquals("GFPGAN", note.title());
        assertEquals(TopicPath.of("Super Resolution"), note.topic());
        assertEquals(List.of("腾讯", "stylegan2"), note.tags());
        assertEquals("正文 GFPGAN", note.body());
        assertEquals(TestLibrary.START, note.created());
        assertEquals(note.created(), note.updated());
    }

    @Test
    void editKeepsThePreviousVersionAsARevision() {
        var id = create("ESRGAN", "Super Resolution", "gan");
        var outcome = notes.edit(id, NoteChanges.none().withBody("RRDB结构").withAddedTags(List.of("超分")).withRemovedTags(List.of("GAN")));
        assertEquals(Optional.of(1), outcome.revision());
        var note = notes.get(id).note();
        assertEquals("RRDB结构", note.body());
        assertEquals(List.of("超分"), note.tags());
        assertTrue(note.updated().isAfter(note.created()));
        var history = notes.history(id);
        assertEquals(1, history.size());
        assertEquals("正文 ESRGAN", history.getFirst().body());
        assertEquals(List.of("gan"), history.getFirst().tags());
        assertEquals(note.created(), history.getFirst().saved());
    }

    @Test
    void editThatChangesNothingSavesNothing() {
        var id = create("ViT", "ViT Transformer", "transformer");
        var outcome = notes.edit(id, NoteChanges.none().withTitle(" ViT ").withAddedTags(List.of("Transformer")));
        assertFalse(outcome.changed());
        assertEquals(List.of(), notes.history(id));
    }

    @Test
    void editCanMoveANoteToANewTopic() {
        var id = create("TBGAN", "3D Face Reconstruction");
        notes.edit(id, NoteChanges.none().withTopic(TopicPath.parse("3D Face Reconstruction / 帝国理工组")));
        assertEquals(TopicPath.parse("3D Face Reconstruction / 帝国理工组"), notes.get(id).note().topic());
    }

    @Test
    void trashAndRestoreMoveTheNoteOutOfAndBackIntoLists() {
        var id = create("HuMoR", "3D Human Digitization");
        notes.trash(id);
        assertEquals(List.of(), notes.list(NoteFilter.ALL));
        assertEquals(List.of(id), notes.trashed().stream().map(t -> t.note().id()).toList());
        assertThrows(InvalidInputException.class, () -> notes.trash(id));
        assertThrows(InvalidInputException.class, () -> notes.edit(id, NoteChanges.none().withBody("x")));
        notes.restore(id);
        assertEquals(List.of(id), notes.list(NoteFilter.ALL).stream().map(n -> n.id()).toList());
        assertThrows(InvalidInputException.class, () -> notes.restore(id));
    }

    @Test
    void resolveFindsByIdPrefixTitleAndAlias() {
        var id = notes.create(new NoteDraft(Optional.empty(), "Token Labeling", TopicPath.of("ViT Transformer"), List.of(),
                List.of("LV-ViT"), PaperLinks.NONE, "")).id();
        assertEquals(id, notes.resolve(id.value()));
        assertEquals(id, notes.resolve(id.value().substring(0, 4)));
        assertEquals(id, notes.resolve("token labeling"));
        assertEquals(id, notes.resolve("lv-vit"));
        var missing = assertThrows(NoteNotFoundException.class, () -> notes.resolve("超分"));
        assertEquals("There is no note with the id or title '超分'.", missing.getMessage());
    }

    @Test
    void resolveRefusesAnAmbiguousTitle() {
        var a = create("基础", "3D Face Reconstruction");
        var b = create("基础", "Face Swap");
        var error = assertThrows(InvalidInputException.class, () -> notes.resolve("基础"));
        assertTrue(error.getMessage().contains(a.value()) && error.getMessage().contains(b.value()), error.getMessage());
    }

    @Test
    void listIsInTopicTreeOrderThenTitle() {
        create("b", "Zeta");
        create("a", "Zeta");
        create("c", "Alpha");
        assertEquals(List.of("a", "b", "c"), notes.list(NoteFilter.ALL).stream().map(n -> n.title()).toList());
        var unknown = assertThrows(NoteNotFoundException.class,
                () -> notes.list(new NoteFilter(Optional.of(TopicPath.of("Nope")), Optional.empty())));
        assertEquals("There is no topic 'Nope'.", unknown.getMessage());
    }

    @Test
    void noteWithAnIdAlreadyTakenIsRefused() {
        var id = create("x", "A");
        var copy = new NoteDraft(Optional.of(id), "y", TopicPath.of("A"), List.of(), List.of(), PaperLinks.NONE, "");
        assertThrows(InvalidInputException.class, () -> notes.create(copy));
        assertEquals(1, notes.list(NoteFilter.ALL).size());
    }

    @Test
    void paperFieldsAreStoredAndEditedLikeTheLinks() {
        var links = new PaperLinks(Optional.of("https://arxiv.org/pdf/2106.09685.pdf"), Optional.empty(),
                Optional.of("arXiv:2106.09685v2"), Optional.empty(), Optional.of(2021), Optional.of("ICLR"));
        var id = notes.create(new NoteDraft(Optional.empty(), "LoRA", TopicPath.of("Fine-tuning"), List.of(), List.of(),
                links, "")).id();
        var stored = notes.get(id).note().links();
        assertEquals(Optional.of("2106.09685"), stored.arxiv());
        assertEquals(Optional.of(2021), stored.year());
        assertEquals(Optional.of("ICLR"), stored.venue());
        var outcome = notes.edit(id, NoteChanges.none().withYear(2022).withDoi("10.48550/arXiv.2106.09685").withVenue(""));
        assertTrue(outcome.changed());
        var edited = notes.get(id).note().links();
        assertEquals(Optional.of(2022), edited.year());
        assertEquals(Optional.of("10.48550/arXiv.2106.09685"), edited.doi());
        assertEquals(Optional.empty(), edited.venue());
        assertEquals(Optional.of("https://arxiv.org/pdf/2106.09685.pdf"), edited.paper());
        assertFalse(notes.edit(id, NoteChanges.none().withYear("2022")).changed());
    }
}
