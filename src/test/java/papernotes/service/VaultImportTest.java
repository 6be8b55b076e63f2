package papernotes.service;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import papernotes.TestLibrary;
import papernotes.model.Note;
import papernotes.model.NoteDraft;
import papernotes.model.NoteFilter;
import papernotes.model.NoteId;
import papernotes.model.PaperLinks;
import papernotes.model.TopicPath;
import papernotes.service.PlannedNote.Action;

/// `papernotes import PATH`: PaperNotes vaults, Obsidian vaults and plain folders of Markdown; what is added,
/// updated, skipped or copied beside a conflicting note, and that the search index learns about it at once.
class VaultImportTest {

    private static final NoteId ID = new NoteId("k3v9x2mq");

    @TempDir
    Path dir;

    private Path write(String file, String text) throws IOException {
        var path = dir.resolve(file);
        Files.createDirectories(path.getParent());
        return Files.writeString(path, text);
    }

    private static Note only(TestLibrary test, String title) {
        var matches = test.notes().list(NoteFilter.ALL).stream()
                .filter(n -> n.title().equals(title))
                .toList();
        assertEquals(1, matches.size(), title + " in " + test.notes().list(NoteFilter.ALL));
        return test.notes().get(matches.getFirst().id()).note();
    }

    static String sha256(Path file) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    }

    @Test
    void aPlainFolderTakesTitlesFromFrontMatterHeadingOrFileNameAndTopicsFromFolders() throws IOException {
        write("papers/intro.md", "Some text\n\n# Attention is all you need\n\nbody");
        write("papers/ML/GAN/y.md", "---\ntitle: StyleGAN2\ntags: gan, nvidia\n---\ntext");
        write("papers/ML/plain note.md", "no heading here");
        write("papers/ML/code.md", "```\n# not a heading\n```\n");
        try (var test = TestLibrary.empty(dir.resolve("data"))) {
            var plan = test.library().vaultImport().apply(dir.resolve("papers"));
            assertEquals("folder of Markdown files", plan.description());
            assertEquals(4, plan.added().size());
            assertEquals(
                    TopicPath.of("papers"),
                    only(test, "Attention is all you need").topic());
            var gan = only(test, "StyleGAN2");
            assertEquals(TopicPath.parse("ML / GAN"), gan.topic());
            assertEquals(List.of("gan", "nvidia"), gan.tags());
            assertEquals(TopicPath.of("ML"), only(test, "plain note").topic());
            assertEquals("```\n# not a heading\n```\n", only(test, "code").body());
        }
    }

    @Test
    void notesAtTheTopGoToInboxWhenTheFolderNameCannotBeATopic() throws IOException {
        var name = "n".repeat(210);
        write(name + "/x.md", "text");
        try (var test = TestLibrary.empty(dir.resolve("data"))) {
            test.library().vaultImport().apply(dir.resolve(name));
            assertEquals(TopicPath.of("Inbox"), only(test, "x").topic());
        }
    }

    @Test
    void anObsidianVaultGivesTagsFromFrontMatterAndTextAndBringsItsImages() throws IOException {
        write("vault/.obsidian/app.json", "{\"attachmentFolderPath\": \"assets\"}");
        Files.write(Files.createDirectories(dir.resolve("vault/assets")).resolve("shot.png"), new byte[] {1, 2, 3});
        Files.write(Files.createDirectories(dir.resolve("vault/Reading/img")).resolve("fig 1.png"), new byte[] {4, 5});
        write("vault/Reading/FSGAN paper.md", """
                ---
                tags: [gan, "#face-swap"]
                aliases: [FSGAN]
                created: 2023-01-05 14:30
                ---
                # Overview
                Subject-agnostic #换脸 and #video/deep, not #2021, not https://x.org/#frag, not a#b.
                `#code` is not a tag, nor is this:
                ```
                #notatag
                ```
                See [[Other note]] and [[Other note#Part|that part]].
                ![[shot.png]]
                ![figure](img/fig%201.png)
                ![web](https://example.org/a.png)
                """);
        try (var test = TestLibrary.empty(dir.resolve("data"))) {
            var plan = test.library().vaultImport().apply(dir.resolve("vault"));
            assertEquals("Obsidian vault", plan.description());
            assertEquals(
                    List.of("fig 1.png", "shot.png"),
                    plan.attachments().stream().sorted().toList());
            var note = only(test, "FSGAN paper");
            assertEquals(TopicPath.of("Reading"), note.topic());
            assertEquals(List.of("gan", "face-swap", "换脸", "video/deep"), note.tags());
            assertEquals(List.of("FSGAN"), note.aliases());
            assertEquals(Instant.parse("2023-01-05T14:30:00Z"), note.created());
            assertTrue(note.body().contains("See [[Other note]] and [[Other note#Part|that part]]."), note.body());
            assertTrue(note.body().contains("\n![](attachments/shot.png)\n"), note.body());
            assertTrue(note.body().contains("\n![figure](attachments/fig%201.png)\n"), note.body());
            assertTrue(note.body().contains("![web](https://example.org/a.png)"), note.body());
            assertArrayEquals(new byte[] {1, 2, 3}, Files.readAllBytes(dir.resolve("data/attachments/shot.png")));
            assertArrayEquals(new byte[] {4, 5}, Files.readAllBytes(dir.resolve("data/attachments/fig 1.png")));
        }
    }

    @Test
    void anObsidianTitleIsTheFileNameAndAFrontMatterTitleKeepsTheFileNameAsAlias() throws IOException {
        Files.createDirectories(dir.resolve("vault/.obsidian"));
        write("vault/a/Note name.md", "# Heading\n");
        write("vault/a/other.md", "---\ntitle: Real title\n---\n");
        try (var test = TestLibrary.empty(dir.resolve("data"))) {
            test.library().vaultImport().apply(dir.resolve("vault"));
            assertEquals(List.of(), only(test, "Note name").aliases());
            assertEquals(List.of("other"), only(test, "Real title").aliases());
        }
    }

    @Test
    void anImageWhoseNameTheLibraryUsesForOtherBytesGetsItsDigestInTheName() throws IOException {
        Files.createDirectories(dir.resolve("vault"));
        Files.write(dir.resolve("vault/a.png"), new byte[] {9});
        write("vault/A/x.md", "![](../a.png)");
        Files.write(Files.createDirectories(dir.resolve("data/attachments")).resolve("a.png"), new byte[] {1});
        try (var test = TestLibrary.empty(dir.resolve("data"))) {
            var plan = test.library().vaultImport().apply(dir.resolve("vault"));
            var name = plan.attachments().getFirst();
            assertTrue(name.matches("a-[0-9a-f]{16}\\.png"), name);
            assertEquals("![](attachments/" + name + ")", only(test, "x").body());
            assertArrayEquals(
                    new byte[] {1}, Files.readAllBytes(dir.resolve("data/attachments/a.png")), "not replaced");
        }
    }

    @Test
    void aDryRunSaysWhatWouldHappenAndWritesNothing() throws Exception {
        var data = dir.resolve("data");
        try (var test = TestLibrary.empty(data)) {
            test.notes()
                    .create(new NoteDraft(
                            Optional.of(ID),
                            "Known",
                            TopicPath.of("A"),
                            List.of(),
                            List.of(),
                            PaperLinks.NONE,
                            "same"));
        }
        var before = sha256(data.resolve("library.db"));
        write("vault/_library.md", "---\nkind: library\ntitle: Mine\n---\n");
        write("vault/A/known.md", "---\nid: " + ID + "\ntitle: Known\ntopic: A\n---\n\nsame");
        write("vault/B/new.md", "---\ntitle: New\n---\n\ntext");
        try (var test = TestLibrary.empty(data)) {
            var plan = test.library().vaultImport().plan(dir.resolve("vault"));
            assertFalse(plan.applied());
            assertEquals(
                    List.of(Action.SKIP, Action.ADD),
                    plan.notes().stream().map(PlannedNote::action).toList());
            assertEquals("unchanged", plan.skipped().getFirst().reason());
            assertEquals(List.of("B"), plan.newTopics());
        }
        assertEquals(before, sha256(data.resolve("library.db")));
    }

    @Test
    void aChangedTextNeverOverwritesButBecomesAConflictCopyOnce() throws IOException {
        write("vault/_library.md", "---\nkind: library\n---\n");
        write("vault/A/x.md", "---\nid: " + ID + "\ntitle: Paper\ntopic: A\ntags: [gan]\naliases: [P]\n---\n\ntheirs");
        try (var test = TestLibrary.empty(dir.resolve("data"))) {
            test.notes()
                    .create(new NoteDraft(
                            Optional.of(ID),
                            "Paper",
                            TopicPath.of("A"),
                            List.of("gan"),
                            List.of("P"),
                            PaperLinks.NONE,
                            "mine"));
            var plan = test.library().vaultImport().apply(dir.resolve("vault"));
            var conflict = plan.conflicts().getFirst();
            assertEquals(Optional.of(ID), conflict.existing());
            assertEquals("mine", test.notes().get(ID).note().body());
            var copy = test.notes().get(conflict.id().orElseThrow()).note();
            assertEquals("Paper (conflict 2026-01-02)", copy.title());
            assertEquals(List.of("gan", "conflict"), copy.tags());
            assertEquals(List.of(), copy.aliases());
            assertEquals("theirs", copy.body());
            var again = test.library().vaultImport().apply(dir.resolve("vault"));
            assertEquals(Action.SKIP, again.notes().getFirst().action());
            assertEquals(conflict.id(), again.notes().getFirst().id());
            assertEquals(2, test.notes().list(NoteFilter.ALL).size());
        }
    }

    @Test
    void theSameTextWithOtherTagsUpdatesTheNoteAndKeepsItsRevision() throws IOException {
        write("vault/_library.md", "---\nkind: library\n---\n");
        write("vault/A/x.md", "---\nid: " + ID + "\ntitle: Paper v2\ntopic: B\ntags: [new]\nyear: 2021\n---\n\ntext");
        try (var test = TestLibrary.empty(dir.resolve("data"))) {
            test.notes()
                    .create(new NoteDraft(
                            Optional.of(ID),
                            "Paper",
                            TopicPath.of("A"),
                            List.of("old"),
                            List.of(),
                            PaperLinks.NONE,
                            "text"));
            var plan = test.library().vaultImport().apply(dir.resolve("vault"));
            assertEquals(
                    "title, topic, tags, paper fields changed",
                    plan.updated().getFirst().reason());
            var note = test.notes().get(ID).note();
            assertEquals("Paper v2", note.title());
            assertEquals(TopicPath.of("B"), note.topic());
            assertEquals(List.of("new"), note.tags());
            assertEquals(Optional.of(2021), note.links().year());
            assertEquals("Paper", test.history().of(ID).getFirst().title());
        }
    }

    @Test
    void aNoteTheLibraryChangedLaterThanTheFileIsLeftAsItIs() throws IOException {
        write("vault/_library.md", "---\nkind: library\n---\n");
        write(
                "vault/A/x.md",
                "---\nid: " + ID + "\ntitle: Old\ntopic: A\nupdated: 2020-01-01T00:00:00.000Z\n---\n\ntext");
        try (var test = TestLibrary.empty(dir.resolve("data"))) {
            test.notes()
                    .create(new NoteDraft(
                            Optional.of(ID), "New", TopicPath.of("A"), List.of(), List.of(), PaperLinks.NONE, "text"));
            var plan = test.library().vaultImport().apply(dir.resolve("vault"));
            assertEquals(
                    "the library's version is newer (its title changed since)",
                    plan.skipped().getFirst().reason());
            assertEquals("New", test.notes().get(ID).note().title());
        }
    }

    @Test
    void aNoteWithoutIdIsNotAddedTwice() throws IOException {
        write("vault/A/x.md", "---\ntitle: Same\n---\n\ntext");
        write("vault/A/y.md", "---\ntitle: same\n---\n\ntext");
        write("vault/A/z.md", "---\ntitle: Same\n---\n\nother text");
        try (var test = TestLibrary.empty(dir.resolve("data"))) {
            var first = test.library().vaultImport().apply(dir.resolve("vault"));
            assertEquals(
                    List.of(Action.ADD, Action.SKIP, Action.ADD),
                    first.notes().stream().map(PlannedNote::action).toList());
            assertEquals(
                    "the same note (title, topic and text) as vault/A/x.md",
                    first.notes().get(1).reason());
            var second = test.library().vaultImport().apply(dir.resolve("vault"));
            assertEquals(
                    List.of(Action.SKIP, Action.SKIP, Action.SKIP),
                    second.notes().stream().map(PlannedNote::action).toList());
            assertEquals(2, test.notes().list(NoteFilter.ALL).size());
        }
    }

    @Test
    void timesFromFrontMatterAreKeptAndOnesThatAreNotTimesAreReported() throws IOException {
        write(
                "vault/A/x.md",
                "---\ntitle: X\ncreated: 2021-03-04T05:06:07.089Z\nupdated: 2021-05-06T07:08:09+02:00\n---\n");
        write("vault/A/y.md", "---\ntitle: Y\ncreated: yesterday\n---\n");
        try (var test = TestLibrary.empty(dir.resolve("data"))) {
            var plan = test.library().vaultImport().apply(dir.resolve("vault"));
            var x = only(test, "X");
            assertEquals(Instant.parse("2021-03-04T05:06:07.089Z"), x.created());
            assertEquals(Instant.parse("2021-05-06T05:08:09Z"), x.updated());
            assertTrue(only(test, "Y").created().isAfter(TestLibrary.START.minusSeconds(1)));
            assertEquals(
                    List.of("vault/A/y.md, line 3: 'created' is not a date and time ('yesterday'); the time of the"
                            + " import is used instead."),
                    plan.warnings().stream().map(Object::toString).toList());
        }
    }

    @Test
    void importedNotesAreFoundBySearchAtOnce() throws IOException {
        write("vault/A/x.md", "---\ntitle: Zebrafish imaging\n---\n\n斑马鱼 成像");
        try (var test = TestLibrary.empty(dir.resolve("data"))) {
            test.library().vaultImport().apply(dir.resolve("vault"));
            assertEquals(
                    1,
                    test.search()
                            .search("斑马鱼", 10, Optional.empty(), Optional.empty())
                            .hits()
                            .size());
        }
    }

    @Test
    void topicsKeepTheirChineseNamesPlacesAndTextsAndTheLibraryItsTitle() throws IOException {
        write("vault/_library.md", "---\nkind: library\ntitle: 合集\n---\n");
        write("vault/F_S/_topic.md", "---\nkind: topic\ntitle: \"F:S\"\nname_zh: 换脸\norder: 7\n---\n\nAbout it.");
        write("vault/F_S/x.md", "---\ntitle: X\ntopic: \"F:S\"\n---\n");
        try (var test = TestLibrary.empty(dir.resolve("data"))) {
            var plan = test.library().vaultImport().apply(dir.resolve("vault"));
            assertEquals(List.of("F:S"), plan.newTopics());
            var topic = test.topics().list().getFirst();
            assertEquals(TopicPath.of("F:S"), topic.path());
            assertEquals("换脸", topic.nameZh());
            assertEquals(7, topic.position());
            assertEquals("About it.", topic.description());
            test.library().vaultExport().export(dir.resolve("out"));
            assertEquals("---\nkind: library\ntitle: 合集\n---\n", Files.readString(dir.resolve("out/_library.md")));
        }
    }

    @Test
    void anImageTheLibraryAlreadyHoldsIsNeitherCopiedNorRenamed() throws IOException {
        write("vault/_library.md", "---\nkind: library\n---\n");
        Files.write(Files.createDirectories(dir.resolve("vault/attachments")).resolve("1f3a.png"), new byte[] {7});
        write("vault/A/x.md", "---\ntitle: X\n---\n\n![](attachments/1f3a.png)");
        Files.write(Files.createDirectories(dir.resolve("data/attachments")).resolve("1f3a.png"), new byte[] {7});
        try (var test = TestLibrary.empty(dir.resolve("data"))) {
            assertEquals(
                    List.of(),
                    test.library().vaultImport().plan(dir.resolve("vault")).attachments());
            test.library().vaultImport().apply(dir.resolve("vault"));
            assertEquals("![](attachments/1f3a.png)", only(test, "X").body());
        }
    }
}
