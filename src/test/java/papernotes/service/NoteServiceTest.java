package papernotes.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import papernotes.LibraryInTempDir;
import papernotes.TestLibrary;
import papernotes.model.DiffLine;
import papernotes.model.InvalidInputException;
import papernotes.model.NoteChanges;
import papernotes.model.NoteDraft;
import papernotes.model.NoteFilter;
import papernotes.model.NoteId;
import papernotes.model.PaperLinks;
import papernotes.model.TagCount;
import papernotes.model.TopicPath;

class NoteServiceTest {

    @RegisterExtension
    final LibraryInTempDir folder = new LibraryInTempDir();

    private TestLibrary test;
    private NoteService notes;

    @BeforeEach
    void open() {
        test = folder.test();
        notes = test.notes();
    }

    private NoteId create(String title, String topic, String... tags) {
        var draft = new NoteDraft(
                Optional.empty(),
                title,
                TopicPath.parse(topic),
                List.of(tags),
                List.of(),
                PaperLinks.NONE,
                "正文 " + title);
        return notes.create(draft).id();
    }

    @Test
    void aPapersFullTitleAuthorsAndAbstractAreKeptAndEdited() {
        var links = PaperLinks.NONE
                .withPaperTitle(Optional.of("FSGAN: Subject Agnostic Face Swapping and Reenactment"))
                .withAuthors(List.of("Yuval Nirkin", " Yosi\nKeller ", "", "Tal Hassner"))
                .withAbstract(Optional.of("We present Face Swapping GAN (FSGAN).\n\n换脸与重演。"));
        var id = notes.create(new NoteDraft(
                        Optional.empty(), "FSGAN", TopicPath.of("Face Swap"), List.of(), List.of(), links, ""))
                .id();
        var stored = notes.get(id).note().links();
        assertEquals(Optional.of("FSGAN: Subject Agnostic Face Swapping and Reenactment"), stored.paperTitle());
        assertEquals(List.of("Yuval Nirkin", "Yosi Keller", "Tal Hassner"), stored.authors());
        assertEquals(Optional.of("We present Face Swapping GAN (FSGAN).\n\n换脸与重演。"), stored.abstractText());

        notes.edit(id, NoteChanges.none().withAuthors(List.of("Yuval Nirkin")).withAbstract(""));
        var edited = notes.get(id).note().links();
        assertEquals(List.of("Yuval Nirkin"), edited.authors());
        assertEquals(Optional.empty(), edited.abstractText());
        assertEquals(stored.paperTitle(), edited.paperTitle(), "what the edit does not name stays");
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
        var outcome = notes.edit(
                id,
                NoteChanges.none()
                        .withBody("RRDB结构")
                        .withAddedTags(List.of("超分"))
                        .withRemovedTags(List.of("GAN")));
        assertEquals(Optional.of(1), outcome.revision());
        var note = notes.get(id).note();
        assertEquals("RRDB结构", note.body());
        assertEquals(List.of("超分"), note.tags());
        assertTrue(note.updated().isAfter(note.created()));
        var history = test.history().of(id);
        assertEquals(1, history.size());
        assertEquals("正文 ESRGAN", history.getFirst().body());
        assertEquals(List.of("gan"), history.getFirst().tags());
        assertEquals(note.created(), history.getFirst().saved());
    }

    /// The window's autosaves: the first save of an editing session keeps the version before it, the following ones
    /// update the note in place, and that revision stays as it was.
    @Test
    void amendingTheSessionsLastSave_keepsNoFurtherRevision() {
        var id = create("ESRGAN", "Super Resolution");
        var first = notes.edit(id, NoteChanges.none().withBody("RRDB"));
        var second = notes.amend(id, NoteChanges.none().withBody("RRDB 结构"), first.note());
        var third = notes.amend(
                id, NoteChanges.none().withBody("RRDB 结构\n去掉 BN").withAddedTags(List.of("超分")), second.note());
        assertEquals(Optional.of(1), third.revision());
        assertEquals("RRDB 结构\n去掉 BN", notes.get(id).note().body());
        assertEquals(List.of("超分"), notes.get(id).note().tags());
        assertEquals(
                List.of("正文 ESRGAN"),
                test.history().of(id).stream().map(r -> r.body()).toList());
    }

    @Test
    void amending_afterTheNoteChangedElsewhere_keepsThatChangeAsARevision() {
        var id = create("ESRGAN", "Super Resolution");
        var first = notes.edit(id, NoteChanges.none().withBody("RRDB"));
        notes.edit(id, NoteChanges.none().withTitle("ESRGAN (ECCVW 2018)"));
        notes.amend(id, NoteChanges.none().withBody("RRDB 结构"), first.note());
        assertEquals(
                List.of("正文 ESRGAN", "RRDB", "RRDB"),
                test.history().of(id).stream().map(r -> r.body()).toList());
        assertEquals("ESRGAN (ECCVW 2018)", test.history().of(id).getLast().title());
    }

    @Test
    void amending_afterAPauseSinceTheLastSave_keepsARevision() {
        var id = create("ESRGAN", "Super Resolution");
        var first = notes.edit(id, NoteChanges.none().withBody("RRDB"));
        test.clock().advance(NoteService.SESSION_PAUSE);
        var second = notes.amend(id, NoteChanges.none().withBody("RRDB 结构"), first.note());
        assertEquals(Optional.of(2), second.revision());
        assertEquals(
                List.of("正文 ESRGAN", "RRDB"),
                test.history().of(id).stream().map(r -> r.body()).toList());
    }

    @Test
    void amending_aNoteWithoutARevision_keepsOne() {
        var id = create("ESRGAN", "Super Resolution");
        var outcome = notes.amend(
                id, NoteChanges.none().withBody("RRDB"), notes.get(id).note());
        assertEquals(Optional.of(1), outcome.revision());
        assertEquals(
                List.of("正文 ESRGAN"),
                test.history().of(id).stream().map(r -> r.body()).toList());
    }

    @Test
    void editThatChangesNothingSavesNothing() {
        var id = create("ViT", "ViT Transformer", "transformer");
        var outcome = notes.edit(id, NoteChanges.none().withTitle(" ViT ").withAddedTags(List.of("Transformer")));
        assertFalse(outcome.changed());
        assertEquals(List.of(), test.history().of(id));
    }

    @Test
    void editCanMoveANoteToANewTopic() {
        var id = create("TBGAN", "3D Face Reconstruction");
        notes.edit(id, NoteChanges.none().withTopic(TopicPath.parse("3D Face Reconstruction / 帝国理工组")));
        assertEquals(
                TopicPath.parse("3D Face Reconstruction / 帝国理工组"),
                notes.get(id).note().topic());
    }

    @Test
    void trashAndRestoreMoveTheNoteOutOfAndBackIntoLists() {
        var id = create("HuMoR", "3D Human Digitization");
        notes.trash(id);
        assertEquals(List.of(), notes.list(NoteFilter.ALL));
        assertEquals(
                List.of(id), notes.trashed().stream().map(t -> t.note().id()).toList());
        assertThrows(InvalidInputException.class, () -> notes.trash(id));
        assertThrows(
                InvalidInputException.class,
                () -> notes.edit(id, NoteChanges.none().withBody("x")));
        notes.restore(id);
        assertEquals(
                List.of(id),
                notes.list(NoteFilter.ALL).stream().map(n -> n.id()).toList());
        assertThrows(InvalidInputException.class, () -> notes.restore(id));
    }

    @Test
    void recentListsTheNotesChangedLast_latestFirst_leavingOutTheTrash() {
        var gfpgan = create("GFPGAN", "Super Resolution", "gan");
        test.clock().advance(Duration.ofMinutes(1));
        var esrgan = create("ESRGAN", "Super Resolution");
        test.clock().advance(Duration.ofMinutes(1));
        var fsgan = create("FSGAN", "Face Swap");
        test.clock().advance(Duration.ofMinutes(1));
        notes.edit(gfpgan, NoteChanges.none().withBody("改过"));
        notes.trash(fsgan);

        var recent = notes.recent(5);
        assertEquals(List.of(gfpgan, esrgan), recent.stream().map(n -> n.id()).toList());
        assertEquals(List.of("gan"), recent.getFirst().tags());
        assertEquals(List.of(gfpgan), notes.recent(1).stream().map(n -> n.id()).toList());
        assertEquals(List.of(), notes.recent(0));
    }

    @Test
    void resolveFindsByIdPrefixTitleAndAlias() {
        var id = notes.create(new NoteDraft(
                        Optional.empty(),
                        "Token Labeling",
                        TopicPath.of("ViT Transformer"),
                        List.of(),
                        List.of("LV-ViT"),
                        PaperLinks.NONE,
                        ""))
                .id();
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
        assertTrue(
                error.getMessage().contains(a.value()) && error.getMessage().contains(b.value()), error.getMessage());
    }

    @Test
    void listIsInTopicTreeOrderThenTitle() {
        create("b", "Zeta");
        create("a", "Zeta");
        create("c", "Alpha");
        assertEquals(
                List.of("a", "b", "c"),
                notes.list(NoteFilter.ALL).stream().map(n -> n.title()).toList());
        var unknown = assertThrows(
                NoteNotFoundException.class,
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
        var links = new PaperLinks(
                Optional.of("https://arxiv.org/pdf/2106.09685.pdf"),
                Optional.empty(),
                Optional.of("arXiv:2106.09685v2"),
                Optional.empty(),
                Optional.of(2021),
                Optional.of("ICLR"));
        var id = notes.create(new NoteDraft(
                        Optional.empty(), "LoRA", TopicPath.of("Fine-tuning"), List.of(), List.of(), links, ""))
                .id();
        var stored = notes.get(id).note().links();
        assertEquals(Optional.of("2106.09685"), stored.arxiv());
        assertEquals(Optional.of(2021), stored.year());
        assertEquals(Optional.of("ICLR"), stored.venue());
        var outcome = notes.edit(
                id,
                NoteChanges.none()
                        .withYear(2022)
                        .withDoi("10.48550/arXiv.2106.09685")
                        .withVenue(""));
        assertTrue(outcome.changed());
        var edited = notes.get(id).note().links();
        assertEquals(Optional.of(2022), edited.year());
        assertEquals(Optional.of("10.48550/arXiv.2106.09685"), edited.doi());
        assertEquals(Optional.empty(), edited.venue());
        assertEquals(Optional.of("https://arxiv.org/pdf/2106.09685.pdf"), edited.paper());
        assertFalse(notes.edit(id, NoteChanges.none().withYear("2022")).changed());
    }

    @Test
    void purgeDeletesANoteInTheTrashForGoodWithItsHistoryAndUnusedTags() {
        var id = create("ESRGAN", "Super Resolution", "超分", "gan");
        create("GFPGAN", "Super Resolution", "gan");
        notes.edit(id, NoteChanges.none().withBody("RRDB"));
        var live = assertThrows(InvalidInputException.class, () -> notes.purge(id));
        assertEquals(
                "The note " + id + " (ESRGAN) is not in the trash; only notes in the trash can be deleted for good.",
                live.getMessage());
        notes.trash(id);
        assertEquals("ESRGAN", notes.purge(id).title());
        assertThrows(NoteNotFoundException.class, () -> notes.get(id));
        assertThrows(NoteNotFoundException.class, () -> test.history().of(id));
        assertEquals(List.of(new TagCount("gan", 1)), test.library().tags().list());
        assertEquals(List.of(), notes.trashed());
        assertFalse(test.search().indexedIds().contains(id.value()));
    }

    @Test
    void emptyTrashDeletesEveryTrashedNoteAndSaysHowMany() {
        var a = create("A", "X");
        var b = create("B", "X");
        var kept = create("C", "X");
        notes.trash(a);
        notes.trash(b);
        assertEquals(2, notes.emptyTrash());
        assertEquals(
                List.of(kept),
                notes.list(NoteFilter.ALL).stream().map(n -> n.id()).toList());
        assertEquals(List.of(), notes.trashed());
        assertEquals(0, notes.emptyTrash());
    }

    @Test
    void restoringARevisionIsAnEditThatKeepsTheCurrentVersion() {
        var id = create("ESRGAN", "Super Resolution", "gan", "超分");
        notes.edit(
                id,
                NoteChanges.none()
                        .withTitle("ESRGAN v2")
                        .withBody("RRDB")
                        .withTopic(TopicPath.of("GAN"))
                        .withRemovedTags(List.of("gan"))
                        .withAddedTags(List.of("rrdb"))
                        .withYear(2018));

        var outcome = notes.restoreRevision(id, 1);

        assertEquals(Optional.of(2), outcome.revision());
        var note = notes.get(id).note();
        assertEquals("ESRGAN", note.title());
        assertEquals("正文 ESRGAN", note.body());
        assertEquals(TopicPath.of("Super Resolution"), note.topic());
        assertEquals(List.of("gan", "超分"), note.tags());
        assertEquals(Optional.of(2018), note.links().year());
        var history = test.history().of(id);
        assertEquals(
                List.of("ESRGAN", "ESRGAN v2"),
                history.stream().map(r -> r.title()).toList());
        assertEquals(List.of("超分", "rrdb"), history.get(1).tags());
        assertFalse(notes.restoreRevision(id, 1).changed());
    }

    @Test
    void aRestoredRevisionWhoseTopicIsGoneLeavesTheNoteWhereItIs() {
        var id = create("ESRGAN", "Super Resolution");
        notes.edit(id, NoteChanges.none().withBody("RRDB"));
        test.library().topics().rename(TopicPath.of("Super Resolution"), "SR", "超分");
        notes.restoreRevision(id, 1);
        assertEquals(TopicPath.of("SR"), notes.get(id).note().topic());
        assertEquals("正文 ESRGAN", notes.get(id).note().body());
    }

    @Test
    void aRevisionThatDoesNotExistIsRefused() {
        var id = create("ESRGAN", "Super Resolution");
        assertEquals(
                "The note " + id + " has no revision 1; it was never edited.",
                assertThrows(InvalidInputException.class, () -> notes.restoreRevision(id, 1))
                        .getMessage());
        notes.edit(id, NoteChanges.none().withBody("RRDB"));
        assertEquals(
                "The note " + id + " has no revision 3 (it has 1 to 1).",
                assertThrows(InvalidInputException.class, () -> test.history().diffWithCurrent(id, 3))
                        .getMessage());
        notes.trash(id);
        assertThrows(InvalidInputException.class, () -> notes.restoreRevision(id, 1));
    }

    @Test
    void diffWithCurrentComparesARevisionBodyWithTheCurrentOne() {
        var id = notes.create(NoteDraft.of("ESRGAN", TopicPath.of("SR"), "# ESRGAN\nRRDB\n无 BN\n"))
                .id();
        notes.edit(id, NoteChanges.none().withBody("# ESRGAN\nRRDB 结构\n无 BN\n"));
        assertEquals(
                List.of(
                        DiffLine.same("# ESRGAN"),
                        DiffLine.removed("RRDB"),
                        DiffLine.added("RRDB 结构"),
                        DiffLine.same("无 BN")),
                test.history().diffWithCurrent(id, 1));
    }
}
