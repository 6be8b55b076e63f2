package papernotes.ui.note;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import papernotes.TestFolders;
import papernotes.TestLibrary;
import papernotes.model.NoteDraft;
import papernotes.model.NoteId;
import papernotes.model.PaperNotesException;
import papernotes.model.TopicPath;
import papernotes.service.Library;
import papernotes.storage.LibraryFiles;
import papernotes.ui.DirectBackground;
import papernotes.ui.ManualScheduler;
import papernotes.ui.Messages;
import papernotes.ui.UiLanguage;

/// A full disk, and a data folder turned read-only, while a note is being edited (issue #8, part 4): the save is
/// refused with a sentence saying why, the text stays in the editor, the library stays sound, and the text is saved
/// once there is room again or the folder is writable again. On a real small filesystem (a 4 MB tmpfs mounted for
/// the test, which needs root, as the build machine has).
@Tag("ui")
class DiskTroubleTest {

    private Path mountPoint;
    private TestLibrary test;
    private Library library;
    private final ManualScheduler clock = new ManualScheduler();
    private NoteViewModel viewModel;
    private NoteId note;

    @BeforeEach
    void mountASmallDisk() throws Exception {
        mountPoint = Files.createTempDirectory("papernotes-disk");
        Assumptions.assumeTrue(
                Mounts.run("mount", "-t", "tmpfs", "-o", "size=4m", "tmpfs", mountPoint.toString()) == 0,
                "mounting a small filesystem needs root");
        test = TestLibrary.empty(mountPoint.resolve("library"));
        library = test.library();
        note = library.notes()
                .create(NoteDraft.of("GPEN", TopicPath.of("Super Resolution"), "超分"))
                .id();
        viewModel = new NoteViewModel(
                library.notes(), library.render(), new DirectBackground(), clock, Messages.of(UiLanguage.ENGLISH));
        viewModel.open(note);
        viewModel.toggleEdit();
    }

    @AfterEach
    void unmount() throws Exception {
        try {
            if (test != null) {
                Mounts.run("mount", "-o", "remount,rw", mountPoint.toString());
                test.close();
            }
        } finally {
            // whatever the test left open, the disk goes
            Mounts.unmount(mountPoint);
            Files.deleteIfExists(mountPoint);
        }
    }

    /// A body of about 600 KB: more than the disk has left once it is filled.
    private static String longBody() {
        return "超分辨率 super resolution 换脸\n".repeat(20_000);
    }

    private void assertRefusedAndKept(String typed, String because) {
        assertTrue(
                viewModel.saveStatusProperty().get().startsWith("Not saved: "),
                viewModel.saveStatusProperty().get());
        assertTrue(
                viewModel.saveStatusProperty().get().contains(because),
                viewModel.saveStatusProperty().get());
        assertEquals(typed, viewModel.bodyProperty().get(), "the text stays in the editor");
        assertTrue(viewModel.dirtyProperty().get());
        assertEquals("超分", library.notes().get(note).note().body(), "nothing half-written");
    }

    @Test
    void aFullDisk_refusesTheSave_keepsTheText_andSavesOnceThereIsRoom() throws Exception {
        var filler = mountPoint.resolve("filler");
        try (var out = Files.newOutputStream(filler)) {
            var block = new byte[64 * 1024];
            while (true) {
                out.write(block);
            }
        } catch (IOException full) {
            // the disk is full
        }
        var typed = longBody();
        viewModel.bodyProperty().set(typed);
        clock.advance(NoteViewModel.AUTOSAVE);
        assertRefusedAndKept(typed, "the disk is full");
        var elsewhere = Files.createTempDirectory("papernotes-elsewhere").resolve("GPEN.md");
        assertTrue(viewModel.saveCopy(elsewhere), viewModel.saveStatusProperty().get());
        assertTrue(Files.readString(elsewhere).endsWith(typed), "a copy can be saved on another disk");
        TestFolders.delete(elsewhere.getParent());

        Files.delete(filler);
        assertTrue(viewModel.flush());
        assertEquals(typed, library.notes().get(note).note().body());
        assertEquals(
                1,
                LibraryFiles.check(mountPoint.resolve("library").resolve("library.db"), "the library")
                        .notes());
    }

    /// A library on a read-only disk does not open, and says why in one sentence, without touching it. (A disk that
    /// turns read-only under an open library is `DiskTurnsReadOnlyTest`: a tmpfs cannot be remounted read-only
    /// while files on it are open for writing, an ext4 filesystem meeting an error can.)
    @Test
    void aLibraryOnAReadOnlyDisk_isRefusedInOneSentence_andLeftAsItWas() throws Exception {
        test.close();
        test = null;
        var folder = mountPoint.resolve("library");
        var before = Files.readAllBytes(folder.resolve("library.db"));
        assertEquals(0, Mounts.run("mount", "-o", "remount,ro", mountPoint.toString()));
        try {
            var refused = Assertions.assertThrows(PaperNotesException.class, () -> TestLibrary.empty(folder));
            assertTrue(refused.getMessage().toLowerCase(Locale.ROOT).contains("read-only"), refused.getMessage());
            assertTrue(refused.getMessage().contains(folder.toString()), refused.getMessage());
        } finally {
            assertEquals(0, Mounts.run("mount", "-o", "remount,rw", mountPoint.toString()));
        }
        Assertions.assertArrayEquals(before, Files.readAllBytes(folder.resolve("library.db")));
    }
}
