package papernotes.ui.note;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/// What each kind of Markdown source is coloured as: the styled part of each line, as a token table.
@Tag("ui")
class MarkdownHighlightingTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            # 超分辨率                       | md-heading:# 超分辨率
            基于`stylegan2`提取               | md-code:`stylegan2`
            损失 $L_{id}$ 加权                | md-math:$L_{id}$
            这是**重点**内容                   | md-strong:**重点**
            an *emphasised* word             | md-em:*emphasised*
            见[[GFPGAN]]                     | md-wikilink:[[GFPGAN]]
            [code](https://github.com/x)     | md-link:[code](https://github.com/x)
            - 列表项                          | md-list:-
            > 引用                            | md-quote:> 引用
            plain text, 普通文字               | ''
            """)
    void stylesOfALine(String line, String expected) {
        assertEquals(expected == null ? "" : expected, String.join(" ", styled(line)));
    }

    @Test
    void frontMatterAndFencedCodeAreStyledWhole() {
        var text = "---\ntitle: X\n---\n正文\n```python\nx = 1 # not a heading\n```\n";
        assertEquals(
                List.of("md-frontmatter:---\ntitle: X\n---\n", "md-code:```python\nx = 1 # not a heading\n```"),
                styled(text));
    }

    private static List<String> styled(String text) {
        var result = new ArrayList<String>();
        int at = 0;
        for (var span : MarkdownHighlighting.of(text)) {
            if (!span.getStyle().isEmpty()) {
                result.add(String.join(",", span.getStyle()) + ":" + text.substring(at, at + span.getLength()));
            }
            at += span.getLength();
        }
        return result;
    }
}
