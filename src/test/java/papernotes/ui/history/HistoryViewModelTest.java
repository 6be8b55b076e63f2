package papernotes.ui.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import papernotes.LibraryInTempDir;
import papernotes.TestLibrary;
import papernotes.model.DiffLine;
import papernotes.model.NoteChanges;
import papernotes.model.NoteDraft;
import papernotes.model.TopicPath;
import papernotes.ui.Messages;
import papernotes.ui.UiLanguage;

/// A note's revisions, the difference from the current text, and restoring one.
@Tag("ui")
class HistoryViewModelTest {

    @RegisterExtension
    final LibraryInTempDir folder = new LibraryInTempDir();

    TestLibrary test;

    @Test
    void revisionsNewestFirst_withTheirChangedLines_diffAgainstTheCurrentText_restore() {
        test = folder.test();
        var notes = test.library().notes();
        var id = notes.create(NoteDraft.of("GPEN", TopicPath.of("Super Resolution"), "第一行\n第二行"))
                .id();
        notes.edit(id, NoteChanges.none().withBody("第一行\n第二行 changed\n第三行"));
        notes.edit(id, NoteChanges.none().withBody("第一行\n第三行"));
        var viewModel = new HistoryViewModel(notes, test.library().history(), id, Messages.of(UiLanguage.ENGLISH));
        viewModel.load();
        assertEquals(
                List.of(2, 1),
                viewModel.revisions().stream().map(r -> r.number()).toList());
        assertEquals(
                List.of("+2 −1 lines", "+2 −0 lines"),
                viewModel.revisions().stream().map(viewModel::changesOf).toList());

        viewModel.choose(viewModel.revisions().get(1));
        assertEquals(
                List.of(
                        new DiffLine(DiffLine.Kind.SAME, "第一行"),
                        new DiffLine(DiffLine.Kind.REMOVED, "第二行"),
                        new DiffLine(DiffLine.Kind.ADDED, "第三行")),
                viewModel.diff());
        assertEquals(
                "Revision 1: 1 lines added since, 1 removed",
                viewModel.summaryProperty().get());

        var restored = viewModel.restore().orElseThrow();
        assertEquals("第一行\n第二行", restored.body());
        assertEquals(3, viewModel.revisions().size());
        assertTrue(viewModel.summaryProperty().get().startsWith("Revision 1 restored"));
    }
}
