package papernotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import papernotes.cli.CliRun;
import papernotes.cli.CommandLineApp;
import papernotes.cli.Terminal;
import papernotes.model.NoteId;
import papernotes.storage.LibraryStore;

/// Every command of the command line, end to end over a real library in a temporary folder: the shipped notes,
/// Chinese titles and tags, and each error case (one line on standard error, non-zero exit, nothing written).
@Tag("slow")
class CommandLineTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private CliRun run(String... args) {
        return runWithInput("", args);
    }

    private CliRun runWithInput(String stdin, String... args) {
        return CommandRuns.in(dir).runWithInput(stdin, args);
    }

    private static JsonNode json(CliRun run) {
        assertEquals(0, run.exitCode(), run.err());
        try {
            return JSON.readTree(run.out());
        } catch (Exception e) {
            throw new AssertionError("not JSON: " + run.out(), e);
        }
    }

    private static void assertFails(CliRun run, int code, String message) {
        assertEquals(code, run.exitCode(), run.out());
        assertEquals(1, run.err().lines().count(), "one line on stderr: " + run.err());
        assertEquals("papernotes: " + message, run.err().strip());
    }

    @Test
    void listJsonGivesTheShippedNotesWithTheirTopics() {
        var notes = json(run("list", "--json"));
        assertEquals(27, notes.size());
        var first = notes.get(0);
        assertEquals(
                List.of("id", "title", "topic", "tags", "status", "priority", "created", "updated"),
                iterable(first.fieldNames()));
        var topics = new TreeSet<String>();
        notes.forEach(n -> topics.add(n.get("topic").asText().split(" / ")[0]));
        assertEquals(5, topics.size());
        var imperial = new ArrayList<String>();
        notes.forEach(n -> {
            if (n.get("topic").asText().equals("3D Face Reconstruction / 帝国理工组")) {
                imperial.add(n.get("title").asText());
            }
        });
        assertEquals(List.of("AvatarMe & AvatarMe++", "GANFit & Fast-GANFit", "OSTeC", "TBGAN", "基础"), imperial);
    }

    private static List<String> iterable(Iterator<String> names) {
        var list = new ArrayList<String>();
        names.forEachRemaining(list::add);
        return list;
    }

    @Test
    void listFiltersByTopicAndTag() {
        assertEquals(
                9,
                json(run("list", "--topic", "3D Face Reconstruction", "--json")).size());
        assertEquals(
                5,
                json(run("list", "--topic", "3d face reconstruction/帝国理工组", "--json"))
                        .size());
        assertEquals(
                2,
                json(run("list", "--tag", "tencent", "--json")).size()
                        + json(run("list", "--tag", "alibaba", "--json")).size());
        var text = run("list", "--topic", "Face Swap");
        assertEquals(6, text.lines().size());
        assertTrue(text.out().contains("Disney高清换脸  [Face Swap]"), text.out());
        assertFails(run("list", "--topic", "Nope"), 1, "There is no topic 'Nope'.");
    }

    @Test
    void newWithChineseTitleAndTagsPrintsTheIdAndIsListed() throws Exception {
        var body = dir.resolve("body.md");
        Files.writeString(body, "基于stylegan2,arcface提取id特征\n", StandardCharsets.UTF_8);
        var created = run(
                "new",
                "--title",
                "超分综述",
                "--topic",
                "Super Resolution / 综述",
                "--tag",
                "超分",
                "--tag",
                "综述",
                "--body-file",
                body.toString());
        assertEquals(0, created.exitCode(), created.err());
        var id = created.lastLine();
        assertTrue(NoteId.isWellFormed(id), id);
        var shown = json(run("show", id, "--json"));
        assertEquals("超分综述", shown.get("title").asText());
        assertEquals("Super Resolution / 综述", shown.get("topic").asText());
        assertEquals("[\"超分\",\"综述\"]", shown.get("tags").toString());
        assertEquals("基于stylegan2,arcface提取id特征\n", shown.get("body").asText());
        assertEquals(1, json(run("list", "--tag", "超分", "--json")).size());
        assertTrue(run("show", "超分综述").out().contains("基于stylegan2,arcface提取id特征"));
    }

    @Test
    void newAndEditSetThePaperFields() {
        var created = run(
                "new",
                "--title",
                "LoRA",
                "--topic",
                "Fine-tuning",
                "--arxiv",
                "https://arxiv.org/abs/2106.09685v2",
                "--year",
                "2021",
                "--venue",
                "ICLR",
                "--doi",
                "10.48550/arXiv.2106.09685");
        assertEquals(0, created.exitCode(), created.err());
        var shown = json(run("show", "LoRA", "--json"));
        assertEquals("2106.09685", shown.get("arxiv").asText());
        assertEquals("10.48550/arXiv.2106.09685", shown.get("doi").asText());
        assertEquals(2021, shown.get("year").asInt());
        assertEquals("ICLR", shown.get("venue").asText());
        assertTrue(run("show", "LoRA").out().contains("\narxiv:   2106.09685\n"));
        assertEquals(0, run("edit", "LoRA", "--year", "2022", "--venue", "").exitCode());
        var edited = json(run("show", "LoRA", "--json"));
        assertEquals(2022, edited.get("year").asInt());
        assertTrue(edited.get("venue").isNull());
        assertFails(run("edit", "LoRA", "--year", "21"), 1, "The year 21 is not between 1900 and 2100.");
        assertFails(
                run("new", "--title", "x", "--topic", "A", "--arxiv", "LoRA"),
                1,
                "'LoRA' is not an arXiv id (such as 2106.09685 or hep-th/9901001).");
        assertEquals(2022, json(run("show", "LoRA", "--json")).get("year").asInt());
        assertEquals(28, json(run("list", "--json")).size());
    }

    @Test
    void thePapersFullTitleAuthorsAndAbstractAreTypedAndEditedAndAnAuthorFindsThePaper() {
        var created = run(
                "new",
                "--title",
                "ResNet",
                "--topic",
                "Vision",
                "--paper-title",
                "Deep Residual Learning for Image Recognition",
                "--authors",
                "Kaiming He; Zhang, Xiangyu; Shaoqing Ren",
                "--abstract",
                "Deeper neural networks are more difficult to train.");
        assertEquals(0, created.exitCode(), created.err());
        var shown = json(run("show", "ResNet", "--json"));
        assertEquals(
                "Deep Residual Learning for Image Recognition",
                shown.get("paperTitle").asText());
        assertEquals("Zhang, Xiangyu", shown.get("authors").get(1).asText());
        assertEquals(3, shown.get("authors").size());
        assertTrue(run("search", "Shaoqing").out().contains("ResNet"));

        assertEquals(
                0,
                run("edit", "ResNet", "--authors", "Kaiming He", "--abstract", "")
                        .exitCode());
        var edited = json(run("show", "ResNet", "--json"));
        assertEquals(1, edited.get("authors").size());
        assertTrue(edited.get("abstract").isNull());
        assertEquals(
                "Deep Residual Learning for Image Recognition",
                edited.get("paperTitle").asText());
    }

    @Test
    void newReadsTheBodyFromStandardInput() {
        var created = runWithInput("换脸 ✓\n", "new", "--title", "Note", "--topic", "Face Swap", "--body-file", "-");
        assertEquals(
                "换脸 ✓\n",
                json(run("show", created.lastLine(), "--json")).get("body").asText());
    }

    @Test
    void newRefusesBadInputWithOneLineAndWritesNothing() {
        assertFails(
                run("new", "--title", "  ", "--topic", "Face Swap"),
                1,
                "A note needs a title; the title given is empty.");
        assertFails(
                run(
                        "new",
                        "--title",
                        "x",
                        "--topic",
                        "Face Swap",
                        "--body-file",
                        dir.resolve("missing.md").toString()),
                1,
                "Cannot read the body from the file '" + dir.resolve("missing.md") + "': no such file.");
        assertFails(
                run("new", "--title", "x", "--topic", " / "),
                1,
                "' / ' is not a topic path: every level needs a name, as in 'Face Swap' or '3D Face Reconstruction / 帝国理工组'.");
        assertFails(
                run("new", "--title", "x"),
                2,
                "Missing required option: '--topic=PATH' (see 'papernotes new --help').");
        assertEquals(27, json(run("list", "--json")).size());
        assertEquals(6, json(run("topics", "--json")).size());
    }

    @Test
    void newRefusesABodyThatIsNotUtf8() throws Exception {
        var body = dir.resolve("latin1.md");
        Files.write(body, new byte[] {'c', 'a', 'f', (byte) 0xE9});
        assertFails(
                run("new", "--title", "x", "--topic", "A", "--body-file", body.toString()),
                1,
                "The body in the file '" + body + "' is not UTF-8 text.");
    }

    @Test
    void showFindsByTitleAndPrintsBodyAndMetadata() {
        var shown = run("show", "Attention", "is", "all", "you", "need");
        assertEquals(0, shown.exitCode(), shown.err());
        assertTrue(shown.out().startsWith("# Attention is all you need\n"), shown.out());
        assertTrue(shown.out().contains("提出self-attention"), shown.out());
        var json = json(run("show", "FSGAN", "--json"));
        assertEquals("https://arxiv.org/pdf/1908.05932.pdf", json.get("paper").asText());
        assertEquals("https://github.com/YuvalNirkin/fsgan", json.get("code").asText());
        assertFails(run("show", "zzzzzzzz"), 1, "There is no note with the id or title 'zzzzzzzz'.");
    }

    @Test
    void topicsAndTagsListTheTreeAndCounts() {
        var topics = json(run("topics", "--json"));
        assertEquals(6, topics.size());
        assertEquals("Face Swap", topics.get(0).get("path").asText());
        assertEquals("换脸", topics.get(0).get("nameZh").asText());
        assertEquals(6, topics.get(0).get("notes").asInt());
        var imperial = topics.get(4);
        assertEquals("3D Face Reconstruction / 帝国理工组", imperial.get("path").asText());
        assertEquals("3D Face Reconstruction", imperial.get("parent").asText());
        assertTrue(run("topics").out().contains("\n  帝国理工组  (5)\n"));
        var tags = json(run("tags", "--json"));
        assertEquals("3d-face-reconstruction", tags.get(0).get("name").asText());
        assertEquals(7, tags.get(0).get("count").asInt());
        var counts = new HashMap<String, Integer>();
        tags.forEach(
                tag -> counts.put(tag.get("name").asText(), tag.get("count").asInt()));
        assertEquals(7, counts.get("3dmm"));
        assertEquals(6, counts.get("face-swap"));
        assertEquals(1, counts.get("tencent"));
        assertTrue(run("tags").out().startsWith("3d-face-reconstruction  7\n3dmm  7\n"));
    }

    @Test
    void editChangesTitleTopicBodyAndTagsAndKeepsHistory() throws Exception {
        var body = dir.resolve("new-body.md");
        Files.writeString(body, "复现效果较真实\n");
        var edited = run(
                "edit",
                "GFPGAN",
                "--title",
                "GFPGAN 人脸修复",
                "--topic",
                "Face Restoration",
                "--body-file",
                body.toString(),
                "--add-tag",
                "人脸修复",
                "--remove-tag",
                "ffhq");
        assertEquals(0, edited.exitCode(), edited.err());
        assertTrue(edited.out().contains("revision 1 keeps the previous version"), edited.out());
        var note = json(run("show", "GFPGAN 人脸修复", "--json"));
        assertEquals("Face Restoration", note.get("topic").asText());
        assertEquals(
                "[\"face-restoration\",\"stylegan2\",\"tencent\",\"人脸修复\"]",
                note.get("tags").toString());
        assertEquals("复现效果较真实\n", note.get("body").asText());
        var history = json(run("history", note.get("id").asText(), "--json"));
        assertEquals(1, history.size());
        assertEquals("GFPGAN", history.get(0).get("title").asText());
        assertEquals("Super Resolution", history.get(0).get("topic").asText());
        var old = run("history", note.get("id").asText(), "--revision", "1");
        assertTrue(old.out().contains("出自腾讯"), old.out());
        assertFails(
                run("history", note.get("id").asText(), "--revision", "7"),
                1,
                "The note " + note.get("id").asText() + " has no revision 7 (it has 1 to 1).");
        assertEquals(
                "No changes to " + note.get("id").asText() + " (GFPGAN 人脸修复).",
                run("edit", note.get("id").asText(), "--add-tag", "tencent")
                        .out()
                        .strip());
    }

    @Test
    void editRefusesUnknownNotesAndBadTags() {
        assertFails(run("edit", "nosuch", "--title", "x"), 1, "There is no note with the id or title 'nosuch'.");
        assertFails(run("edit", "FSGAN", "--add-tag", "  "), 1, "A tag cannot be empty.");
        assertEquals(0, json(run("history", "FSGAN", "--json")).size());
    }

    @Test
    void deleteMovesToTrashAndRestoreBringsBack() {
        var deleted = run("delete", "HuMoR");
        assertEquals(0, deleted.exitCode(), deleted.err());
        assertEquals(26, json(run("list", "--json")).size());
        var trash = json(run("trash", "--json"));
        assertEquals(1, trash.size());
        assertEquals("HuMoR", trash.get(0).get("title").asText());
        assertTrue(trash.get(0).has("trashed"));
        var id = trash.get(0).get("id").asText();
        assertTrue(json(run("show", id, "--json")).get("trashed").asBoolean());
        assertFails(run("delete", id), 1, "The note " + id + " (HuMoR) is already in the trash.");
        assertEquals(0, run("restore", id).exitCode());
        assertEquals(27, json(run("list", "--json")).size());
        assertEquals(0, json(run("trash", "--json")).size());
        assertFails(run("restore", id), 1, "The note " + id + " (HuMoR) is not in the trash.");
    }

    @Test
    void historyOfAnUneditedNoteIsEmpty() {
        var run = run("history", "ViT");
        assertEquals(0, run.exitCode());
        assertEquals("", run.out());
        assertTrue(run.err().contains("has not been edited"));
    }

    @Test
    void searchPrintsTheDocumentedJson() {
        var result = json(run("search", "--json", "--limit", "3", "换脸"));
        assertEquals(
                List.of("query", "total", "tookMs", "expanded", "relaxed", "notices", "hits"),
                iterable(result.fieldNames()));
        assertEquals("换脸", result.get("query").asText());
        assertEquals(6, result.get("total").asInt());
        assertEquals(3, result.get("hits").size());
        var hit = result.get("hits").get(0);
        assertEquals(
                List.of("id", "title", "topic", "tags", "status", "priority", "score", "snippets", "pages"),
                iterable(hit.fieldNames()));
        assertEquals("Face Swap", hit.get("topic").asText());
        assertTrue(result.get("expanded").get(0).asText().startsWith("换脸 → "));
    }

    @Test
    void searchWithoutAQueryAnswersEachLineOfStandardInputOnOneLine() throws Exception {
        var run = runWithInput("换脸\nface swap\n\n超分辨率\n", "search", "--json");
        assertEquals(0, run.exitCode(), run.err());
        assertEquals(4, run.lines().size());
        assertEquals("face swap", JSON.readTree(run.lines().get(1)).get("query").asText());
        assertEquals(0, JSON.readTree(run.lines().get(2)).get("total").asInt());
        var text = runWithInput("GPEN\n", "search");
        assertTrue(text.out().startsWith("GPEN\t"), text.out());
    }

    @Test
    void searchFiltersByTopicAndTagAndPrintsSnippets() {
        var filtered = json(run("search", "--json", "--topic", "3D Face Reconstruction / 帝国理工组", "loss"));
        filtered.get("hits")
                .forEach(h -> assertEquals(
                        "3D Face Reconstruction / 帝国理工组", h.get("topic").asText()));
        assertEquals(
                1,
                json(run("search", "--json", "--tag", "tencent", "stylegan2"))
                        .get("total")
                        .asInt());
        var text = run("search", "感知损失");
        assertTrue(text.out().contains("**感知损失**"), text.out());
        assertTrue(text.err().contains("notes ("), text.err());
    }

    @Test
    void anEditIsVisibleToTheNextSearch() throws Exception {
        var body = dir.resolve("b.md");
        Files.writeString(body, "新的想法: qwxyz 方法");
        assertEquals(0, json(run("search", "--json", "qwxyz")).get("total").asInt());
        assertEquals(0, run("edit", "GPEN", "--body-file", body.toString()).exitCode());
        var found = json(run("search", "--json", "qwxyz"));
        assertEquals("GPEN", found.get("hits").get(0).get("title").asText());
    }

    @Test
    void reindexRebuildsTheIndex() throws Exception {
        var reindexed = run("reindex");
        assertEquals(0, reindexed.exitCode(), reindexed.err());
        assertTrue(reindexed.out().startsWith("Indexed 27 notes in "), reindexed.out());
    }

    /// One line per file whatever happens to the others: a file that cannot be read or rendered gets
    /// {"file", "error"}, and the batch goes on.
    @Test
    void renderJsonAnswersEveryFileWhateverHappensToTheOthers() throws Exception {
        var files = new ArrayList<String>();
        var shapes = List.of(
                "---\ntags: [a, b\n---\n# x\n",
                "---\n- a\n- b\n---\n",
                "---\ntitle: [a]\n---\n",
                "---\ntopic: \"a //b\"\n---\n",
                "---\na: &x 1\nb: *x\n---\n",
                "---\n\ttitle: x\n---\n",
                "---\n",
                "# fine\n");
        for (int i = 0; i < shapes.size(); i++) {
            files.add(Files.writeString(dir.resolve("r" + i + ".md"), shapes.get(i))
                    .toString());
        }
        files.add(Files.createDirectories(dir.resolve("folder.md")).toString());
        files.add(Files.write(dir.resolve("gbk.md"), "# 超分\n".getBytes(Charset.forName("GBK")))
                .toString());
        var args = new ArrayList<>(List.of("render", "--json"));
        args.addAll(files);
        var json = runWithInput("", args.toArray(String[]::new));
        assertEquals(files.size(), json.lines().size(), json.out() + json.err());
        for (int i = 0; i < files.size(); i++) {
            var line = JSON.readTree(json.lines().get(i));
            assertEquals(files.get(i), line.get("file").asText());
            assertTrue(line.has("html") != line.has("error"), line.toString());
        }
        assertTrue(JSON.readTree(json.lines().get(7)).has("html"));
    }

    @Test
    void renderPrintsThePageOfANoteOrOfFiles() throws Exception {
        var page = run("render", "--id", "GFPGAN");
        assertEquals(0, page.exitCode(), page.err());
        assertTrue(page.out().startsWith("<!DOCTYPE html>"), page.out());
        assertTrue(page.out().contains("<h1 class=\"note-title\">GFPGAN</h1>"));
        assertTrue(page.out().contains("出自腾讯"));
        var file = dir.resolve("n.md");
        Files.writeString(file, "---\ntitle: \"<b>x</b>\"\n---\n见 [[GPEN]] $E=mc^2$\n");
        var json = runWithInput(
                "",
                "render",
                "--json",
                "--theme",
                "dark",
                file.toString(),
                dir.resolve("missing.md").toString());
        assertEquals(1, json.exitCode());
        assertEquals(2, json.lines().size());
        var first = JSON.readTree(json.lines().get(0));
        assertEquals(file.toString(), first.get("file").asText());
        var html = first.get("html").asText();
        assertTrue(html.contains("data-theme=\"dark\""));
        assertTrue(html.contains("&lt;b&gt;x&lt;/b&gt;"));
        assertTrue(html.contains("<a href=\"note:tswayzv4\" class=\"note-link\" title=\"GPEN\">GPEN</a>"), html);
        assertTrue(html.contains("<span class=\"math inline\">E=mc^2</span>"));
        assertEquals(
                "Cannot read '" + dir.resolve("missing.md") + "': no such file.",
                JSON.readTree(json.lines().get(1)).get("error").asText());
        assertFails(run("render"), 1, "Name a Markdown file to render, or a note with --id.");
    }

    @Test
    void theWindowWithoutTheParser_opensTheFolderGiven_andSaysWhyItCannot() throws Exception {
        var composition = new Composition(
                new DataDirectory(Map.of(), "Linux", dir.resolve("home")),
                Composition.Options.commands(new TestLibrary.SteppingClock()));
        var shown = new ArrayList<Path>();
        var out = new StringWriter();
        var err = new StringWriter();
        var terminal =
                new Terminal(InputStream.nullInputStream(), new PrintWriter(out, true), new PrintWriter(err, true));
        var app = new CommandLineApp(
                composition::open,
                (library, notice) -> {
                    shown.add(library.dataDir());
                    return Optional.empty();
                },
                terminal);
        assertEquals(0, app.runWindow(Optional.of(dir.resolve("data"))));
        assertEquals(List.of(dir.resolve("data").toAbsolutePath().normalize()), shown);
        // a folder that cannot be a library: one line, as the parser's run says it
        Files.writeString(dir.resolve("file"), "x");
        assertEquals(1, app.runWindow(Optional.of(dir.resolve("file"))));
        assertEquals(1, err.toString().lines().count(), err.toString());
        assertTrue(err.toString().startsWith("papernotes: "), err.toString());
    }

    @Test
    void unknownCommandsAndOptionsAreUsageErrors() {
        var unknown = run("frobnicate");
        assertEquals(2, unknown.exitCode());
        assertEquals(1, unknown.err().lines().count(), unknown.err());
        assertTrue(unknown.err().startsWith("papernotes: Unmatched argument at index 2: 'frobnicate'"), unknown.err());
        var badOption = run("list", "--colour");
        assertEquals(2, badOption.exitCode());
        assertTrue(badOption.err().contains("papernotes list --help"), badOption.err());
    }

    @Test
    void verboseShowsTheStackTrace() {
        var run = run("--verbose", "show", "zzzzzzzz");
        assertEquals(1, run.exitCode());
        assertTrue(run.err().contains("NoteNotFoundException"), run.err());
    }

    @Test
    void libraryInUseIsRefusedWithOneLine() {
        try (var held = LibraryStore.open(dir.resolve("data"))) {
            assertFails(
                    run("list"),
                    1,
                    "The library in " + dir.resolve("data")
                            + " is in use by another PaperNotes process; close it and try again.");
        }
    }

    @Test
    void everyCommandHasHelp_asUsageErrorsSay_andHelpPrintsNoWarnings() {
        var usage = run("import");
        assertTrue(usage.err().contains("(see 'papernotes import --help')"), usage.err());
        for (String command : List.of("import", "export", "search", "new", "backup", "restore-backup")) {
            var help = run(command, "--help");
            assertEquals(0, help.exitCode(), command + ": " + help.err());
            assertTrue(help.out().startsWith("Usage: papernotes " + command), help.out());
            assertEquals("", help.err(), command);
        }
        var top = run("--help");
        assertEquals(0, top.exitCode());
        assertEquals("", top.err());
        assertTrue(top.out().contains("%APPDATA%\\PaperNotes (Windows)"), top.out());
        // the measuring tools are not the product's: its help lists only the user's commands
        assertFalse(top.out().contains(" bench "), top.out());
        assertFalse(top.out().contains(" eval "), top.out());
        assertEquals(2, run("bench", "render").exitCode());
    }

    @Test
    void noCommandStartsTheDesktopOnTheOpenLibrary() {
        var composition = new Composition(
                new DataDirectory(Map.of(), "Linux", dir),
                Composition.Options.commands(new TestLibrary.SteppingClock()));
        var seen = new AtomicReference<Path>();
        var run = CliRun.run(
                composition::open,
                (library, notice) -> {
                    seen.set(library.dataDir());
                    return Optional.empty();
                },
                "",
                "--data-dir",
                dir.resolve("gui").toString());
        assertEquals(0, run.exitCode(), run.err());
        assertEquals(dir.resolve("gui"), seen.get());
        assertFalse(Files.exists(dir.resolve(".local")));
    }
}
