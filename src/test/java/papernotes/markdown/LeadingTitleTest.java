package papernotes.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/// The title is shown once: a first `# heading` equal to the note's title is left out of the page, nothing else.
class LeadingTitleTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            the heading equal to the title goes                  | "# Deep ADMM-Net\\n\\ntext"            | "\\ntext"
            after blank lines and Typora's [TOC] too             | "[TOC]\\n\\n# deep admm-net  \\ntext" | "[TOC]\\n\\ntext"
            a closing sequence of # marks is not part of it      | "# Deep ADMM-Net ##\\ntext"            | "text"
            another first heading stays                          | "# Method\\ntext"                      | "# Method\\ntext"
            a second-level heading stays                         | "## Deep ADMM-Net\\ntext"              | "## Deep ADMM-Net\\ntext"
            text before the heading keeps it                     | "intro\\n# Deep ADMM-Net"              | "intro\\n# Deep ADMM-Net"
            the heading as the whole note                        | "# Deep ADMM-Net"                      | ""
            """)
    void leavesOutOnlyAFirstHeadingEqualToTheTitle(String spec, String markdown, String expected) {
        assertEquals(
                expected.replace("\\n", "\n"), LeadingTitle.without(markdown.replace("\\n", "\n"), "Deep ADMM-Net"));
    }
}
