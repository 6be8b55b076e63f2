package papernotes.ui.note;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import papernotes.LibraryInTempDir;
import papernotes.TestLibrary;
import papernotes.model.NoteDraft;
import papernotes.model.NoteId;
import papernotes.model.PaperLinks;
import papernotes.model.TopicPath;
import papernotes.service.Library;
import papernotes.ui.DirectBackground;
import papernotes.ui.ManualScheduler;
import papernotes.ui.Messages;
import papernotes.ui.UiLanguage;

/// Reading and editing a note, with autosave on a hand-moved clock.
@Tag("ui")
class NoteViewModelTest {

    @RegisterExtension
    final LibraryInTempDir folder = new LibraryInTempDir();

    TestLibrary test;
    Library library;
    ManualScheduler clock = new ManualScheduler();
    NoteViewModel viewModel;
    NoteId first;
    NoteId second;

    @BeforeEach
    void open() {
        test = folder.test();
        library = test.library();
        first = library.notes()
                .create(new NoteDraft(
                        Optional.empty(),
                        "SimSwap",
                        TopicPath.of("Face Swap"),
                        List.of("face-swap"),
                        List.of(),
                        PaperLinks.NONE,
                        "基于arcface提取id特征"))
                .id();
        second = library.notes()
                .create(NoteDraft.of("GPEN", TopicPath.of("Super Resolution"), "超分"))
                .id();
        viewModel = new NoteViewModel(
                library.notes(), library.render(), new DirectBackground(), clock, Messages.of(UiLanguage.ENGLISH));
    }

    @Test
    void openingANote_fillsTheFieldsAndRendersIt() {
        viewModel.open(first);
        assertEquals("SimSwap", viewModel.titleProperty().get());
        assertEquals("Face Swap", viewModel.topicProperty().get());
        assertEquals(List.of("face-swap"), viewModel.tags());
        assertTrue(viewModel.pageProperty().get().contains("基于arcface提取id特征"));
        assertFalse(viewModel.dirtyProperty().get());
    }

    @Test
    void typing_savesOnceTheAutosaveDelayPasses_andKeepsARevision() {
        viewModel.open(first);
        viewModel.toggleEdit();
        viewModel.bodyProperty().set("基于arcface提取id特征\n\n新的一行");
        assertTrue(viewModel.dirtyProperty().get());
        assertEquals("Unsaved changes", viewModel.saveStatusProperty().get());
        clock.advance(NoteViewModel.AUTOSAVE.minusMillis(1));
        assertEquals("基于arcface提取id特征", library.notes().get(first).note().body());

        clock.advance(Duration.ofMillis(1));
        assertEquals(
                "基于arcface提取id特征\n\n新的一行", library.notes().get(first).note().body());
        assertFalse(viewModel.dirtyProperty().get());
        assertTrue(viewModel.saveStatusProperty().get().startsWith("Saved"));
        assertEquals(1, library.history().of(first).size());
    }

    @Test
    void eachKeystrokeRestartsTheDelay_soOneSaveFollowsABurstOfTyping() {
        viewModel.open(first);
        for (int i = 0; i < 5; i++) {
            viewModel.bodyProperty().set(viewModel.bodyProperty().get() + i);
            clock.advance(NoteViewModel.AUTOSAVE.dividedBy(2));
        }
        assertEquals(0, library.history().of(first).size());
        clock.advance(NoteViewModel.AUTOSAVE);
        assertEquals(1, library.history().of(first).size());
        assertTrue(library.notes().get(first).note().body().endsWith("01234"));
    }

    @Test
    void autosavesWhileTheNoteStaysOpen_makeOneRevision_holdingTheTextFromBefore() {
        viewModel.open(first);
        viewModel.toggleEdit();
        for (String line : List.of("\n第一段", "\n第二段", "\n第三段")) {
            viewModel.bodyProperty().set(viewModel.bodyProperty().get() + line);
            clock.advance(NoteViewModel.AUTOSAVE);
        }
        assertEquals(
                "基于arcface提取id特征\n第一段\n第二段\n第三段",
                library.notes().get(first).note().body());
        var history = library.history().of(first);
        assertEquals(
                List.of("基于arcface提取id特征"), history.stream().map(r -> r.body()).toList());
    }

    @Test
    void leavingTheNote_endsItsEditingSession_soTheNextEditKeepsANewRevision() {
        viewModel.open(first);
        viewModel.bodyProperty().set("第一次");
        clock.advance(NoteViewModel.AUTOSAVE);
        viewModel.open(second);
        viewModel.open(first);
        viewModel.bodyProperty().set("第二次");
        clock.advance(NoteViewModel.AUTOSAVE);
        assertEquals(
                List.of("基于arcface提取id特征", "第一次"),
                library.history().of(first).stream().map(r -> r.body()).toList());
    }

    @Test
    void openingAnotherNoteInsideTheDelay_savesTheDraftFirst() {
        viewModel.open(first);
        viewModel.bodyProperty().set("changed");
        viewModel.open(second);
        assertEquals("changed", library.notes().get(first).note().body());
        assertEquals("GPEN", viewModel.titleProperty().get());
        assertEquals(0, clock.waiting());
    }

    @Test
    void anEmptyTitle_isNotSaved_andTheDraftStaysAsTyped() {
        viewModel.open(first);
        viewModel.titleProperty().set("  ");
        viewModel.bodyProperty().set("still here");
        assertFalse(viewModel.flush());
        assertTrue(
                viewModel.saveStatusProperty().get().startsWith("Not saved: "),
                viewModel.saveStatusProperty().get());
        assertEquals("still here", viewModel.bodyProperty().get());
        assertTrue(viewModel.dirtyProperty().get());
        assertEquals("基于arcface提取id特征", library.notes().get(first).note().body());

        viewModel.titleProperty().set("SimSwap 2");
        assertTrue(viewModel.flush());
        assertEquals("SimSwap 2", library.notes().get(first).note().title());
        assertEquals("still here", library.notes().get(first).note().body());
    }

    @Test
    void tagsAddedAndRemovedInTheHeader_areSaved() {
        viewModel.open(first);
        viewModel.addTag("身份特征");
        viewModel.addTag("FACE-SWAP");
        assertEquals(List.of("face-swap", "身份特征"), viewModel.tags());
        clock.advance(NoteViewModel.AUTOSAVE);
        assertEquals(
                List.of("face-swap", "身份特征"), library.notes().get(first).note().tags());
        viewModel.removeTag("face-swap");
        assertTrue(viewModel.flush());
        assertEquals(List.of("身份特征"), library.notes().get(first).note().tags());
    }

    @Test
    void theTopicTyped_movesTheNote() {
        viewModel.open(second);
        viewModel.topicProperty().set("Super Resolution / Face");
        assertTrue(viewModel.flush());
        assertEquals(
                TopicPath.of("Super Resolution", "Face"),
                library.notes().get(second).note().topic());
    }

    @Test
    void theLivePreviewFollowsTheDraftWhileEditing() {
        viewModel.open(second);
        viewModel.toggleEdit();
        viewModel.bodyProperty().set("# 超分辨率\n\n**GAN prior**");
        clock.advance(NoteViewModel.PREVIEW);
        assertTrue(
                viewModel.pageProperty().get().contains("<strong>GAN prior</strong>"),
                viewModel.pageProperty().get());
        viewModel.toggleEdit();
        assertEquals(NoteViewModel.Mode.READ, viewModel.modeProperty().get());
        assertEquals(
                "# 超分辨率\n\n**GAN prior**", library.notes().get(second).note().body());
    }

    /// Found by `EditorNoLossTest`: the preview still scheduled when the window closed ran after the window's
    /// background work had been shut down, and failed on the JavaFX thread.
    @Test
    void shuttingDownInsideThePreviewDelay_savesTheDraft_andLeavesNoPreviewToRun() {
        var background = new DirectBackground();
        var closing = new NoteViewModel(
                library.notes(), library.render(), background, clock, Messages.of(UiLanguage.ENGLISH));
        closing.open(second);
        closing.toggleEdit();
        background.hold();
        closing.bodyProperty().set("超分\n\n最后一行");
        assertTrue(closing.shutdown());
        assertEquals("超分\n\n最后一行", library.notes().get(second).note().body());
        int queued = background.waiting();
        clock.advance(NoteViewModel.PREVIEW.multipliedBy(4));
        assertEquals(queued, background.waiting(), "no preview submitted after the shutdown");
    }

    @Test
    void aDraftTheLibraryRefuses_keepsItsNoteOpen_untilItCanBeSaved() {
        viewModel.open(first);
        viewModel.titleProperty().set("");
        viewModel.bodyProperty().set("typed and not to be lost");
        assertFalse(viewModel.open(second));
        assertEquals("typed and not to be lost", viewModel.bodyProperty().get());
        assertEquals(first, viewModel.noteProperty().get().orElseThrow().id());
        viewModel.toggleEdit();
        viewModel.toggleEdit();
        assertEquals("typed and not to be lost", viewModel.bodyProperty().get());
        assertFalse(viewModel.close());

        viewModel.titleProperty().set("SimSwap");
        assertTrue(viewModel.open(second));
        assertEquals(
                "typed and not to be lost", library.notes().get(first).note().body());
    }

    @Test
    void aDraftTheLibraryTidied_isNotDirty_soChangesMadeElsewhereShow() {
        viewModel.open(first);
        viewModel.titleProperty().set("SimSwap  ");
        viewModel.topicProperty().set("Face Swap/Diffusion");
        viewModel.bodyProperty().set("line one\r\nline two");
        assertTrue(viewModel.flush());
        assertFalse(viewModel.dirtyProperty().get());
        assertEquals(
                TopicPath.of("Face Swap", "Diffusion"),
                library.notes().get(first).note().topic());

        library.notes().restoreRevision(first, 1);
        viewModel.reload();
        assertEquals("基于arcface提取id特征", viewModel.bodyProperty().get());
        clock.advance(NoteViewModel.AUTOSAVE.multipliedBy(2));
        assertEquals("基于arcface提取id特征", library.notes().get(first).note().body());
    }

    @Test
    void aNoteInTheTrash_doesNotOpen() {
        library.notes().trash(second);
        viewModel.open(first);
        assertFalse(viewModel.open(second));
        assertEquals(
                "\"GPEN\" is in the trash; restore it from the trash to open it.",
                viewModel.saveStatusProperty().get());
        assertEquals("SimSwap", viewModel.titleProperty().get());
    }

    @Test
    void paperFieldsEditedInTheHeader_areSaved_anArxivAddressAsItsId() {
        viewModel.open(first);
        viewModel.links().arxivProperty().set("https://arxiv.org/abs/2106.06340v1");
        viewModel.links().yearProperty().set("2020");
        viewModel.links().venueProperty().set("ACM MM");
        viewModel.links().codeProperty().set("https://github.com/neuralchen/SimSwap");
        assertTrue(viewModel.flush());
        var links = library.notes().get(first).note().links();
        assertEquals(Optional.of("2106.06340"), links.arxiv());
        assertEquals(Optional.of(2020), links.year());
        assertEquals(Optional.of("ACM MM"), links.venue());
        assertEquals(Optional.of("https://github.com/neuralchen/SimSwap"), links.code());
        assertFalse(viewModel.dirtyProperty().get(), "an address saved as its id is not a change");

        viewModel.links().yearProperty().set("twenty");
        assertFalse(viewModel.flush());
        assertTrue(
                viewModel.saveStatusProperty().get().startsWith("Not saved: "),
                viewModel.saveStatusProperty().get());
        viewModel.links().yearProperty().set("");
        assertTrue(viewModel.flush());
        assertEquals(Optional.empty(), library.notes().get(first).note().links().year());
    }
}
