package papernotes;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DataDirectoryTest {

    private static final Path HOME = Path.of("/home/lin");

    @Test
    void optionWinsOverEnvironment() {
        var dirs = new DataDirectory(Map.of("PAPERNOTES_HOME", "/env"), "Linux", HOME);
        assertEquals(Path.of("/opt/lib"), dirs.resolve(Optional.of(Path.of("/opt/lib"))));
    }

    @Test
    void papernotesHomeWinsOverThePlatformDefault() {
        var dirs = new DataDirectory(Map.of("PAPERNOTES_HOME", "/env", "XDG_DATA_HOME", "/xdg"), "Linux", HOME);
        assertEquals(Path.of("/env"), dirs.resolve(Optional.empty()));
    }

    @Test
    void linuxFollowsXdgAndFallsBackToLocalShare() {
        assertEquals(
                Path.of("/xdg/papernotes"),
                new DataDirectory(Map.of("XDG_DATA_HOME", "/xdg"), "Linux", HOME).resolve(Optional.empty()));
        assertEquals(
                Path.of("/home/lin/.local/share/papernotes"),
                new DataDirectory(Map.of("XDG_DATA_HOME", "relative/is/ignored"), "Linux", HOME)
                        .resolve(Optional.empty()));
        assertEquals(
                Path.of("/home/lin/.local/share/papernotes"),
                new DataDirectory(Map.of(), "Linux", HOME).resolve(Optional.empty()));
    }

    @Test
    void macAndWindowsUseTheirConventions() {
        assertEquals(
                Path.of("/home/lin/Library/Application Support/PaperNotes"),
                new DataDirectory(Map.of(), "Mac OS X", HOME).resolve(Optional.empty()));
        assertEquals(
                Path.of("/appdata/PaperNotes"),
                new DataDirectory(Map.of("APPDATA", "/appdata"), "Windows 11", HOME).resolve(Optional.empty()));
    }
}
