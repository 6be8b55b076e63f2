package papernotes.interchange;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Optional;
import papernotes.model.ImportWarning.Kind;

/// What an Obsidian vault's settings (`.obsidian/app.json`) say about where pasted images go:
/// `attachmentFolderPath` is `/` (the vault's top), `./` (beside each note), `./sub` (a folder beside each note) or
/// a folder of the vault. Settings that cannot be read are a warning, never an error: they only help find images.
final class ObsidianSettings {

    private static final long MAX_BYTES = 1024 * 1024;
    private static final ObjectMapper JSON = new ObjectMapper(JsonFactory.builder()
            .streamReadConstraints(
                    StreamReadConstraints.builder().maxNestingDepth(32).build())
            .build());

    private ObsidianSettings() {}

    static Optional<String> attachmentFolder(Path root, ImportProblems problems, String label) {
        var file = root.resolve(".obsidian").resolve("app.json");
        var name = label + "/.obsidian/app.json";
        try {
            if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
                return Optional.empty();
            }
            if (Files.size(file) > MAX_BYTES) {
                problems.warn(
                        Kind.OTHER,
                        name,
                        0,
                        name + " is larger than 1 MB; Obsidian's attachment folder setting is not read.");
                return Optional.empty();
            }
            var node = JSON.readTree(Files.readAllBytes(file)).path("attachmentFolderPath");
            return node.isTextual() && !node.asText().isBlank()
                    ? Optional.of(node.asText().strip())
                    : Optional.empty();
        } catch (JacksonException e) {
            problems.warn(
                    Kind.OTHER,
                    name,
                    0,
                    name + " is not valid JSON; Obsidian's attachment folder setting is not read.");
            return Optional.empty();
        } catch (IOException e) {
            problems.warn(
                    Kind.OTHER,
                    name,
                    0,
                    "Cannot read " + name + " (" + e.getMessage()
                            + "); Obsidian's attachment folder setting is not read.");
            return Optional.empty();
        }
    }
}
