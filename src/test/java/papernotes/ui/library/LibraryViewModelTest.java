package papernotes.ui.library;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import papernotes.TestLibrary;
import papernotes.model.TopicPath;

/// The library window's state, without a screen.
class LibraryViewModelTest {

    @TempDir
    Path dir;

    @Test
    void loadShowsAllNotesAndTopicTotalsIncludeSubTopics() {
        try (var library = TestLibrary.shipped(dir)) {
            var viewModel = new LibraryViewModel(library.notes(), library.topics(), library.render());
            viewModel.load();
            assertEquals(6, viewModel.topics().size());
            assertEquals(27, viewModel.notes().size());
            assertEquals(27, viewModel.totalNotes());
            assertEquals(9, viewModel.totalNotes(TopicPath.of("3D Face Reconstruction")));
            assertEquals("27 notes", viewModel.statusProperty().get());
        }
    }

    @Test
    void selectingATopicThenANoteFillsTheReadingPane() {
        try (var library = TestLibrary.shipped(dir)) {
            var viewModel = new LibraryViewModel(library.notes(), library.topics(), library.render());
            viewModel.load();
            viewModel.selectTopic(Optional.of(TopicPath.of("Super Resolution")));
            assertEquals(4, viewModel.notes().size());
            assertEquals(Optional.of(TopicPath.of("Super Resolution")), viewModel.selectedTopicProperty().get());
            var gfpgan = viewModel.notes().stream().filter(n -> n.title().equals("GFPGAN")).findFirst().orElseThrow();
            viewModel.openNote(gfpgan.id());
            assertEquals("GFPGAN", viewModel.noteTitleProperty().get());
            assertTrue(viewModel.noteDetailsProperty().get().startsWith("Super Resolution   ·   #face-restoration"));
            assertTrue(viewModel.noteBodyProperty().get().startsWith("出自腾讯,复现效果较真实"), viewModel.noteBodyProperty().get());
            assertTrue(viewModel.notePageProperty().get().contains("<h1 class=\"note-title\">GFPGAN</h1>"));
            viewModel.openLinkedNote("zzzzzzzz");
            assertEquals("There is no note with the id zzzzzzzz.", viewModel.statusProperty().get());
        }
    }
}
