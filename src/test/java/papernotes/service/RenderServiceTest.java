package papernotes.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import papernotes.TestLibrary;
import papernotes.markdown.NotePage;
import papernotes.markdown.NoteRenderer;
import papernotes.model.NoteDraft;
import papernotes.model.PaperLinks;
import papernotes.model.Theme;
import papernotes.model.TopicPath;

/// Notes render with their header, links to other notes and images from the attachments folder.
class RenderServiceTest {

    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0, 13};

    @TempDir
    Path dir;

    @Test
    void attachmentsAreInlinedOnlyWhenTheyAreRasterImagesInsideTheFolder() throws Exception {
        try (var test = TestLibrary.empty(dir)) {
            var attachments = Files.createDirectories(dir.resolve("attachments"));
            Files.write(attachments.resolve("图 1.png"), PNG);
            Files.writeString(attachments.resolve("evil.png"), "<svg onload=alert(1)>");
            Files.write(dir.resolve("outside.png"), PNG);
            var render = new RenderService(test.store(), new NotePage(new NoteRenderer()));
            assertEquals(Optional.of("data:image/png;base64,iVBORw0KGgoAAAAN"), render.inlineImage("图 1.png"));
            assertEquals(Optional.empty(), render.inlineImage("evil.png"));
            assertEquals(Optional.empty(), render.inlineImage("../outside.png"));
            assertEquals(Optional.empty(), render.inlineImage("missing.png"));

            var target = test.notes().create(NoteDraft.of("GFPGAN", TopicPath.of("Super Resolution"), "出自腾讯"));
            var note = test.notes()
                    .create(NoteDraft.of("GPEN", TopicPath.of("Super Resolution"), "![图](图%201.png) 见 [[gfpgan]]"));
            var page = render.note(note.id(), Theme.DARK);
            assertTrue(page.contains("<img src=\"data:image/png;base64,iVBORw0KGgoAAAAN\" alt=\"图\">"), page);
            assertTrue(page.contains("href=\"note:" + target.id() + "\""), page);
            assertTrue(page.contains("data-theme=\"dark\""));
            assertTrue(page.contains("<h1 class=\"note-title\">GPEN</h1>"));
            assertTrue(page.contains("<nav class=\"breadcrumb\"><span>Super Resolution</span></nav>"));
        }
    }

    @Test
    void theHeaderShowsVenueYearAndLinksToArxivAndTheDoi() {
        try (var test = TestLibrary.empty(dir)) {
            var links = new PaperLinks(
                    Optional.empty(),
                    Optional.of("https://github.com/microsoft/LoRA"),
                    Optional.of("2106.09685"),
                    Optional.of("10.48550/arXiv.2106.09685"),
                    Optional.of(2021),
                    Optional.of("ICLR"));
            var note = test.notes()
                    .create(new NoteDraft(
                            Optional.empty(),
                            "LoRA",
                            TopicPath.of("Fine-tuning"),
                            List.of(),
                            List.of(),
                            links,
                            "低秩适配"));
            var page = test.library().render().note(note.id(), Theme.LIGHT);
            assertTrue(page.contains("<p class=\"published\">ICLR 2021</p>"), page);
            assertTrue(
                    page.contains("<a href=\"https://github.com/microsoft/LoRA\">code</a>"
                            + "<a href=\"https://arxiv.org/abs/2106.09685\">arXiv</a>"
                            + "<a href=\"https://doi.org/10.48550/arXiv.2106.09685\">DOI</a>"),
                    page);
        }
    }

    /// The window shows the header in its own language: the words for the links are the caller's.
    @Test
    void theHeadersLinkWordsAreTheCallers() {
        try (var test = TestLibrary.empty(dir)) {
            var note = test.notes()
                    .create(new NoteDraft(
                            Optional.empty(),
                            "LoRA",
                            TopicPath.of("Fine-tuning"),
                            List.of(),
                            List.of(),
                            new PaperLinks(
                                    Optional.of("https://arxiv.org/pdf/2106.09685"),
                                    Optional.of("https://github.com/microsoft/LoRA")),
                            "低秩适配"));
            var page = test.library()
                    .render()
                    .note(note.id(), Theme.LIGHT, new LinkLabels("论文", "代码", "arXiv 预印本", "DOI 链接", "摘要"));
            assertTrue(page.contains(">论文</a><a href=\"https://github.com/microsoft/LoRA\">代码</a>"), page);
        }
    }

    @Test
    void theHeaderShowsTheAliases_suchAsThePapersFullTitle() {
        try (var test = TestLibrary.empty(dir)) {
            var note = test.notes()
                    .create(new NoteDraft(
                            Optional.empty(),
                            "ViT",
                            TopicPath.of("ViT Transformer"),
                            List.of(),
                            List.of(
                                    "Vision Transformer",
                                    "An Image is Worth 16x16 Words: Transformers for Image Recognition at Scale"),
                            PaperLinks.NONE,
                            "把图像切成 16x16 的 patch"));
            var page = test.library().render().note(note.id(), Theme.LIGHT);
            assertTrue(
                    page.contains(
                            "<p class=\"aliases\"><span>Vision Transformer</span>"
                                    + "<span>An Image is Worth 16x16 Words: Transformers for Image Recognition at Scale</span></p>"),
                    page);
        }
    }
}
