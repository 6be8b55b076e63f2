package papernotes.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/// The text of a note that search indexes and snippets show: an HTML image is its formula or its alt text, not its
/// markup (a snippet of a Typora note showed `" />` from a codecogs tag); its links are counted (a digest of papers
/// is mostly links: search ranks it below the notes on the papers).
class MarkdownTextTest {

    private final MarkdownText text = new MarkdownText();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '~', textBlock = """
            a codecogs formula in a sentence | 损失 <img src="http://latex.codecogs.com/svg.latex? \\hat{x}=F y" border="0"/> 其中 | 损失 \\hat{x}=F y 其中
            a screenshot with its alt text   | 见 <img src="/Users/me/a.png" alt="网络结构" style="zoom:50%;" /> 图          | 见 网络结构 图
            other HTML stays as written      | <b>粗</b> 体                                                                    | <b>粗</b> 体
            """)
    void anHtmlImageIsItsFormulaOrItsAltText(String spec, String markdown, String expected) {
        assertEquals(expected, text.plainText(markdown).strip());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '~', textBlock = """
            inline links                       | 见 [DDPM](https://arxiv.org/abs/2006.11239) 和 [代码](https://github.com/x/y) | 2
            an autolink                        | 原文 <https://arxiv.org/abs/2006.11239>                                        | 1
            images are not links               | ![网络结构](a.png) 与 ![](b.png)                                               | 0
            brackets in a formula are not      | 损失 $[-\\log p(x)]$ 与 [TOC] 和 [60]                                          | 0
            """)
    void aNoteCountsItsLinks(String spec, String markdown, int links) {
        assertEquals(links, text.read(markdown).links());
    }
}
