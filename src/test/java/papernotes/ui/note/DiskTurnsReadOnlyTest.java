package papernotes.ui.note;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import papernotes.TestFolders;
import papernotes.TestLibrary;
import papernotes.model.NoteDraft;
import papernotes.model.NoteId;
import papernotes.model.TopicPath;
import papernotes.storage.LibraryFiles;
import papernotes.ui.DirectBackground;
import papernotes.ui.ManualScheduler;
import papernotes.ui.Messages;
import papernotes.ui.UiLanguage;

/// The disk under the data folder turns read-only while a note is being edited (issue #8, part 4), as Linux does
/// to an ext4 filesystem that meets an error (`errors=remount-ro`). On a real one: a 16 MB ext4 image on a loop
/// device, mounted for the test (root, as the build machine has), sent into its emergency read-only state through
/// `/sys/fs/ext4/DEVICE/trigger_fs_error` while the library is open. The save is refused with a sentence saying
/// why, the text stays in the editor and can be saved elsewhere, and the library, mounted again, holds the last
/// confirmed save and nothing half-written.
@Tag("ui")
class DiskTurnsReadOnlyTest {

    private Path scratch;
    private Path mountPoint;
    private String device = "";
    private TestLibrary test;
    private final ManualScheduler clock = new ManualScheduler();

    @BeforeEach
    void mountAnExt4Disk() throws Exception {
        scratch = Files.createTempDirectory("papernotes-ext4");
        mountPoint = Files.createDirectory(scratch.resolve("disk"));
        var image = scratch.resolve("disk.img");
        Assumptions.assumeTrue(
                Mounts.run("truncate", "-s", "16M", image.toString()) == 0
                        && Mounts.run("mkfs.ext4", "-q", image.toString()) == 0,
                "making an ext4 filesystem needs e2fsprogs");
        Assumptions.assumeTrue(
                Mounts.run("mount", "-o", "loop,errors=remount-ro", image.toString(), mountPoint.toString()) == 0,
                "mounting a loop device needs root and loop devices");
        device = Files.readAllLines(Path.of("/proc/mounts")).stream()
                .filter(line -> line.split(" ")[1].equals(mountPoint.toString()))
                .map(line -> Path.of(line.split(" ")[0]).getFileName().toString())
                .findFirst()
                .orElseThrow();
    }

    @AfterEach
    void unmount() throws Exception {
        try {
            if (test != null) {
                test.close();
            }
        } finally {
            // whatever the test left open, the disk goes
            Mounts.unmount(mountPoint);
            TestFolders.delete(scratch);
        }
    }

    @Test
    void theSaveIsRefusedSayingWhy_theTextStaysAndCanBeSavedElsewhere_andTheLibraryHoldsTheLastConfirmedSave()
            throws Exception {
        var folder = mountPoint.resolve("library");
        test = TestLibrary.empty(folder);
        var library = test.library();
        NoteId note = library.notes()
                .create(NoteDraft.of("GPEN", TopicPath.of("Super Resolution"), "超分"))
                .id();
        var viewModel = new NoteViewModel(
                library.notes(), library.render(), new DirectBackground(), clock, Messages.of(UiLanguage.ENGLISH));
        viewModel.open(note);
        viewModel.toggleEdit();
        viewModel.bodyProperty().set("超分 GAN prior, confirmed");
        clock.advance(NoteViewModel.AUTOSAVE);
        assertFalse(
                viewModel.dirtyProperty().get(), viewModel.saveStatusProperty().get());

        var trigger = Path.of("/sys/fs/ext4", device, "trigger_fs_error");
        Assumptions.assumeTrue(Files.isWritable(trigger), "this kernel cannot send ext4 into its read-only state");
        Files.writeString(trigger, "test: the disk turns read-only while PaperNotes runs\n");
        assertTrue(
                Files.readAllLines(Path.of("/proc/mounts")).stream()
                        .anyMatch(line ->
                                line.split(" ")[1].equals(mountPoint.toString()) && line.contains("emergency_ro")
                                        || line.split(" ")[1].equals(mountPoint.toString())
                                                && line.split(" ")[3].startsWith("ro")),
                "the filesystem did not turn read-only");

        var typed = "超分 GAN prior, confirmed\n\n加一段: 在只读之后写的 text";
        viewModel.bodyProperty().set(typed);
        clock.advance(NoteViewModel.AUTOSAVE);
        var status = viewModel.saveStatusProperty().get();
        assertTrue(status.startsWith("Not saved: "), status);
        assertTrue(status.toLowerCase(Locale.ROOT).contains("read-only"), status);
        assertEquals(typed, viewModel.bodyProperty().get(), "the text stays in the editor");
        assertTrue(viewModel.dirtyProperty().get());

        var elsewhere = scratch.resolve("GPEN.md");
        assertTrue(viewModel.saveCopy(elsewhere), viewModel.saveStatusProperty().get());
        assertTrue(Files.readString(elsewhere).endsWith(typed), "a copy can be saved on another disk");

        assertFalse(viewModel.flush(), "the draft is still refused, not dropped");
        assertEquals(typed, viewModel.bodyProperty().get());

        // the machine is restarted: the disk is mounted again, and the library opens sound, with the last save
        viewModel.shutdown();
        test.close();
        test = null;
        assertEquals(0, Mounts.run("umount", mountPoint.toString()));
        assertEquals(
                0, Mounts.run("mount", "-o", "loop", scratch.resolve("disk.img").toString(), mountPoint.toString()));
        assertEquals(
                1,
                LibraryFiles.check(folder.resolve("library.db"), "the library").notes());
        test = TestLibrary.empty(folder);
        assertEquals(
                "超分 GAN prior, confirmed",
                test.library().notes().get(note).note().body());
    }
}
