package papernotes.ui.note;

import java.io.IOException;
import java.nio.file.Path;

/// The system commands the disk tests mount their small filesystems with (they need root).
final class Mounts {

    private Mounts() {}

    /// Runs `command`, discarding its output; its exit code.
    static int run(String... command) throws IOException, InterruptedException {
        var process = new ProcessBuilder(command).redirectErrorStream(true).start();
        process.getInputStream().readAllBytes();
        return process.waitFor();
    }

    /// Unmounts `mountPoint`, lazily if something still holds it, so that no mount outlives the build.
    static void unmount(Path mountPoint) throws IOException, InterruptedException {
        if (run("umount", mountPoint.toString()) != 0) {
            run("umount", "-l", mountPoint.toString());
        }
    }
}
