package papernotes.interchange;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tag;
import net.jqwik.api.Tuple;
import net.jqwik.api.statistics.Statistics;
import papernotes.model.PaperNotesException;
import papernotes.model.TopicPath;

/// The readers of what comes from outside take anything without an uncaught exception (issue #8, part 3): a note
/// file's YAML front matter and fields, and a JSON backup's document. What they refuse, they refuse with the
/// project's own exception and one sentence that names the source. Inputs are mutations of real files (a shipped
/// note, a backup of a small library) and random text; tries per run: `fuzz.tries`.
@Tag("stress")
class InterchangeFuzzTest {

    static final long MOST_NANOS = 3_000_000_000L;

    /// A shipped note as its file has it, and a backup document of a small library, to mutate.
    static final String NOTE = read("/seed-note.md");
    static final String BACKUP = read("/seed-backup.json");

    private static String read(String resource) {
        try (var in = InterchangeFuzzTest.class.getResourceAsStream(resource)) {
            return new String(Objects.requireNonNull(in, resource).readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static final List<String> YAML_PIECES = List.of(
            "---\n",
            "\n---\n",
            ":",
            ": ",
            "- ",
            "[",
            "]",
            "{",
            "}",
            "&a ",
            "*a",
            "!!",
            "!!str ",
            "!!javax.script.ScriptEngineManager ",
            "|",
            ">",
            "'",
            "\"",
            "#",
            "\n",
            "  ",
            "\t",
            "? ",
            "title",
            "topic",
            "tags",
            "aliases",
            "id",
            "year",
            "arxiv",
            "doi",
            "created",
            "updated",
            "2021",
            "k3v9x2mq",
            "换脸",
            "null",
            "~",
            "true",
            "1e400",
            "-",
            ".inf",
            "<<: ",
            "\u0000",
            "\ufeff",
            "%YAML 1.2\n");

    static final List<String> JSON_PIECES = List.of(
            "{",
            "}",
            "[",
            "]",
            ",",
            ":",
            "\"",
            "null",
            "true",
            "1",
            "-1",
            "1e400",
            "9999999999999999999999",
            "\"notes\"",
            "\"topics\"",
            "\"revisions\"",
            "\"id\"",
            "\"topic\"",
            "\"body\"",
            "\"format\"",
            "\"schemaVersion\"",
            "\\u0000",
            "\\ud800",
            "换脸",
            " ",
            "\n");

    @Property
    void frontMatterAndFields_eitherReadOrRefusedInOneSentence(@ForAll("noteFiles") String text) {
        long start = System.nanoTime();
        try {
            var matter = FrontMatter.parse(text, "fuzz/Topic/note.md");
            new NoteFields(VaultKind.PAPERNOTES, new ImportProblems(true), Optional.empty())
                    .note(matter, TopicPath.of("Topic"), "Topic/note.md");
            Statistics.collect("read");
        } catch (PaperNotesException e) {
            assertOneSentence(e, "fuzz/Topic/note.md");
            Statistics.collect("refused");
        }
        // the inputs reach both outcomes, so neither check is idle
        Statistics.coverage(check -> {
            check.check("read").percentage(p -> p > 5);
            check.check("refused").percentage(p -> p > 5);
        });
        assertTrue(System.nanoTime() - start < MOST_NANOS, "took over 3 s");
    }

    /// Without --strict, every file is read (its front matter as text when it is not YAML) or skipped, never
    /// refused, and every warning is one sentence naming the file.
    @Property
    void frontMatterAndFields_leniently_alwaysReadWithWarningsInOneSentence(@ForAll("noteFiles") String text) {
        long start = System.nanoTime();
        var problems = ImportProblems.lenient();
        FrontMatter matter;
        try {
            matter = FrontMatter.parse(text, "fuzz/Topic/note.md");
        } catch (PaperNotesException e) {
            matter = FrontMatter.textOnly(text, "fuzz/Topic/note.md");
            Statistics.collect("as text");
        }
        var note = new NoteFields(VaultKind.PAPERNOTES, problems, Optional.empty())
                .note(matter, TopicPath.of("Topic"), "Topic/note.md");
        Statistics.collect(note.isPresent() ? "read" : "skipped");
        for (var warning : problems.warnings()) {
            assertTrue(warning.text().startsWith("fuzz/Topic/note.md"), warning.text());
            assertTrue(warning.text().endsWith("."), warning.text());
            assertFalse(warning.text().contains("\n"), warning.text());
        }
        Statistics.coverage(check -> check.check("read").percentage(p -> p > 5));
        assertTrue(System.nanoTime() - start < MOST_NANOS, "took over 3 s");
    }

    @Property
    void backupDocument_eitherReadOrRefusedInOneSentence(@ForAll("backups") String text) {
        long start = System.nanoTime();
        var where = "fuzz.zip, papernotes-backup.json";
        try {
            var parsed = new BackupJson(10_000_000)
                    .read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), where);
            new BackupValidator(where).validate(parsed);
            Statistics.collect("read");
        } catch (PaperNotesException e) {
            assertOneSentence(e, "fuzz.zip");
            Statistics.collect("refused");
        }
        Statistics.coverage(check -> {
            check.check("read").percentage(p -> p > 1);
            check.check("refused").percentage(p -> p > 5);
        });
        assertTrue(System.nanoTime() - start < MOST_NANOS, "took over 3 s");
    }

    private static void assertOneSentence(PaperNotesException e, String source) {
        var message = e.getMessage();
        assertFalse(message == null || message.isBlank(), "a message");
        assertTrue(message.contains(source), "names the source: " + message);
        assertFalse(message.contains("\tat "), "no stack trace: " + message);
    }

    @Provide
    Arbitrary<String> noteFiles() {
        return Arbitraries.frequencyOf(
                Tuple.of(4, mutations(NOTE, YAML_PIECES)),
                Tuple.of(
                        2,
                        Arbitraries.of(YAML_PIECES)
                                .list()
                                .ofMaxSize(60)
                                .map(p -> "---\n" + String.join("", p) + "\n---\nbody")),
                Tuple.of(1, Arbitraries.strings().all().ofMaxLength(300).map(s -> "---\n" + s + "\n---\n")),
                Tuple.of(1, Arbitraries.integers().between(1, 3000).map(InterchangeFuzzTest::hostileYaml)));
    }

    @Provide
    Arbitrary<String> backups() {
        return Arbitraries.frequencyOf(
                Tuple.of(5, mutations(BACKUP, JSON_PIECES)),
                Tuple.of(1, Arbitraries.of(JSON_PIECES).list().ofMaxSize(80).map(p -> String.join("", p))),
                Tuple.of(1, Arbitraries.strings().all().ofMaxLength(300)),
                Tuple.of(1, Arbitraries.integers().between(1, 100_000).map(n -> "{\"notes\":" + "[".repeat(n))));
    }

    /// `seed` with one to eight random edits: a piece inserted, a span deleted or duplicated, a character replaced.
    static Arbitrary<String> mutations(String seed, List<String> pieces) {
        return Arbitraries.longs().map(s -> {
            var random = new Random(s);
            var text = new StringBuilder(seed);
            for (int i = 0, n = 1 + random.nextInt(8); i < n; i++) {
                int at = random.nextInt(text.length() + 1);
                switch (random.nextInt(4)) {
                    case 0 -> text.insert(at, pieces.get(random.nextInt(pieces.size())));
                    case 1 -> text.delete(at, Math.min(text.length(), at + 1 + random.nextInt(40)));
                    case 2 -> {
                        int end = Math.min(text.length(), at + random.nextInt(200));
                        text.insert(at, text.substring(at, end));
                    }
                    default -> {
                        if (at < text.length()) {
                            text.setCharAt(at, (char) random.nextInt(0x3000));
                        }
                    }
                }
            }
            return text.toString();
        });
    }

    /// Alias bombs, deep nesting and long scalars, `n` large.
    static String hostileYaml(int n) {
        return switch (n % 4) {
            case 0 -> "---\na: &a [x, x]\n" + "b: &b [*a, *a]\n".repeat(Math.min(n, 60)) + "---\n";
            case 1 -> "---\ntags: " + "[".repeat(n) + "]".repeat(n) + "\n---\n";
            case 2 -> "---\ntitle: " + "x".repeat(n * 100) + "\n---\n";
            default -> "---\n" + "- ".repeat(n) + "a\n---\n";
        };
    }
}
