package papernotes.ui.trash;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import papernotes.LibraryInTempDir;
import papernotes.TestLibrary;
import papernotes.model.Note;
import papernotes.model.NoteDraft;
import papernotes.model.NoteFilter;
import papernotes.model.TopicPath;
import papernotes.ui.Messages;
import papernotes.ui.UiLanguage;

/// The trash: restore brings a note back, empty deletes for good.
@Tag("ui")
class TrashViewModelTest {

    @RegisterExtension
    final LibraryInTempDir folder = new LibraryInTempDir();

    TestLibrary test;

    @Test
    void restoreOne_thenEmptyTheRest() {
        test = folder.test();
        var notes = test.library().notes();
        var a = notes.create(NoteDraft.of("A", TopicPath.of("T"), "a")).id();
        var b = notes.create(NoteDraft.of("B", TopicPath.of("T"), "b")).id();
        notes.trash(a);
        notes.trash(b);
        var restored = new ArrayList<Note>();
        var viewModel = new TrashViewModel(notes, Messages.of(UiLanguage.ENGLISH), restored::add, () -> {});
        viewModel.load();
        assertEquals("2 notes in the trash", viewModel.messageProperty().get());

        viewModel.restore(
                viewModel.notes().stream().filter(t -> t.note().id().equals(a)).toList());
        assertEquals(List.of("A"), restored.stream().map(Note::title).toList());
        assertFalse(notes.get(a).isTrashed());
        assertEquals(1, viewModel.notes().size());

        viewModel.emptyTrash();
        assertEquals(0, viewModel.notes().size());
        assertEquals("1 note deleted for good.", viewModel.messageProperty().get());
        assertEquals(1, notes.list(NoteFilter.ALL).size());
    }

    @Test
    void theChosenNoteIsPreviewed() {
        test = folder.test();
        var notes = test.library().notes();
        var a = notes.create(NoteDraft.of("A", TopicPath.of("T"), "出自腾讯")).id();
        notes.trash(a);
        var viewModel = new TrashViewModel(notes, Messages.of(UiLanguage.ENGLISH), note -> {}, () -> {});
        viewModel.load();
        viewModel.choose(Optional.of(viewModel.notes().getFirst()));
        assertEquals("出自腾讯", viewModel.previewProperty().get());
        viewModel.choose(Optional.empty());
        assertEquals("", viewModel.previewProperty().get());
    }
}
