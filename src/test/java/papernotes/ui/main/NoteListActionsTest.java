package papernotes.ui.main;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import papernotes.TestLibrary;
import papernotes.model.NoteFilter;
import papernotes.model.NoteSummary;
import papernotes.model.TopicPath;
import papernotes.service.Library;
import papernotes.ui.DirectBackground;
import papernotes.ui.ManualScheduler;
import papernotes.ui.Messages;
import papernotes.ui.UiLanguage;
import papernotes.ui.note.NoteViewModel;
import papernotes.ui.search.SearchViewModel;
import papernotes.ui.sidebar.SidebarViewModel;

/// What the note list's context menu does to a note: open it, move it to a topic, tag it, trash it; through the
/// same services as the note's header and the bin button, with the list, the counts and the status bar following.
@Tag("ui")
class NoteListActionsTest {

    @TempDir
    Path dir;

    Library library;
    MainViewModel main;
    NoteListActions actions;

    @BeforeEach
    void open() {
        library = TestLibrary.shipped(dir);
        var messages = Messages.of(UiLanguage.ENGLISH);
        var background = new DirectBackground();
        var clock = new ManualScheduler();
        main = new MainViewModel(
                new SidebarViewModel(library.topics(), library.tags()),
                new SearchViewModel(library.notes(), library.search(), background, messages),
                new NoteViewModel(library.notes(), library.render(), background, clock, messages),
                library.notes(),
                library.search(),
                clock,
                messages);
        main.load();
        actions = new NoteListActions(main, library.notes(), messages);
    }

    @AfterEach
    void close() {
        library.close();
    }

    private NoteSummary note(String title) {
        return library.notes().list(NoteFilter.ALL).stream()
                .filter(n -> n.title().equals(title))
                .findFirst()
                .orElseThrow();
    }

    private Optional<NoteSummary> listed(String title) {
        return main.search().rows().stream()
                .map(row -> row.note())
                .filter(n -> n.title().equals(title))
                .findFirst();
    }

    @Test
    void openOpensTheNote() {
        actions.open(note("GPEN"));
        assertEquals("GPEN", main.note().titleProperty().get());
    }

    @Test
    void moveToATopic_movesTheNote_keepsARevision_andTheListAndCountsFollow() {
        var gpen = note("GPEN");
        int revisions = library.history().of(gpen.id()).size();
        assertTrue(actions.moveTo(List.of(gpen), TopicPath.of("Face Swap")));
        assertEquals(
                TopicPath.of("Face Swap"), library.notes().get(gpen.id()).note().topic());
        assertEquals(revisions + 1, library.history().of(gpen.id()).size(), "the version before is kept");
        assertEquals(Optional.of(TopicPath.of("Face Swap")), listed("GPEN").map(NoteSummary::topic));
        assertEquals(7, main.sidebar().totalNotes(TopicPath.of("Face Swap")));
        assertEquals("Moved \"GPEN\" to Face Swap.", main.messageProperty().get());
    }

    @Test
    void movingTheOpenNote_savesItsDraftFirst_andTheOpenNoteFollows() {
        var gpen = note("GPEN");
        main.open(gpen.id());
        main.note().bodyProperty().set("typed before the move");
        actions.moveTo(List.of(gpen), TopicPath.of("Face Swap"));
        var stored = library.notes().get(gpen.id()).note();
        assertEquals("typed before the move", stored.body());
        assertEquals(TopicPath.of("Face Swap"), stored.topic());
        assertEquals("Face Swap", main.note().topicProperty().get());
        assertFalse(main.note().dirtyProperty().get());
    }

    @Test
    void addTag_tagsTheNote_andSaysSo() {
        var gpen = note("GPEN");
        assertTrue(actions.addTag(List.of(gpen), " blind-restoration "));
        assertTrue(library.notes().get(gpen.id()).note().tags().contains("blind-restoration"));
        assertTrue(listed("GPEN").orElseThrow().tags().contains("blind-restoration"));
        assertTrue(main.sidebar().tags().stream().anyMatch(tag -> tag.name().equals("blind-restoration")));
        assertEquals(
                "Added #blind-restoration to \"GPEN\".", main.messageProperty().get());
    }

    @Test
    void aBlankTag_changesNothing() {
        var gpen = note("GPEN");
        assertFalse(actions.addTag(List.of(gpen), "  "));
        assertEquals(gpen.tags(), library.notes().get(gpen.id()).note().tags());
    }

    @Test
    void trash_movesTheNoteToTheTrash_closingItWhenOpen() {
        var gpen = note("GPEN");
        main.open(gpen.id());
        assertTrue(actions.trash(List.of(gpen)));
        assertTrue(library.notes().get(gpen.id()).isTrashed());
        assertTrue(main.note().noteProperty().get().isEmpty());
        assertTrue(listed("GPEN").isEmpty());
        assertEquals("26 notes", main.notesStatusProperty().get());
        assertEquals("Moved \"GPEN\" to the trash.", main.messageProperty().get());
    }

    @Test
    void aDraftTheLibraryRefuses_stopsTheAction_andSaysWhy() {
        var gpen = note("GPEN");
        main.open(note("GFPGAN").id());
        main.note().titleProperty().set("");
        assertFalse(actions.trash(List.of(gpen)));
        assertFalse(library.notes().get(gpen.id()).isTrashed());
        assertTrue(
                main.messageProperty().get().startsWith("Not saved: "),
                main.messageProperty().get());
    }

    @Test
    void severalNotes_moveTogether_andTheStatusBarCountsThem() {
        var chosen = List.of(note("FSGAN"), note("HifiFace"), note("InfoSwap"));
        assertTrue(actions.moveTo(chosen, TopicPath.of("Super Resolution")));
        for (var each : chosen) {
            assertEquals(
                    TopicPath.of("Super Resolution"),
                    library.notes().get(each.id()).note().topic());
        }
        assertEquals(3, main.sidebar().totalNotes(TopicPath.of("Face Swap")));
        assertEquals(
                "Moved 3 notes to Super Resolution.", main.messageProperty().get());
    }

    @Test
    void severalNotes_getTheTag_andTheStatusBarCountsThem() {
        var chosen = List.of(note("GPEN"), note("GFPGAN"));
        assertTrue(actions.addTag(chosen, "face-prior"));
        assertTrue(chosen.stream()
                .allMatch(n -> library.notes().get(n.id()).note().tags().contains("face-prior")));
        assertEquals("Added #face-prior to 2 notes.", main.messageProperty().get());
    }

    @Test
    void severalNotes_goToTheTrash_afterOneQuestionThatCountsThem() {
        var chosen = List.of(note("FSGAN"), note("HifiFace"), note("InfoSwap"));
        assertEquals("Move 3 notes to the trash?", actions.trashQuestion(chosen));
        assertTrue(actions.trash(chosen));
        assertTrue(chosen.stream().allMatch(n -> library.notes().get(n.id()).isTrashed()));
        assertEquals("24 notes", main.notesStatusProperty().get());
        assertEquals("Moved 3 notes to the trash.", main.messageProperty().get());
    }

    @Test
    void aNoteThatCannotBeMoved_doesNotStopTheOthers_andTheStatusBarSaysWhy() {
        var gone = note("FSGAN");
        var chosen = List.of(gone, note("HifiFace"), note("InfoSwap"));
        library.notes().trash(gone.id());
        assertFalse(actions.moveTo(chosen, TopicPath.of("Super Resolution")));
        assertEquals(
                TopicPath.of("Super Resolution"),
                library.notes().get(note("HifiFace").id()).note().topic());
        assertEquals(
                TopicPath.of("Super Resolution"),
                library.notes().get(note("InfoSwap").id()).note().topic());
        var said = main.messageProperty().get();
        assertTrue(said.startsWith("Moved 2 notes to Super Resolution. "), said);
        assertTrue(said.contains("FSGAN") && said.contains("trash"), said);
    }
}
