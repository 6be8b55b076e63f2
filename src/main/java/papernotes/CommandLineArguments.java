package papernotes;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/// Recovers command-line arguments that the JVM decoded with a non-UTF-8 platform encoding. Under the C/POSIX
/// locale (common in scripts, cron and CI) the JVM turns `换脸` in `args` into replacement characters, so a
/// Chinese title given on the command line would be stored garbled. On Linux the original bytes are still in
/// `/proc/self/cmdline`; when they are valid UTF-8 and agree with every argument the JVM did decode, they win.
final class CommandLineArguments {

    private CommandLineArguments() {}

    /// Whether the arguments ask for the desktop window: no command, at most a data folder.
    static boolean asksForWindow(String[] args) {
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--data-dir") && i + 1 < args.length) {
                i++;
            } else if (!args[i].startsWith("--data-dir=")) {
                return false;
            }
        }
        return true;
    }

    /// For arguments that ask for the window, the data folder they name: empty when none, or nothing when they
    /// name it twice or empty (the command line's parser then says what is wrong).
    static Optional<Optional<Path>> windowDataDir(String[] args) {
        if (!asksForWindow(args)) {
            return Optional.empty();
        }
        var folders = new ArrayList<String>();
        for (int i = 0; i < args.length; i++) {
            folders.add(args[i].equals("--data-dir") ? args[++i] : args[i].substring("--data-dir=".length()));
        }
        if (folders.size() > 1 || folders.stream().anyMatch(String::isEmpty)) {
            return Optional.empty();
        }
        try {
            return Optional.of(folders.stream().findFirst().map(Path::of));
        } catch (InvalidPathException e) {
            return Optional.empty();
        }
    }

    static String[] recover(String[] args) {
        var encoding = System.getProperty("sun.jnu.encoding", "UTF-8");
        if (isUtf8(encoding) || !Files.isReadable(Path.of("/proc/self/cmdline"))) {
            return args;
        }
        try {
            return recover(args, Files.readAllBytes(Path.of("/proc/self/cmdline")))
                    .orElse(args);
        } catch (IOException | SecurityException e) {
            return args;
        }
    }

    /// The last `args.length` entries of `cmdline` (NUL-separated, UTF-8) if they match `args` wherever the JVM
    /// decoded an argument without loss.
    static Optional<String[]> recover(String[] args, byte[] cmdline) {
        var entries = split(cmdline);
        if (entries.size() < args.length) {
            return Optional.empty();
        }
        var decoder = StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        var recovered = new String[args.length];
        int offset = entries.size() - args.length;
        for (int i = 0; i < args.length; i++) {
            try {
                recovered[i] =
                        decoder.decode(ByteBuffer.wrap(entries.get(offset + i))).toString();
            } catch (CharacterCodingException e) {
                return Optional.empty();
            }
            boolean lossless = args[i].chars().allMatch(c -> c < 0x80);
            if (lossless && !args[i].equals(recovered[i])) {
                return Optional.empty();
            }
        }
        return Optional.of(recovered);
    }

    private static List<byte[]> split(byte[] cmdline) {
        var entries = new ArrayList<byte[]>();
        int start = 0;
        for (int i = 0; i < cmdline.length; i++) {
            if (cmdline[i] == 0) {
                entries.add(Arrays.copyOfRange(cmdline, start, i));
                start = i + 1;
            }
        }
        if (start < cmdline.length) {
            entries.add(Arrays.copyOfRange(cmdline, start, cmdline.length));
        }
        return entries;
    }

    private static boolean isUtf8(String encoding) {
        try {
            return Charset.forName(encoding).equals(StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
