package papernotes.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import papernotes.LibraryInTempDir;
import papernotes.TestLibrary;
import papernotes.model.InvalidInputException;
import papernotes.model.NoteDraft;
import papernotes.model.NoteFilter;
import papernotes.model.NoteId;
import papernotes.model.Topic;
import papernotes.model.TopicPath;

/// Topics are created, renamed, moved and trashed as a whole, and every note below follows, in the library and in
/// the search index.
class TopicServiceTest {

    @RegisterExtension
    final LibraryInTempDir folder = new LibraryInTempDir();

    private TestLibrary test;
    private TopicService topics;
    private final List<NoteId> announced = new ArrayList<>();

    @BeforeEach
    void open() {
        test = folder.test();
        topics = new TopicService(test.store(), test.clock(), id -> {
            announced.add(id);
            test.search().noteChanged(id);
        });
    }

    private NoteId note(String title, String topic) {
        return test.notes()
                .create(NoteDraft.of(title, TopicPath.parse(topic), "正文 " + title + " qzxv"))
                .id();
    }

    private List<String> tree() {
        return topics.list().stream().map(t -> t.path().toString()).toList();
    }

    private TopicPath topicOf(NoteId id) {
        return test.notes().get(id).note().topic();
    }

    private List<String> searchIn(String topic) {
        return test.search().search("qzxv", 50, Optional.of(TopicPath.parse(topic)), Optional.empty()).hits().stream()
                .map(hit -> hit.note().title())
                .sorted()
                .toList();
    }

    @Test
    void createMakesMissingParentsAndRefusesATopicThatExists() {
        var created = topics.create(TopicPath.parse("Face Swap / Video"), " 视频换脸 ");
        assertEquals(new Topic(TopicPath.parse("Face Swap / Video"), "视频换脸", "", 1, 0), created);
        assertEquals(List.of("Face Swap", "Face Swap / Video"), tree());
        var error = assertThrows(
                InvalidInputException.class, () -> topics.create(TopicPath.parse("face swap / video"), ""));
        assertEquals("The topic 'face swap / video' already exists.", error.getMessage());
        assertThrows(InvalidInputException.class, () -> topics.create(TopicPath.of("Super Resolution"), "超分\n辨率"));
        assertEquals(List.of("Face Swap", "Face Swap / Video"), tree());
    }

    @Test
    void renameChangesThePathEveryNoteBelowShowsWithoutEditingThem() {
        var top = note("FSGAN", "Face Swap");
        var below = note("HifiFace", "Face Swap / Video");
        var elsewhere = note("GFPGAN", "Super Resolution");
        var before = test.notes().get(below).note();
        announced.clear();

        var renamed = topics.rename(TopicPath.of("Face Swap"), " Face Swapping ", "换脸");

        assertEquals(TopicPath.of("Face Swapping"), renamed.path());
        assertEquals("换脸", renamed.nameZh());
        assertEquals(TopicPath.of("Face Swapping"), topicOf(top));
        assertEquals(TopicPath.parse("Face Swapping / Video"), topicOf(below));
        assertEquals(TopicPath.of("Super Resolution"), topicOf(elsewhere));
        assertEquals(before.updated(), test.notes().get(below).note().updated());
        assertEquals(List.of(), test.history().of(below));
        assertEquals(
                List.of(below, top).stream().sorted().toList(),
                announced.stream().sorted().toList());
        assertEquals(List.of("FSGAN", "HifiFace"), searchIn("Face Swapping"));
        assertEquals(List.of("HifiFace"), searchIn("Face Swapping / Video"));
        assertEquals(List.of(), searchIn("Face Swap"));
        assertEquals(
                List.of("FSGAN", "HifiFace"),
                test.search().searchIds("换脸", 10).stream()
                        .map(id -> test.notes().get(new NoteId(id)).note().title())
                        .sorted()
                        .toList());
    }

    @Test
    void renameRefusesTheNameOfASiblingIgnoringCaseButMayChangeCase() {
        note("FSGAN", "Face Swap");
        note("GFPGAN", "Super Resolution");
        var error = assertThrows(
                InvalidInputException.class, () -> topics.rename(TopicPath.of("Super Resolution"), "face swap", ""));
        assertEquals("There is already a topic 'Face Swap' at the top level.", error.getMessage());
        topics.create(TopicPath.parse("Face Swap / Video"), "");
        topics.create(TopicPath.parse("Face Swap / Image"), "");
        error = assertThrows(
                InvalidInputException.class, () -> topics.rename(TopicPath.parse("Face Swap / Image"), "VIDEO", ""));
        assertEquals("There is already a topic 'Video' in 'Face Swap'.", error.getMessage());
        assertEquals(
                TopicPath.of("face swap"),
                topics.rename(TopicPath.of("Face Swap"), "face swap", "").path());
        assertThrows(InvalidInputException.class, () -> topics.rename(TopicPath.of("face swap"), "A / B", ""));
        assertThrows(TopicNotFoundException.class, () -> topics.rename(TopicPath.of("Nope"), "Yes", ""));
        assertEquals(List.of("face swap", "face swap / Video", "face swap / Image", "Super Resolution"), tree());
    }

    @Test
    void renameThatChangesNothingAnnouncesNothing() {
        note("FSGAN", "Face Swap");
        announced.clear();
        topics.rename(TopicPath.of("Face Swap"), "Face Swap", "");
        assertEquals(List.of(), announced);
    }

    @Test
    void moveFilesTheTopicWithEverythingBelowItUnderItsNewParent() {
        var video = note("HifiFace", "Face Swap / Video");
        var deep = note("Deep", "Face Swap / Video / 2022");
        topics.create(TopicPath.of("Generation"), "生成");
        announced.clear();

        var moved = topics.move(TopicPath.parse("Face Swap / Video"), Optional.of(TopicPath.of("generation")));

        assertEquals(TopicPath.parse("Generation / Video"), moved.path());
        assertEquals(TopicPath.parse("Generation / Video"), topicOf(video));
        assertEquals(TopicPath.parse("Generation / Video / 2022"), topicOf(deep));
        assertEquals(2, announced.size());
        assertEquals(List.of("Deep", "HifiFace"), searchIn("Generation"));
        assertEquals(List.of(), searchIn("Face Swap"));
        topics.move(TopicPath.parse("Generation / Video / 2022"), Optional.empty());
        assertEquals(TopicPath.of("2022"), topicOf(deep));
        assertEquals(List.of("Face Swap", "Generation", "Generation / Video", "2022"), tree());
    }

    @Test
    void moveRefusesItselfItsDescendantsAndANameTakenThere() {
        note("HifiFace", "Face Swap / Video");
        note("Other", "Generation / Video");
        var into = assertThrows(
                InvalidInputException.class,
                () -> topics.move(TopicPath.of("Face Swap"), Optional.of(TopicPath.parse("Face Swap / Video"))));
        assertEquals("The topic 'Face Swap' cannot be moved into itself or one of its sub-topics.", into.getMessage());
        assertThrows(
                InvalidInputException.class,
                () -> topics.move(TopicPath.of("Face Swap"), Optional.of(TopicPath.of("Face Swap"))));
        var clash = assertThrows(
                InvalidInputException.class,
                () -> topics.move(TopicPath.parse("Face Swap / Video"), Optional.of(TopicPath.of("Generation"))));
        assertEquals("There is already a topic 'Video' in 'Generation'.", clash.getMessage());
        assertThrows(
                TopicNotFoundException.class,
                () -> topics.move(TopicPath.of("Face Swap"), Optional.of(TopicPath.of("Nope"))));
        assertEquals(List.of("Face Swap", "Face Swap / Video", "Generation", "Generation / Video"), tree());
    }

    @Test
    void moveRefusesToNestTopicsTooDeep() {
        var names = new ArrayList<String>();
        for (int i = 0; i < 15; i++) {
            names.add("L" + i);
        }
        topics.create(new TopicPath(names), "");
        topics.create(TopicPath.parse("A / B"), "");
        var error = assertThrows(
                InvalidInputException.class, () -> topics.move(TopicPath.of("A"), Optional.of(new TopicPath(names))));
        assertEquals("Topics nest at most 16 levels deep.", error.getMessage());
        assertTrue(tree().contains("A / B"));
    }

    @Test
    void trashMovesEveryNoteBelowToTheTrashAndTakesTheTopicsOutOfTheTree() {
        var top = note("FSGAN", "Face Swap");
        var below = note("HifiFace", "Face Swap / Video");
        var alreadyTrashed = note("Old", "Face Swap / Video");
        test.notes().trash(alreadyTrashed);
        topics.create(TopicPath.parse("Face Swap / Empty"), "");
        note("GFPGAN", "Super Resolution");
        announced.clear();

        assertEquals(2, topics.trash(TopicPath.of("face swap")));

        assertEquals(List.of("Super Resolution"), tree());
        assertEquals(
                List.of(top, below).stream().sorted().toList(),
                announced.stream().sorted().toList());
        assertEquals(3, test.notes().trashed().size());
        assertEquals(TopicPath.parse("Face Swap / Video"), topicOf(below));
        assertEquals(List.of(), searchIn("Face Swap"));
        assertEquals(
                List.of("GFPGAN"),
                test.notes().list(NoteFilter.ALL).stream().map(n -> n.title()).toList());
        assertThrows(
                NoteNotFoundException.class,
                () -> test.notes().list(new NoteFilter(Optional.of(TopicPath.of("Face Swap")), Optional.empty())));
        assertThrows(TopicNotFoundException.class, () -> topics.trash(TopicPath.of("Face Swap")));
    }

    @Test
    void restoringANoteBringsBackTheTopicsItWasTrashedWith() {
        note("FSGAN", "Face Swap");
        var below = note("HifiFace", "Face Swap / Video");
        topics.create(TopicPath.parse("Face Swap / Empty"), "");
        topics.rename(TopicPath.parse("Face Swap / Video"), "Video", "视频");
        topics.trash(TopicPath.of("Face Swap"));

        test.notes().restore(below);

        assertEquals(
                List.of(
                        new Topic(TopicPath.of("Face Swap"), "", "", 1, 0),
                        new Topic(TopicPath.parse("Face Swap / Video"), "视频", "", 1, 1)),
                topics.list());
        assertEquals(List.of("HifiFace"), searchIn("Face Swap / Video"));
    }

    @Test
    void aTopicMadeAgainWhereATrashedOneIsTakesItsNotesBack() {
        var trashed = note("FSGAN", "Face Swap");
        topics.trash(TopicPath.of("Face Swap"));
        assertEquals(List.of(), tree());
        topics.create(TopicPath.of("face swap"), "换脸");
        test.notes().restore(trashed);
        assertEquals(List.of(new Topic(TopicPath.of("face swap"), "换脸", "", 1, 1)), topics.list());
    }

    @Test
    void renamingOntoTheNameOfATrashedSiblingTakesItOver() {
        var kept = note("FSGAN", "Face Swap");
        var old = note("Old", "Swap / Video");
        topics.trash(TopicPath.of("Swap"));
        topics.rename(TopicPath.of("Face Swap"), "Swap", "");
        assertEquals(List.of("Swap"), tree());
        test.notes().restore(old);
        assertEquals(TopicPath.parse("Swap / Video"), topicOf(old));
        assertEquals(TopicPath.of("Swap"), topicOf(kept));
        assertEquals(List.of("Swap", "Swap / Video"), tree());
    }

    @Test
    void takingOverATrashedTopicMergesSubTopicsOfTheSameName() {
        var old = note("Old", "Swap / Video");
        var oldDeep = note("Older", "Swap / Video / 2020");
        var current = note("New", "Face Swap / video");
        topics.trash(TopicPath.of("Swap"));
        topics.rename(TopicPath.of("Face Swap"), "Swap", "");
        test.notes().restore(old);
        test.notes().restore(oldDeep);
        assertEquals(TopicPath.parse("Swap / video"), topicOf(old));
        assertEquals(TopicPath.parse("Swap / video"), topicOf(current));
        assertEquals(TopicPath.parse("Swap / video / 2020"), topicOf(oldDeep));
        assertEquals(List.of("Swap", "Swap / video", "Swap / video / 2020"), tree());
        assertEquals("ok", test.store().integrityCheck());
    }

    @Test
    void emptyingTheTrashDeletesTheTopicsThatOnlyItsNotesKept() {
        note("FSGAN", "Face Swap / Video");
        topics.trash(TopicPath.of("Face Swap"));
        assertEquals(2, test.store().read(s -> s.topics().paths()).size());
        assertEquals(1, test.notes().emptyTrash());
        assertEquals(0, test.store().read(s -> s.topics().paths()).size());
    }

    @Test
    void theIndexCatchesUpOnARenameItWasNotToldAbout() {
        note("FSGAN", "Face Swap");
        new TopicService(test.store(), test.clock(), id -> {
                    throw new IllegalStateException("index down");
                })
                .rename(TopicPath.of("Face Swap"), "Swapping", "");
        assertEquals(TopicPath.of("Swapping"), topics.list().getFirst().path());
        test = folder.reopen();
        assertEquals(
                List.of("FSGAN"),
                test
                        .search()
                        .search("qzxv", 10, Optional.of(TopicPath.of("Swapping")), Optional.empty())
                        .hits()
                        .stream()
                        .map(h -> h.note().title())
                        .toList());
        assertFalse(test.search()
                        .search("qzxv", 10, Optional.of(TopicPath.of("Face Swap")), Optional.empty())
                        .hits()
                        .size()
                > 0);
    }
}
