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

/// The main window's state over the shipped notes: counts, opening, creating and trashing notes.
@Tag("ui")
class MainViewModelTest {

    @TempDir
    Path dir;

    Library library;
    MainViewModel viewModel;
    ManualScheduler clock = new ManualScheduler();

    @BeforeEach
    void open() {
        library = TestLibrary.shipped(dir);
        var messages = Messages.of(UiLanguage.ENGLISH);
        var background = new DirectBackground();
        viewModel = new MainViewModel(
                new SidebarViewModel(library.topics(), library.tags()),
                new SearchViewModel(library.notes(), library.search(), background, messages),
                new NoteViewModel(library.notes(), library.render(), background, clock, messages),
                library.notes(),
                library.search(),
                clock,
                messages);
        viewModel.load();
    }

    @AfterEach
    void close() {
        library.close();
    }

    @Test
    void theStatusBarCountsNotesAndSaysTheIndexIsReady() {
        assertEquals("27 notes", viewModel.notesStatusProperty().get());
        assertEquals("Index ready", viewModel.indexStatusProperty().get());
        assertEquals(6, viewModel.sidebar().totalNotes(TopicPath.of("Face Swap")));
        assertEquals(6, viewModel.sidebar().topics().size());
    }

    @Test
    void theStatusBarCountsWhatTheListShows_ofAllTheNotes() {
        viewModel.search().topicFilterProperty().set(Optional.of(TopicPath.of("Face Swap")));
        assertEquals("6 of 27 notes", viewModel.notesStatusProperty().get());
        viewModel.search().tagFilterProperty().set(Optional.of("disney"));
        assertEquals("1 of 27 notes", viewModel.notesStatusProperty().get());
        viewModel.search().chooseTopic(Optional.empty());
        assertEquals("27 notes", viewModel.notesStatusProperty().get());

        viewModel.search().queryProperty().set("super resolution");
        int hits = viewModel.search().rows().size();
        assertTrue(hits > 1 && hits < 27, "hits: " + hits);
        assertEquals(hits + " of 27 notes", viewModel.notesStatusProperty().get());
        viewModel.search().clear();
        assertEquals("27 notes", viewModel.notesStatusProperty().get());
    }

    @Test
    void enterOpensTheBestHit() {
        viewModel.search().queryProperty().set("gfpgan");
        var opened = viewModel.openFirst();
        assertEquals("GFPGAN", opened.orElseThrow().note().title());
        assertEquals("GFPGAN", viewModel.note().titleProperty().get());
    }

    @Test
    void aNewNoteFromAPastedArxivLink_isCreatedInTheTopicWithItsTags_andOpenedForEditing() {
        assertTrue(viewModel.create(new NewNoteForm(
                "SimSwap",
                "Face Swap",
                "https://arxiv.org/abs/2106.06340v1",
                "",
                "https://github.com/neuralchen/SimSwap",
                "2020",
                "ACM MM",
                List.of("face-swap", "换脸"))));
        var note = viewModel.note().noteProperty().get().orElseThrow();
        assertEquals("SimSwap", note.title());
        assertEquals(TopicPath.of("Face Swap"), note.topic());
        assertEquals(
                Optional.of("https://arxiv.org/abs/2106.06340v1"), note.links().paper());
        assertEquals(Optional.of("2106.06340"), note.links().arxiv());
        assertEquals(Optional.of(2020), note.links().year());
        assertEquals(Optional.of("ACM MM"), note.links().venue());
        assertEquals(List.of("face-swap", "换脸"), note.tags());
        assertEquals(NoteViewModel.Mode.EDIT, viewModel.note().modeProperty().get());
        assertEquals("28 notes", viewModel.notesStatusProperty().get());
        assertEquals(7, viewModel.sidebar().totalNotes(TopicPath.of("Face Swap")));
    }

    @Test
    void aNewNoteWithoutATitle_isRefusedInOneSentence() {
        assertFalse(viewModel.create(new NewNoteForm(" ", "Face Swap", "", "", "", "", "", List.of())));
        assertTrue(
                viewModel.messageProperty().get().endsWith("."),
                viewModel.messageProperty().get());
        assertEquals("27 notes", viewModel.notesStatusProperty().get());
    }

    @Test
    void aTopicFilter_followsItsTopicWhenItMovesOrGoesToTheTrash() {
        var group = TopicPath.of("3D Face Reconstruction", "帝国理工组");
        viewModel.search().topicFilterProperty().set(Optional.of(group));
        viewModel.sidebar().moveTopic(group, Optional.of(TopicPath.of("Face Swap")));
        assertEquals(
                Optional.of(TopicPath.of("Face Swap", "帝国理工组")),
                viewModel.search().topicFilterProperty().get());
        assertEquals(5, viewModel.search().rows().size());
        viewModel.sidebar().renameTopic(TopicPath.of("Face Swap"), "Face Swapping", "换脸");
        assertEquals(
                Optional.of(TopicPath.of("Face Swapping", "帝国理工组")),
                viewModel.search().topicFilterProperty().get());
        viewModel.sidebar().trashTopic(TopicPath.of("Face Swapping"));
        assertEquals(Optional.empty(), viewModel.search().topicFilterProperty().get());
        assertEquals(16, viewModel.search().rows().size());
    }

    @Test
    void renamingTheOpenNotesTopic_savesTheDraftFirst_andTheNoteFollows() {
        viewModel.search().queryProperty().set("gfpgan");
        viewModel.openFirst();
        viewModel.note().bodyProperty().set("draft typed before the rename");
        viewModel.sidebar().renameTopic(TopicPath.of("Super Resolution"), "Super-Resolution", "超分辨率");
        var saved = library.notes()
                .get(viewModel.note().noteProperty().get().orElseThrow().id())
                .note();
        assertEquals("draft typed before the rename", saved.body());
        assertEquals(TopicPath.of("Super-Resolution"), saved.topic());
        assertEquals("Super-Resolution", viewModel.note().topicProperty().get());
        assertFalse(viewModel.note().dirtyProperty().get());
    }

    @Test
    void aRefusedSave_isSaidInTheStatusBar_untilASaveSucceeds() {
        viewModel.search().queryProperty().set("gfpgan");
        viewModel.openFirst();
        viewModel.note().titleProperty().set("");
        viewModel.search().queryProperty().set("gpen");
        assertTrue(viewModel.openFirst().isPresent());
        assertTrue(
                viewModel.messageProperty().get().startsWith("Not saved: "),
                viewModel.messageProperty().get());

        viewModel.note().titleProperty().set("GFPGAN (CVPR 2021)");
        clock.advance(NoteViewModel.AUTOSAVE);
        assertEquals(
                "GFPGAN (CVPR 2021)",
                viewModel.note().noteProperty().get().orElseThrow().title());
        assertEquals("", viewModel.messageProperty().get());
    }

    @Test
    void aTagFilter_followsItsTagWhenRenamedOrMerged() {
        viewModel.search().tagFilterProperty().set(Optional.of("gan"));
        int before = viewModel.search().rows().size();
        viewModel.sidebar().renameTag("gan", "GANs");
        assertEquals(Optional.of("GANs"), viewModel.search().tagFilterProperty().get());
        assertEquals(before, viewModel.search().rows().size());
    }

    @Test
    void aBadYearOrArxivId_isRefused_andNothingIsCreated() {
        assertFalse(viewModel.create(new NewNoteForm("X", "Face Swap", "", "", "", "20x0", "", List.of())));
        assertFalse(viewModel.create(new NewNoteForm("X", "Face Swap", "", "not-an-id", "", "", "", List.of())));
        assertEquals("27 notes", viewModel.notesStatusProperty().get());
    }

    @Test
    void trashingTheOpenNote_closesItAndTakesItOffTheList() {
        viewModel.search().queryProperty().set("gfpgan");
        viewModel.openFirst();
        viewModel.trashOpenNote();
        assertTrue(viewModel.note().noteProperty().get().isEmpty());
        assertEquals("0 of 26 notes", viewModel.notesStatusProperty().get(), "no hit left of the query");
        assertTrue(viewModel.search().rows().stream()
                .noneMatch(row -> row.note().title().equals("GFPGAN")));
        assertEquals(
                "Moved \"GFPGAN\" to the trash.", viewModel.messageProperty().get());
    }

    /// Alt+← and Alt+→: back and forward between the notes opened, past one trashed since.
    @Test
    void backAndForwardBetweenTheNotesOpened_pastATrashedOne() {
        var ids = library.notes().list(NoteFilter.ALL).stream()
                .limit(3)
                .map(NoteSummary::id)
                .toList();
        ids.forEach(viewModel::open);
        assertTrue(viewModel.back());
        assertEquals(
                ids.get(1), viewModel.note().noteProperty().get().orElseThrow().id());
        assertTrue(viewModel.back());
        assertEquals(
                ids.get(0), viewModel.note().noteProperty().get().orElseThrow().id());
        assertFalse(viewModel.back(), "nothing before the first");
        library.notes().trash(ids.get(1));
        assertTrue(viewModel.forward());
        assertEquals(
                ids.get(2), viewModel.note().noteProperty().get().orElseThrow().id(), "past the trashed one");
        assertFalse(viewModel.forward());
    }
}
