package papernotes.ui.note;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import papernotes.LibraryInTempDir;
import papernotes.TestLibrary;
import papernotes.model.NoteDraft;
import papernotes.model.NoteId;
import papernotes.model.OutlineEntry;
import papernotes.model.TopicPath;
import papernotes.service.Library;
import papernotes.ui.DirectBackground;
import papernotes.ui.ManualScheduler;
import papernotes.ui.Messages;
import papernotes.ui.UiLanguage;

/// The outline of the open note follows it: the note opened, the draft as typed, no note.
@Tag("ui")
class OutlineViewModelTest {

    @RegisterExtension
    final LibraryInTempDir folder = new LibraryInTempDir();

    TestLibrary test;
    Library library;
    ManualScheduler clock = new ManualScheduler();
    NoteViewModel note;
    OutlineViewModel outline;
    NoteId simswap;
    NoteId gpen;

    @BeforeEach
    void open() {
        test = folder.test();
        library = test.library();
        simswap = library.notes()
                .create(NoteDraft.of(
                        "SimSwap", TopicPath.of("Face Swap"), "# SimSwap\n\n## 方法\n基于arcface提取id特征\n\n## 结果\n"))
                .id();
        gpen = library.notes()
                .create(NoteDraft.of("GPEN", TopicPath.of("Super Resolution"), "超分"))
                .id();
        var background = new DirectBackground();
        note = new NoteViewModel(library.notes(), library.render(), background, clock, Messages.of(UiLanguage.ENGLISH));
        outline = new OutlineViewModel(note, library.render()::outline, background);
    }

    @Test
    void openingANote_listsItsHeadings_withoutTheTitleThePageShowsAbove() {
        note.open(simswap);
        assertEquals(List.of(new OutlineEntry(2, "方法", 2, 0), new OutlineEntry(2, "结果", 5, 1)), outline.entries());
    }

    @Test
    void typingAHeading_addsItOnceThePreviewFollows() {
        note.open(simswap);
        note.toggleEdit();
        note.bodyProperty().set(note.bodyProperty().get() + "\n### 消融实验\n");
        clock.advance(NoteViewModel.PREVIEW);
        assertEquals(
                List.of("方法", "结果", "消融实验"),
                outline.entries().stream().map(OutlineEntry::text).toList());
        assertEquals(3, outline.entries().getLast().level());
    }

    @Test
    void anotherNoteOrNone_replacesTheOutline() {
        note.open(simswap);
        note.open(gpen);
        assertEquals(List.of(), outline.entries());
        note.open(simswap);
        note.close();
        assertEquals(List.of(), outline.entries());
    }
}
