package papernotes;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CommandLineArgumentsTest {

    private static byte[] cmdline(String... entries) {
        return (String.join("\0", entries) + "\0").getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void theWindowsFolderIsReadWithoutTheParser_unlessTheArgumentsAreOdd() {
        assertEquals(Optional.of(Optional.empty()), CommandLineArguments.windowDataDir(new String[0]));
        assertEquals(
                Optional.of(Optional.of(Path.of("/tmp/lib"))),
                CommandLineArguments.windowDataDir(new String[] {"--data-dir", "/tmp/lib"}));
        assertEquals(
                Optional.of(Optional.of(Path.of("lib 2"))),
                CommandLineArguments.windowDataDir(new String[] {"--data-dir=lib 2"}));
        // a command, a folder given twice or empty: the parser answers
        assertEquals(Optional.empty(), CommandLineArguments.windowDataDir(new String[] {"list"}));
        assertEquals(Optional.empty(), CommandLineArguments.windowDataDir(new String[] {"--data-dir", "a", "list"}));
        assertEquals(
                Optional.empty(), CommandLineArguments.windowDataDir(new String[] {"--data-dir", "a", "--data-dir=b"}));
        assertEquals(Optional.empty(), CommandLineArguments.windowDataDir(new String[] {"--data-dir="}));
        assertEquals(Optional.empty(), CommandLineArguments.windowDataDir(new String[] {"--data-dir"}));
        assertEquals(Optional.empty(), CommandLineArguments.windowDataDir(new String[] {"--verbose"}));
    }

    @Test
    void garbledArgumentsAreTakenFromTheRawCommandLine() {
        var garbled = new String[] {"new", "--title", "\uFFFD\uFFFD\uFFFD\uFFFD", "--topic", "Face Swap"};
        var raw = cmdline("/usr/bin/java", "-jar", "papernotes.jar", "new", "--title", "换脸综述", "--topic", "Face Swap");
        assertArrayEquals(
                new String[] {"new", "--title", "换脸综述", "--topic", "Face Swap"},
                CommandLineArguments.recover(garbled, raw).orElseThrow());
    }

    @Test
    void rawCommandLineThatDisagreesIsIgnored() {
        var args = new String[] {"list", "--json"};
        assertEquals(Optional.empty(), CommandLineArguments.recover(args, cmdline("java", "list", "--tag")));
        assertEquals(Optional.empty(), CommandLineArguments.recover(args, cmdline("java")));
        assertEquals(
                Optional.empty(),
                CommandLineArguments.recover(new String[] {"?"}, new byte[] {'j', 0, (byte) 0xC3, (byte) 0x28, 0}));
    }
}
