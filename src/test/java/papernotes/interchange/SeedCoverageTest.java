package papernotes.interchange;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/// Every line of the user's original collection (a copy in test resources) survives in `notes/`, by the rule of
/// the project's seed-coverage tool: NFKC, lower case, letters and digits only, found inside some `.md` file.
class SeedCoverageTest {

    static String normalise(String text) {
        var folded = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        return folded.codePoints()
                .filter(Character::isLetterOrDigit)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
                .toString();
    }

    @Test
    void everySeedLineIsInTheNotes() throws IOException {
        String seed;
        try (InputStream in = getClass().getResourceAsStream("/seed/notes-2021.txt")) {
            seed = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        String corpus;
        try (Stream<Path> files = Files.walk(Path.of("notes"))) {
            corpus = files.filter(p -> p.toString().endsWith(".md"))
                    .sorted()
                    .map(SeedCoverageTest::read)
                    .map(SeedCoverageTest::normalise)
                    .collect(Collectors.joining("\n"));
        }
        var lines = seed.lines()
                .map(String::strip)
                .filter(l -> normalise(l).length() >= 2)
                .toList();
        var missing = lines.stream().filter(l -> !corpus.contains(normalise(l))).toList();
        assertEquals(List.of(), missing);
        assertEquals(170, lines.size());
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
