package papernotes.interchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class FrontMatterTest {

    @Test
    void splitsYamlFromBodyAndCountsLines() {
        var matter = FrontMatter.parse("""
                ---
                title: "ESRGAN & Real-ESRGAN"
                tags: [super-resolution, gan]
                order: 1
                ---

                ESRGAN 整体基于SRGAN改进
                """, "a.md");
        assertEquals(Optional.of("ESRGAN & Real-ESRGAN"), matter.text("title"));
        assertEquals(List.of("super-resolution", "gan"), matter.list("tags"));
        assertEquals(Optional.of(1), matter.integer("order"));
        assertEquals("ESRGAN 整体基于SRGAN改进\n", matter.body());
        assertEquals(7, matter.bodyLine());
        assertEquals(3, matter.lineOf("tags"));
    }

    @Test
    void fileWithoutFrontMatterIsAllBody() {
        var matter = FrontMatter.parse("# 超分\n\ntext", "b.md");
        assertEquals(Optional.empty(), matter.text("title"));
        assertEquals("# 超分\n\ntext", matter.body());
    }

    @Test
    void singleValueAndCommaListsAreLists() {
        var matter = FrontMatter.parse("---\ntags: gan, 换脸\naliases: LV-ViT\n---\n", "c.md");
        assertEquals(List.of("gan", "换脸"), matter.list("tags"));
        assertEquals(List.of("LV-ViT"), matter.list("aliases"));
    }

    @Test
    void badYamlNamesFileAndLine() {
        var error = assertThrows(
                InterchangeException.class,
                () -> FrontMatter.parse("---\ntitle: ok\ntags: [a, b\n---\nbody", "Face Swap/x.md"));
        assertEquals(true, error.getMessage().startsWith("Face Swap/x.md, line "), error.getMessage());
    }

    @Test
    void unclosedFrontMatterIsRefused() {
        var error = assertThrows(InterchangeException.class, () -> FrontMatter.parse("---\ntitle: x\n", "d.md"));
        assertEquals(
                "d.md, line 1: the front matter starting with '---' is never closed by a '---' line.",
                error.getMessage());
    }

    @Test
    void yamlAliasesAreRefused() {
        assertThrows(InterchangeException.class, () -> FrontMatter.parse("---\na: &x [1, 2]\nb: *x\n---\n", "bomb.md"));
    }

    @Test
    void wrongTypesSayWhichKeyAndLine() {
        var matter = FrontMatter.parse("---\ntitle: x\norder: first\ntags: {a: 1}\n---\n", "e.md");
        assertEquals(
                "e.md, line 3: 'order' must be a whole number.",
                assertThrows(InterchangeException.class, () -> matter.integer("order"))
                        .getMessage());
        assertEquals(
                "e.md, line 4: 'tags' must be a list.",
                assertThrows(InterchangeException.class, () -> matter.list("tags"))
                        .getMessage());
    }

    @Test
    void valuesAreTakenAsWrittenNotAsYamlWouldGuessTheirType() {
        var matter = FrontMatter.parse(
                "---\ntitle: yes\narxiv: 2106.09680\nvenue: 017\ntags: [on, 0x1F, 2021, \"off\"]\n"
                        + "aliases: 1_000, no\nyear: 2021\n---\n",
                "f.md");
        assertEquals(Optional.of("yes"), matter.text("title"));
        assertEquals(Optional.of("2106.09680"), matter.text("arxiv"));
        assertEquals(Optional.of("017"), matter.text("venue"));
        assertEquals(List.of("on", "0x1F", "2021", "off"), matter.list("tags"));
        assertEquals(List.of("1_000", "no"), matter.list("aliases"));
        assertEquals(Optional.of(2021), matter.integer("year"));
    }
}
