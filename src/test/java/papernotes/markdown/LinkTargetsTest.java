package papernotes.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import papernotes.model.LinkTarget;
import papernotes.model.NoteId;

/// What counts as a link from one note to another: exactly what the note view shows as one.
class LinkTargetsTest {

    private final LinkTargets targets = new LinkTargets();

    private static LinkTarget name(String name) {
        return LinkTarget.name(name);
    }

    private static LinkTarget id(String id) {
        return LinkTarget.id(new NoteId(id));
    }

    @Test
    void wikiLinksNameANoteByTitleOrAliasIgnoringAsciiCaseAndSpaces() {
        assertEquals(
                List.of(name("gpen"), name("esrgan & real-esrgan"), name("高清换脸")),
                targets.of("见 [[GPEN]]、[[ GPEN |这篇]] 与 [[ESRGAN & Real-ESRGAN]]，还有 [[高清换脸]]"));
    }

    @Test
    void noteAddressesNameANoteById() {
        assertEquals(List.of(id("tswayzv4"), id("69582vnt"), id("7y177w0f"), id("v5bsev2g")), targets.of("""
                [GPEN](note:tswayzv4) 与 <note:69582vnt>，另见 [DFDNet][d] 和 [ESRGAN]( NOTE:V5BSEV2G )。

                [d]: note:7y177w0f
                """));
    }

    @Test
    void linksInCodeMathFrontMatterAndImagesAreNotLinks() {
        assertEquals(List.of(), targets.of("""
                ---
                see: "[[GPEN]]"
                ---
                `[[GPEN]]` 与 `note:tswayzv4`，公式 $[[a]]$ 与 $`[[b]]`$

                ```
                [[GFPGAN]] note:69582vnt
                ```

                    [[DFDNet]]

                ![图](note:tswayzv4)
                """));
    }

    @Test
    void malformedIdsOtherAddressesAndBareIdsInTextAreNoLinks() {
        assertEquals(List.of(), targets.of("[x](note:abc) [y](https://example.com/note:tswayzv4) note:tswayzv4 [[ ]]"));
    }

    @Test
    void eachTargetCountsOnceAndABodyWithoutLinksIsNotParsed() {
        assertEquals(
                List.of(name("gpen"), id("tswayzv4")),
                targets.of("[[GPEN]] [[gpen]] [a](note:tswayzv4) <note:tswayzv4>"));
        assertEquals(List.of(), targets.of("基于stylegan2,arcface提取id特征 [链接](https://arxiv.org)"));
    }
}
