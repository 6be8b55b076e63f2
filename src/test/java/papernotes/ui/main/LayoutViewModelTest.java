package papernotes.ui.main;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import papernotes.LibraryInTempDir;
import papernotes.TestLibrary;
import papernotes.model.NoteDraft;
import papernotes.model.NoteId;
import papernotes.model.TopicPath;
import papernotes.ui.DirectBackground;
import papernotes.ui.ManualScheduler;
import papernotes.ui.Messages;
import papernotes.ui.UiLanguage;
import papernotes.ui.note.NoteViewModel;

/// Folding panes away and the distraction-free editor.
@Tag("ui")
class LayoutViewModelTest {

    @RegisterExtension
    final LibraryInTempDir folder = new LibraryInTempDir();

    TestLibrary test;
    NoteViewModel note;
    LayoutViewModel layout;
    NoteId gpen;

    @BeforeEach
    void open() {
        test = folder.test();
        gpen = test.library()
                .notes()
                .create(NoteDraft.of("GPEN", TopicPath.of("Super Resolution"), "超分"))
                .id();
        note = new NoteViewModel(
                test.library().notes(),
                test.library().render(),
                new DirectBackground(),
                new ManualScheduler(),
                Messages.of(UiLanguage.ENGLISH));
        layout = new LayoutViewModel(note);
    }

    @Test
    void theSidebarAndTheFieldsAreShownUntilToggled() {
        assertTrue(layout.sidebarShownProperty().get());
        assertTrue(layout.fieldsShownProperty().get());
        layout.toggleSidebar();
        layout.toggleFields();
        assertFalse(layout.sidebarShownProperty().get());
        assertFalse(layout.fieldsShownProperty().get());
        layout.toggleSidebar();
        assertTrue(layout.sidebarShownProperty().get());
    }

    @Test
    void distractionFree_opensTheEditorOfTheNoteBeingRead() {
        note.open(gpen);
        layout.toggleDistractionFree();
        assertTrue(layout.distractionFreeProperty().get());
        assertEquals(NoteViewModel.Mode.EDIT, note.modeProperty().get());
        layout.toggleDistractionFree();
        assertFalse(layout.distractionFreeProperty().get());
        assertEquals(NoteViewModel.Mode.EDIT, note.modeProperty().get(), "still editing, beside the preview");
    }

    @Test
    void distractionFree_withNoNoteOpen_doesNothing() {
        layout.toggleDistractionFree();
        assertFalse(layout.distractionFreeProperty().get());
    }

    @Test
    void backToReading_endsDistractionFree() {
        note.open(gpen);
        layout.toggleDistractionFree();
        note.toggleEdit();
        assertFalse(layout.distractionFreeProperty().get());
    }
}
