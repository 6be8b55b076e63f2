package papernotes.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import papernotes.model.InvalidInputException;

/// Reads a note body from a file, or from standard input for `-`. The text must be UTF-8; the whole file is read
/// before anything is saved.
final class BodyFile {

    static final int MAX_BYTES = 40 * 1024 * 1024;

    private BodyFile() {}

    static String read(String spec, InputStream stdin) {
        var name = spec.equals("-") ? "standard input" : "the file '" + spec + "'";
        byte[] bytes;
        try {
            if (spec.equals("-")) {
                bytes = stdin.readNBytes(MAX_BYTES + 1);
            } else {
                var path = Path.of(spec);
                if (Files.isDirectory(path)) {
                    throw new InvalidInputException("Cannot read the body from '" + spec + "': it is a folder.");
                }
                try (var in = Files.newInputStream(path)) {
                    bytes = in.readNBytes(MAX_BYTES + 1);
                }
            }
        } catch (NoSuchFileException e) {
            throw new InvalidInputException("Cannot read the body from " + name + ": no such file.");
        } catch (AccessDeniedException e) {
            throw new InvalidInputException("Cannot read the body from " + name + ": permission denied.");
        } catch (InvalidPathException e) {
            throw new InvalidInputException("'" + spec + "' is not a valid file name.");
        } catch (IOException e) {
            throw new InvalidInputException("Cannot read the body from " + name + ": " + e.getMessage() + ".");
        }
        if (bytes.length > MAX_BYTES) {
            throw new InvalidInputException(
                    "The body in " + name + " is larger than " + MAX_BYTES / (1024 * 1024) + " MB.");
        }
        try {
            var text = StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            throw new InvalidInputException("The body in " + name + " is not UTF-8 text.");
        }
    }
}
