package papernotes.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import papernotes.TestLibrary;
import papernotes.model.ImportWarning;
import papernotes.model.Note;
import papernotes.model.NoteFilter;
import papernotes.model.PaperNotesException;
import papernotes.model.Theme;
import papernotes.model.TopicPath;

/// A folder as researchers really have them, written in Typora (the shapes below are lines of a real public
/// collection of 477 paper notes): screenshots linked by absolute paths on another computer, formulas drawn by a
/// web service, links between notes by file name, a file saved in GBK, front matter that is not YAML, a file name
/// Windows refuses. Everything is imported, and the report names each problem and what was done.
class TyporaFolderImportTest {

    @TempDir
    Path dir;

    private Path folder;

    private void write(String file, String text) throws IOException {
        write(file, text.getBytes(StandardCharsets.UTF_8));
    }

    private void write(String file, byte[] bytes) throws IOException {
        var path = folder.resolve(file);
        Files.createDirectories(path.getParent());
        Files.write(path, bytes);
    }

    private static Note only(TestLibrary test, String title) {
        var matches = test.notes().list(NoteFilter.ALL).stream()
                .filter(n -> n.title().equals(title))
                .toList();
        assertEquals(1, matches.size(), title + " in " + test.notes().list(NoteFilter.ALL));
        return test.notes().get(matches.getFirst().id()).note();
    }

    private void typoraFolder() throws IOException {
        folder = dir.resolve("paper-notes");
        write("deep-admm-net.md", """
                [TOC]

                # Deep ADMM-Net for Compressive Sensing MRI

                ![屏幕快照 2020-12-13 下午9.11.39](/Users/me/Pictures/screenshot/屏幕快照 2020-12-13 下午9.11.39.png)

                <img src="/Users/me/Pictures/screenshot/屏幕快照 2021-03-09 下午6.58.46.png" alt="截图" style="zoom:50%;" />

                <img src="http://latex.codecogs.com/svg.latex? \\hat{x}=\\arg \\min \\left\\|F_{u} x-y\\right\\|_{2}^{2}" border="0"/>

                <img src="imgs/fig 1.png" style="zoom:50%;" />

                 见 [ISTA-Net](ista%20net.md#方法) 与 [它的前身](missing-note.md)，[同一篇](ista&#32;net.md)。

                [PDF](papers/paper%201.pdf "原文") [Paper](file:///Users/me/Documents/Papers/deep-admm-net.pdf)
                """);
        write("papers/paper 1.pdf", "%PDF-1.4 a paper".getBytes(StandardCharsets.US_ASCII));
        write("imgs/fig 1.png", new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0, 0});
        write("ista net.md", "# ISTA-Net 可解释的压缩感知网络\n\n## 方法\n\n迭代收缩阈值算法展开为网络。\n".getBytes(Charset.forName("GBK")));
        write("broken.md", "---\ntitle: [unclosed\n---\n# 损坏的前言\n\n正文保留。\n");
        write("is-deeper-better?.md", "# Is Deeper Better only when Shallow is Good?\n\n换个问题。\n");
    }

    @Test
    void everyNoteIsImportedAndEachProblemIsAWarningSayingWhatWasDone() throws IOException {
        typoraFolder();
        try (var test = TestLibrary.empty(dir.resolve("data"))) {
            var plan = test.library().vaultImport().apply(folder);
            assertEquals(4, plan.added().size(), plan.notes().toString());
            Map<ImportWarning.Kind, Long> kinds =
                    plan.warnings().stream().collect(Collectors.groupingBy(ImportWarning::kind, Collectors.counting()));
            assertEquals(
                    Map.of(
                            ImportWarning.Kind.IMAGE,
                            2L,
                            ImportWarning.Kind.LINK,
                            2L,
                            ImportWarning.Kind.ENCODING,
                            1L,
                            ImportWarning.Kind.FRONT_MATTER,
                            1L),
                    kinds,
                    plan.warnings().toString());
            var texts = plan.warnings().stream().map(ImportWarning::text).toList();
            assertTrue(
                    texts.contains("paper-notes/ista net.md, line 1: the file is not UTF-8 text; it was read as"
                            + " GB18030 and converted."),
                    texts.toString());
            assertTrue(
                    texts.contains(
                            "paper-notes/deep-admm-net.md, line 5: the image '/Users/me/Pictures/screenshot/"
                                    + "屏幕快照 2020-12-13 下午9.11.39.png' is an absolute path; only images inside the folder being"
                                    + " imported are taken; its link is kept as written and the note shows the image as not available."),
                    texts.toString());
            assertTrue(
                    texts.contains("paper-notes/deep-admm-net.md, line 13: the link to 'missing-note.md' leads to no"
                            + " note of the folder being imported; it is kept as written."),
                    texts.toString());
            assertTrue(
                    texts.contains("paper-notes/deep-admm-net.md, line 15: the link to 'file:///Users/me/Documents/"
                            + "Papers/deep-admm-net.pdf' is a file address outside the folder being imported; it is kept as"
                            + " written."),
                    texts.toString());
            assertEquals(List.of("fig 1.png", "paper 1.pdf"), plan.attachments());

            var admm = only(test, "Deep ADMM-Net for Compressive Sensing MRI");
            assertTrue(
                    admm.body().contains("(/Users/me/Pictures/screenshot/屏幕快照 2020-12-13 下午9.11.39.png)"),
                    "the reference stays as written");
            assertTrue(
                    admm.body().contains("<img src=\"attachments/fig%201.png\" style=\"zoom:50%;\" />"), admm.body());
            assertTrue(
                    admm.body()
                            .contains("见 [[ISTA-Net 可解释的压缩感知网络#方法|ISTA-Net]] 与 [它的前身](missing-note.md)，"
                                    + "[[ISTA-Net 可解释的压缩感知网络|同一篇]]。"),
                    "an entity for the space, as Typora writes it: " + admm.body());
            assertTrue(
                    admm.body().contains("[PDF](attachments/paper%201.pdf \"原文\") [Paper](file:///Users/me/"),
                    admm.body());
            assertEquals(
                    "迭代收缩阈值算法展开为网络。",
                    only(test, "ISTA-Net 可解释的压缩感知网络")
                            .body()
                            .lines()
                            .filter(line -> line.startsWith("迭代"))
                            .findFirst()
                            .orElseThrow());
            var broken = only(test, "损坏的前言");
            assertTrue(broken.body().startsWith("---\ntitle: [unclosed\n---\n"), "the front matter is kept as text");
            assertEquals(
                    TopicPath.of("paper-notes"),
                    only(test, "Is Deeper Better only when Shallow is Good?").topic());

            var page = test.library().render().note(admm.id(), Theme.LIGHT);
            assertTrue(
                    page.contains("<span class=\"image-missing\" title=\"/Users/me/Pictures/screenshot/屏幕快照"
                            + " 2020-12-13 下午9.11.39.png\">"),
                    "a placeholder for the screenshot");
            assertTrue(
                    page.contains("<span class=\"math display\">\\hat{x}=\\arg \\min"), "the formula, drawn offline");
            assertTrue(page.contains("<img src=\"data:image/png;base64,"), "the copied image shows");
            assertTrue(page.contains("<a href=\"attachment:paper%201.pdf\" title=\"原文\">PDF</a>"), "the PDF opens");
            var ista = only(test, "ISTA-Net 可解释的压缩感知网络");
            assertTrue(page.contains("href=\"note:" + ista.id() + "\""), "the link between notes is a note link");
            assertTrue(
                    test.notes().backlinks(ista.id()).stream()
                            .anyMatch(link -> link.id().equals(admm.id())),
                    "and a backlink");
        }
    }

    @Test
    void aStrictImportRefusesTheFolderAtTheFirstProblemAndWritesNothing() throws IOException {
        typoraFolder();
        try (var test = TestLibrary.empty(dir.resolve("data"))) {
            var error = Assertions.assertThrows(
                    PaperNotesException.class,
                    () -> test.library().vaultImport().apply(folder, ImportOptions.STRICT));
            assertTrue(error.getMessage().startsWith("paper-notes/"), error.getMessage());
            assertEquals(0, test.notes().list(NoteFilter.ALL).size());
        }
    }

    @Test
    void underATopicOfTheUsersChoiceTheFoldersGoBelowIt() throws IOException {
        folder = dir.resolve("notes");
        write("top.md", "# Top\n");
        write("MRI/重建.md", "# 重建\n");
        try (var test = TestLibrary.empty(dir.resolve("data"))) {
            test.library()
                    .vaultImport()
                    .apply(folder, new ImportOptions(false, Optional.of(TopicPath.parse("Reading / 医学"))));
            assertEquals(TopicPath.parse("Reading / 医学"), only(test, "Top").topic());
            assertEquals(TopicPath.parse("Reading / 医学 / MRI"), only(test, "重建").topic());
        }
    }
}
