package papernotes.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import org.jspecify.annotations.Nullable;
import papernotes.interchange.TextDecoding;
import papernotes.model.InvalidInputException;
import papernotes.model.PaperNotesException;
import papernotes.model.Theme;
import papernotes.service.Library;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(
        name = "render",
        description = {
            "Print the HTML page of a note exactly as the note view shows it:",
            "Markdown files (front matter as in notes/), or a note of the library with --id."
        })
final class RenderCommand extends LibraryCommand {

    @Parameters(arity = "0..*", paramLabel = "FILE", description = "Markdown files to render.")
    List<Path> files = new ArrayList<>();

    @Option(names = "--id", paramLabel = "ID", description = "Render this note of the library (id, id prefix, title).")
    @Nullable
    String id;

    @Option(names = "--json", description = "Print one line per input: {\"file\", \"html\"} (or {\"id\", \"html\"}).")
    boolean json;

    @Option(
            names = "--theme",
            paramLabel = "light|dark",
            defaultValue = "light",
            description = "Style sheet (default ${DEFAULT-VALUE}).")
    Theme theme;

    @Override
    int run(Library library, Output output) throws IOException {
        if (id == null && files.isEmpty()) {
            throw new InvalidInputException("Name a Markdown file to render, or a note with --id.");
        }
        if (id != null) {
            var noteId = library.notes().resolve(id);
            print(output, "id", noteId.value(), library.render().note(noteId, theme));
        }
        int failures = 0;
        for (Path file : files) {
            try {
                print(output, "file", file.toString(), library.render().file(read(file), file.toString(), theme));
            } catch (PaperNotesException | IOException | UncheckedIOException e) {
                if (!json || files.size() == 1) {
                    throw e;
                }
                failures++;
                var map = new LinkedHashMap<String, Object>();
                map.put("file", file.toString());
                map.put(
                        "error",
                        e instanceof PaperNotesException
                                ? e.getMessage()
                                : "Cannot read '" + file + "': " + e.getMessage() + ".");
                output.json(map);
            }
        }
        return failures == 0 ? 0 : CommandLineApp.FAILED;
    }

    private void print(Output output, String key, String value, String html) {
        if (json) {
            var map = new LinkedHashMap<String, Object>();
            map.put(key, value);
            map.put("html", html);
            output.json(map);
        } else {
            output.line(html);
        }
    }

    /// The file's text: UTF-8, or GB18030 (GBK) and UTF-16 as the import reads them.
    private static String read(Path file) throws IOException {
        if (Files.isDirectory(file)) {
            throw new InvalidInputException("Cannot read '" + file + "': it is a folder.");
        }
        try {
            return TextDecoding.decode(Files.readAllBytes(file))
                    .map(TextDecoding.Decoded::text)
                    .orElseThrow(() ->
                            new InvalidInputException("'" + file + "' is not text in UTF-8, UTF-16 or GB18030 (GBK)."));
        } catch (NoSuchFileException e) {
            throw new InvalidInputException("Cannot read '" + file + "': no such file.");
        }
    }
}
