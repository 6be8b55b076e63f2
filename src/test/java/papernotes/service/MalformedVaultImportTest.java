package papernotes.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import papernotes.TestLibrary;
import papernotes.interchange.VaultLimits;
import papernotes.model.NoteDraft;
import papernotes.model.PaperNotesException;
import papernotes.model.TopicPath;

/// Malformed vaults. With `--strict`, each is refused, before anything is written, with one sentence that names the
/// file (as `vault/A/x.md`) and the line where there is one; the library file is the same, byte for byte, afterwards
/// (hashed after closing), and no attachment is copied. Without it, a problem in one file never stops the others:
/// the same sentence comes back as a warning that goes on to say what was done, and the other notes are imported;
/// only the limits of the import as a whole still refuse it. Each case is one line of specification.
@Tag("slow")
class MalformedVaultImportTest {

    /// Small limits, so that the size cases stay small: 40 files and folders, 128 KB per file, 200 KB in all.
    private static final VaultLimits LIMITS = new VaultLimits(40, 128 * 1024, 200 * 1024);

    @TempDir
    Path dir;

    @FunctionalInterface
    interface Setup {
        void make(Path vault, Path outside) throws IOException;

        default Setup andThen(String name, String text) {
            return (vault, outside) -> {
                make(vault, outside);
                file(name, text).make(vault, outside);
            };
        }
    }

    private static Setup file(String name, String text) {
        return (vault, outside) -> write(vault.resolve(name), text.getBytes(StandardCharsets.UTF_8));
    }

    private static Setup ours(String name, String text) {
        return (vault, outside) -> {
            write(vault.resolve("_library.md"), "---\nkind: library\n---\n".getBytes(StandardCharsets.UTF_8));
            write(vault.resolve(name), text.getBytes(StandardCharsets.UTF_8));
        };
    }

    private static void write(Path file, byte[] bytes) throws IOException {
        Files.createDirectories(file.getParent());
        Files.write(file, bytes);
    }

    private static Arguments refused(String spec, Setup setup, String message) {
        return Arguments.of(spec, setup, message);
    }

    static Stream<Arguments> cases() {
        return Stream.of(
                refused(
                        "front matter never closed",
                        file("A/x.md", "---\ntitle: x\nbody"),
                        "vault/A/x.md, line 1: the front matter starting with '---' is never closed by a '---' line."),
                refused(
                        "front matter that is not YAML",
                        file("A/x.md", "---\ntitle: ok\ntags: [a, b\n---\n"),
                        "vault/A/x.md, line 4: the front matter is not valid YAML"),
                refused(
                        "front matter indented with a tab",
                        file("A/x.md", "---\ntitle: ok\n\tyear: 2021\n---\n"),
                        "vault/A/x.md, line 3: the front matter is not valid YAML"),
                refused(
                        "front matter that is a list",
                        file("A/x.md", "---\n- a\n- b\n---\n"),
                        "vault/A/x.md, line 2: the front matter must be a set of 'key: value' lines."),
                refused(
                        "a key given twice",
                        file("A/x.md", "---\ntitle: a\ntitle: b\n---\n"),
                        "vault/A/x.md, line 3: the front matter is not valid YAML"),
                refused(
                        "tags as a map",
                        file("A/x.md", "---\ntitle: X\ntags: {a: 1}\n---\n"),
                        "vault/A/x.md, line 3: 'tags' must be a list."),
                refused(
                        "tags as a list of maps",
                        file("A/x.md", "---\ntitle: X\ntags: [{a: 1}]\n---\n"),
                        "vault/A/x.md, line 3: 'tags' must be a list of single values."),
                refused(
                        "a tag with a line break",
                        file("A/x.md", "---\ntitle: X\ntags: [\"a\\nb\"]\n---\n"),
                        "vault/A/x.md, line 3: 'tags': The tag 'a b' contains a line break or control character."),
                refused(
                        "year 'abc'",
                        file("A/x.md", "---\ntitle: X\nyear: abc\n---\n"),
                        "vault/A/x.md, line 3: 'year': The year 'abc' is not a number such as 2021."),
                refused(
                        "year 1066",
                        file("A/x.md", "---\ntitle: X\nyear: 1066\n---\n"),
                        "vault/A/x.md, line 3: 'year': The year 1066 is not between 1900 and 2100."),
                refused(
                        "an empty title",
                        file("A/x.md", "---\ntitle: \"\"\n---\n"),
                        "vault/A/x.md, line 2: 'title' is empty; give the note a title or leave the key out."),
                refused(
                        "a title key without a value",
                        file("A/x.md", "---\ntags: [a]\ntitle:\n---\n"),
                        "vault/A/x.md, line 3: 'title' is empty; give the note a title or leave the key out."),
                refused(
                        "a title that is a list",
                        file("A/x.md", "---\ntitle: [a, b]\n---\n"),
                        "vault/A/x.md, line 2: 'title' must be a single value."),
                refused(
                        "a title with a control character",
                        file("A/x.md", "---\ntitle: \"a\\u0007b\"\n---\n"),
                        "vault/A/x.md, line 2: 'title': A title must be one line without control characters."),
                refused(
                        "a title of 600 characters",
                        file("A/x.md", "---\ntitle: " + "t".repeat(600) + "\n---\n"),
                        "vault/A/x.md, line 2: 'title': A title can be at most 500 characters long."),
                refused(
                        "a YAML global tag for a Java class",
                        file(
                                "A/x.md",
                                "---\ntitle: !!javax.script.ScriptEngineManager [!!java.net.URLClassLoader [[]]]\n---\n"),
                        "vault/A/x.md, line 2: 'title' must be a single value."),
                refused(
                        "an id that is not one, in a PaperNotes vault",
                        ours("A/x.md", "---\nid: NOT-AN-ID\ntitle: X\n---\n"),
                        "vault/A/x.md, line 2: 'id' is not a note id (8 characters such as k3v9x2mq)."),
                refused(
                        "the same id in two files",
                        (vault, outside) -> {
                            file("A/x.md", "---\nid: k3v9x2mq\ntitle: X\n---\n").make(vault, outside);
                            file("B/y.md", "---\ntitle: Y\nid: k3v9x2mq\n---\n").make(vault, outside);
                        },
                        "vault/B/y.md, line 3: the id k3v9x2mq is already used by vault/A/x.md."),
                refused(
                        "a topic path with an empty level",
                        ours("A/x.md", "---\ntitle: X\ntopic: \"a //b\"\n---\n"),
                        "vault/A/x.md, line 3: 'topic': 'a //b' is not a topic path"),
                refused(
                        "a topic file whose title cannot be a topic",
                        ours("A/_topic.md", "---\nkind: topic\ntitle: a/b\n---\n"),
                        "vault/A/_topic.md, line 3: 'title' cannot be a topic's name: The topic name 'a/b' contains '/'"),
                refused(
                        "a paper link with a space",
                        file("A/x.md", "---\ntitle: X\npaper: http://x.org/a b\n---\n"),
                        "vault/A/x.md, line 3: 'paper': The link 'http://x.org/a b' contains spaces or control characters."),
                refused(
                        "an arXiv id that is not one",
                        file("A/x.md", "---\ntitle: X\narxiv: notanid\n---\n"),
                        "vault/A/x.md, line 3: 'arxiv': 'notanid' is not an arXiv id"),
                refused(
                        "a DOI that is not one",
                        file("A/x.md", "---\ntitle: X\ndoi: 11.2/x\n---\n"),
                        "vault/A/x.md, line 3: 'doi': '11.2/x' is not a DOI"),
                refused(
                        "'created' as a map",
                        file("A/x.md", "---\ntitle: X\ncreated: {a: 1}\n---\n"),
                        "vault/A/x.md, line 3: 'created' must be a single value."),
                refused(
                        "invalid UTF-8 on line 3",
                        (vault, outside) -> write(vault.resolve("A/x.md"), new byte[] {
                            '-', '-', '-', '\n', 't', ':', ' ', 'x', '\n', '#', ' ', (byte) 0xC3, (byte) 0x28
                        }),
                        "vault/A/x.md, line 3: the file is not UTF-8 text."),
                refused(
                        "UTF-16 text",
                        (vault, outside) -> write(vault.resolve("A/x.md"), "# 换脸".getBytes(StandardCharsets.UTF_16)),
                        "vault/A/x.md, line 1: the file is not UTF-8 text."),
                refused(
                        "a NUL character in the body",
                        file("A/x.md", "---\ntitle: X\n---\n\nbinary\0data"),
                        "vault/A/x.md, line 5: The note body contains a NUL character; is it a binary file?"),
                refused(
                        "one front matter value over 64 KB",
                        file("A/x.md", "---\ntitle: X\nv: " + "y".repeat(70_000) + "\n---\n"),
                        "vault/A/x.md, line 1: the front matter is larger than 64 KB."),
                refused(
                        "front matter of 14,000 lines",
                        (vault, outside) -> {
                            var big = new StringBuilder("---\n");
                            for (int i = 0; i < 14_000; i++) {
                                big.append("k").append(i).append(": v\n");
                            }
                            write(
                                    vault.resolve("A/x.md"),
                                    big.append("---\n").toString().getBytes(StandardCharsets.UTF_8));
                        },
                        "vault/A/x.md, line 1: the front matter is larger than 64 KB."),
                refused(
                        "front matter nested 40 deep",
                        file("A/x.md", "---\ntitle: X\nv: " + "[".repeat(40) + "]".repeat(40) + "\n---\n"),
                        "vault/A/x.md, line 3: the front matter nests deeper than 16 levels."),
                refused(
                        "an alias bomb",
                        file("A/x.md", "---\na: &a [x, x]\nb: &b [*a, *a]\nc: [*b, *b]\ntitle: X\n---\n"),
                        "vault/A/x.md, line 2: YAML anchors and aliases (&name, *name) are not allowed in the front matter."),
                refused(
                        "an anchored title",
                        file("A/x.md", "---\ntags: [a]\ntitle: &t X\n---\n"),
                        "vault/A/x.md, line 3: YAML anchors and aliases (&name, *name) are not allowed in the front matter."),
                refused(
                        "a note file over the size limit",
                        file("A/big.md", "x".repeat(140_000)),
                        "vault/A/big.md is larger than 128 KB, more than a note can hold."),
                refused(
                        "more files than the limit",
                        (vault, outside) -> {
                            for (int i = 0; i < 45; i++) {
                                file("A/n" + i + ".md", "text").make(vault, outside);
                            }
                        },
                        "vault holds more than 40 files and folders, more than PaperNotes imports at once."),
                refused(
                        "more Markdown than the limit in all",
                        (vault, outside) -> {
                            for (int i = 0; i < 5; i++) {
                                file("A/n" + i + ".md", "x".repeat(60_000)).make(vault, outside);
                            }
                        },
                        "vault holds more than 200 KB"),
                refused(
                        "an image two levels above the vault",
                        file("A/x.md", "---\ntitle: X\n---\n\ntext\n![](../../etc/passwd.png)"),
                        "vault/A/x.md, line 6: the image '../../etc/passwd.png' lies outside the folder being imported."),
                refused(
                        "a link to a non-image above the vault",
                        file("x.md", "![](../secret.txt)"),
                        "vault/x.md, line 1: the image '../secret.txt' lies outside the folder being imported."),
                refused(
                        "an embed above the vault",
                        file("A/x.md", "\n![[../outside.png]]"),
                        "vault/A/x.md, line 2: the image '../outside.png' lies outside the folder being imported."),
                refused(
                        "an image at an absolute path",
                        file("A/x.md", "![](/etc/x.png)"),
                        "vault/A/x.md, line 1: the image '/etc/x.png' is an absolute path; only images inside the folder being imported are taken."),
                refused(
                        "an image on a Windows drive",
                        file("A/x.md", "![](C:/Users/x.png)"),
                        "vault/A/x.md, line 1: the image 'C:/Users/x.png' is an absolute path"),
                refused(
                        "an image at a file: address",
                        file("A/x.md", "![](file:///etc/x.png)"),
                        "vault/A/x.md, line 1: the image 'file:///etc/x.png' is a file address"),
                refused(
                        "a symbolic link to a file outside",
                        (vault, outside) -> {
                            var target = Files.writeString(
                                    Files.createDirectories(outside).resolve("secret.md"), "# secret");
                            Files.createDirectories(vault.resolve("A"));
                            Files.createSymbolicLink(vault.resolve("A/link.md"), target);
                        },
                        "vault/A/link.md is a symbolic link to "),
                refused(
                        "a symbolic link to a folder outside",
                        (vault, outside) -> {
                            Files.writeString(Files.createDirectories(outside).resolve("secret.md"), "# secret");
                            Files.createDirectories(vault);
                            Files.createSymbolicLink(vault.resolve("B"), outside);
                        },
                        "vault/B is a symbolic link to "),
                refused(
                        "an image reached through a symbolic link out",
                        (vault, outside) -> {
                            Files.write(Files.createDirectories(outside).resolve("p.png"), new byte[] {1});
                            file("A/x.md", "![](../img/p.png)").make(vault, outside);
                            Files.createSymbolicLink(vault.resolve("img"), outside);
                        },
                        "vault/img is a symbolic link to "),
                refused(
                        "a folder named like a note",
                        (vault, outside) -> {
                            Files.createDirectories(vault.resolve("A/x.md"));
                            file("A/y.md", "text").make(vault, outside);
                        },
                        "vault/A/x.md is a folder, not a Markdown file."),
                refused(
                        "a note 18 folders deep",
                        file("a/".repeat(18) + "x.md", "text"),
                        "vault/" + "a/".repeat(18) + "x.md: the folder vault/" + "a/".repeat(17)
                                + "a cannot be a topic: Topics nest at most 16 levels deep."),
                refused(
                        "folders nested 25 deep",
                        (vault, outside) -> Files.createDirectories(vault.resolve("a/".repeat(25))),
                        "vault/" + "a/".repeat(20) + "a: folders nest more than 20 levels deep."),
                refused(
                        "an Obsidian #tag of 150 characters",
                        (vault, outside) -> {
                            Files.createDirectories(vault.resolve(".obsidian"));
                            file("A/x.md", "text\n\nsee #" + "t".repeat(150)).make(vault, outside);
                        },
                        "vault/A/x.md, line 3: the tag #tttttttttttttttttttttttttttttttttttttttt… cannot be a tag: A tag can be at most 100 characters long."),
                refused(
                        "a library title that is a list",
                        ours("A/x.md", "text").andThen("_library.md", "---\ntitle: [a]\n---\n"),
                        "vault/_library.md, line 2: 'title' must be a single value."));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void isRefusedNamingTheFileAndLeavesTheLibraryAsItWas(String spec, Setup setup, String message) throws Exception {
        var data = dir.resolve("data");
        try (var test = TestLibrary.empty(data)) {
            test.notes().create(NoteDraft.of("Already there", TopicPath.of("A"), "text"));
        }
        var before = VaultImportTest.sha256(data.resolve("library.db"));
        var vault = dir.resolve("vault");
        setup.make(vault, dir.resolve("outside"));
        try (var test = TestLibrary.empty(data)) {
            var vaultImport = new VaultImport(test.store(), test.notes(), test.clock(), test.search(), LIMITS);
            var dryRun = assertThrows(PaperNotesException.class, () -> vaultImport.plan(vault, ImportOptions.STRICT));
            var error = assertThrows(PaperNotesException.class, () -> vaultImport.apply(vault, ImportOptions.STRICT));
            assertEquals(dryRun.getMessage(), error.getMessage());
            assertTrue(
                    error.getMessage().startsWith(message),
                    "expected: " + message + "\n     got: " + error.getMessage());
            assertEquals(1, error.getMessage().lines().count(), "one line");
        }
        assertEquals(before, VaultImportTest.sha256(data.resolve("library.db")), "library.db unchanged");
        assertFalse(Files.exists(data.resolve("attachments")), "no attachment copied");
    }

    /// What refuses even a lenient import: the import as a whole is over its limits.
    private static final Set<String> WHOLE = Set.of("more files than the limit", "more Markdown than the limit in all");

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void withoutStrictIsAWarningSayingWhatWasDoneAndTheOtherNotesAreImported(String spec, Setup setup, String message)
            throws Exception {
        var data = dir.resolve("data");
        var vault = dir.resolve("vault");
        setup.make(vault, dir.resolve("outside"));
        write(vault.resolve("Z/Fine.md"), "# Fine\n\nA note with nothing wrong.".getBytes(StandardCharsets.UTF_8));
        try (var test = TestLibrary.empty(data)) {
            var vaultImport = new VaultImport(test.store(), test.notes(), test.clock(), test.search(), LIMITS);
            if (WHOLE.contains(spec)) {
                var error = assertThrows(PaperNotesException.class, () -> vaultImport.apply(vault));
                assertTrue(error.getMessage().startsWith(message), error.getMessage());
                return;
            }
            var plan = vaultImport.apply(vault);
            var said = message.replaceFirst("\\.$", "");
            assertTrue(
                    plan.warnings().stream()
                            .anyMatch(w -> w.text().startsWith(said)
                                    && w.text().endsWith(".")
                                    && !w.text().contains(".;")
                                    && w.text().lines().count() == 1),
                    "expected a warning starting: " + said + "\n     got: " + plan.warnings());
            assertTrue(
                    plan.added().stream().anyMatch(note -> note.title().equals("Fine")),
                    plan.added().toString());
        }
    }
}
