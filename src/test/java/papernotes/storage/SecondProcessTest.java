package papernotes.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/// A second process on the same data folder is refused with a clear message and never damages the library.
class SecondProcessTest {

    @TempDir
    Path dir;

    private Process startHolder() throws Exception {
        var java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        var process = new ProcessBuilder(
                        java,
                        "--enable-native-access=ALL-UNNAMED",
                        "-cp",
                        System.getProperty("java.class.path"),
                        LibraryLockHolder.class.getName(),
                        dir.toString())
                .redirectError(ProcessBuilder.Redirect.INHERIT)
                .start();
        var reader = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        var line = reader.readLine();
        assertEquals("ready", line, "the child process should have opened the library");
        return process;
    }

    @Test
    void secondProcessIsRefusedWhileTheFirstHoldsTheLibrary() throws Exception {
        var holder = startHolder();
        try {
            var error = assertThrows(LibraryInUseException.class, () -> LibraryStore.open(dir));
            assertEquals(
                    "The library in " + dir.toAbsolutePath().normalize()
                            + " is in use by another PaperNotes process; close it and try again.",
                    error.getMessage());
        } finally {
            holder.getOutputStream().close();
            assertTrue(holder.waitFor(30, TimeUnit.SECONDS));
        }
        try (var store = LibraryStore.open(dir)) {
            assertEquals("ok", store.integrityCheck());
            assertEquals(Optional.of("child"), store.read(s -> s.meta().get("holder")));
        }
    }

    @Test
    void libraryOfAKilledProcessOpensAgainIntact() throws Exception {
        var holder = startHolder();
        holder.destroyForcibly();
        assertTrue(holder.waitFor(30, TimeUnit.SECONDS));
        try (var store = LibraryStore.open(dir)) {
            assertEquals("ok", store.integrityCheck());
            assertEquals(Optional.of("child"), store.read(s -> s.meta().get("holder")));
        }
    }
}
