package papernotes.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import papernotes.model.OutlineEntry;

/// The outline of a note: its headings as the parser sees them, each with its level, its line in the source (for
/// the editor) and its place among the headings of the rendered page (for the note view).
class NoteOutlineTest {

    private final NoteOutline outline = new NoteOutline();

    @Test
    void listsEveryHeadingWithItsLevelAndLine_inOrder() {
        var markdown = """
                # 方法 Method
                text

                ## 损失函数
                Setext heading
                --------------
                ### arcface `id` 特征
                """;
        assertEquals(
                List.of(
                        new OutlineEntry(1, "方法 Method", 0, 0),
                        new OutlineEntry(2, "损失函数", 3, 1),
                        new OutlineEntry(2, "Setext heading", 4, 2),
                        new OutlineEntry(3, "arcface id 特征", 6, 3)),
                outline.of(markdown, "GFPGAN"));
    }

    @Test
    void duplicateHeadings_eachKeepTheirOwnLineAndPlace() {
        var markdown = "## Results\na\n\n## Method\nb\n\n## Results\nc\n";
        assertEquals(
                List.of(
                        new OutlineEntry(2, "Results", 0, 0),
                        new OutlineEntry(2, "Method", 3, 1),
                        new OutlineEntry(2, "Results", 6, 2)),
                outline.of(markdown, "Paper"));
    }

    @Test
    void aLeadingTitleThePageLeavesOut_isNotInTheOutline_andTheOthersCountFromThePage() {
        var markdown = "# GFPGAN\n\n## 方法\ntext\n## 结果\n";
        assertEquals(
                List.of(new OutlineEntry(2, "方法", 2, 0), new OutlineEntry(2, "结果", 4, 1)),
                outline.of(markdown, "GFPGAN"));
    }

    @Test
    void hashesInCodeAndFrontMatterAreNotHeadings_andAnEmptyHeadingKeepsItsPlace() {
        var markdown = "```\n# not a heading\n```\n#\n## 结果\n";
        assertEquals(List.of(new OutlineEntry(2, "结果", 4, 1)), outline.of(markdown, "Paper"));
    }

    @Test
    void aNoteWithoutHeadings_hasAnEmptyOutline() {
        assertEquals(List.of(), outline.of("只有一段文字", "Paper"));
    }
}
