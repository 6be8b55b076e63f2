package papernotes.interchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import papernotes.model.Note;
import papernotes.model.NoteFile;
import papernotes.model.NoteId;
import papernotes.model.PaperLinks;
import papernotes.model.Reading;
import papernotes.model.ReadingPriority;
import papernotes.model.ReadingStatus;
import papernotes.model.TopicPath;

/// Front matter as PaperNotes writes it: keys in a fixed order, absent ones left out, and every value read back
/// exactly as it was, however much it looks like YAML syntax, a number, a boolean or a date.
class FrontMatterWriterTest {

    private static Note note(String title, List<String> tags, PaperLinks links) {
        return new Note(
                new NoteId("69582vnt"),
                title,
                TopicPath.parse("Super Resolution / 人脸"),
                tags,
                List.of(),
                links,
                "出自腾讯\n",
                Instant.parse("2026-01-02T03:04:05.006Z"),
                Instant.parse("2026-01-03T00:00:00Z"));
    }

    @Test
    void aNoteFileHasItsKeysInTheFixedOrderAndLeavesAbsentOnesOut() {
        var links = new PaperLinks(
                Optional.of("https://arxiv.org/abs/2101.04061"),
                Optional.empty(),
                Optional.of("2101.04061"),
                Optional.empty(),
                Optional.of(2021),
                Optional.of("CVPR"));
        assertEquals("""
                ---
                id: 69582vnt
                title: GFPGAN
                topic: Super Resolution / 人脸
                tags:
                  - face-restoration
                  - 腾讯
                paper: https://arxiv.org/abs/2101.04061
                arxiv: "2101.04061"
                year: 2021
                venue: CVPR
                created: "2026-01-02T03:04:05.006Z"
                updated: "2026-01-03T00:00:00.000Z"
                ---

                出自腾讯
                """, VaultWriter.noteFile(note("GFPGAN", List.of("face-restoration", "腾讯"), links)));
    }

    @Test
    void everyKeyOfANoteIsInTheDocumentedOrder() {
        var links = new PaperLinks(
                Optional.of("https://a.b/p"),
                Optional.of("https://a.b/c"),
                Optional.of("2101.04061"),
                Optional.of("10.1109/CVPR.2016.90"),
                Optional.of(2016),
                Optional.of("CVPR"),
                Optional.of("Deep Residual Learning for Image Recognition"),
                List.of("Kaiming He", "Xiangyu Zhang"),
                Optional.of("Deeper neural networks are more difficult to train.\n\nWe present a framework."));
        var note = new Note(
                new NoteId("69582vnt"),
                "T",
                TopicPath.of("A"),
                List.of("t"),
                List.of("a"),
                links,
                new Reading(Optional.of(ReadingStatus.TO_READ), Optional.of(ReadingPriority.HIGH)),
                "",
                Instant.EPOCH,
                Instant.EPOCH);
        var file = new NoteFile("3f2a9c0d1e2f3a4b5c6d7e8f9a0b1c2d.pdf", "fsgan.pdf", 1234);
        var keys = FrontMatter.parse(VaultWriter.noteFile(note, List.of(file)), "x.md").asMap().keySet().stream()
                .toList();
        assertEquals(VaultWriter.NOTE_KEYS, keys);
    }

    @Test
    void aReadingStatusAndPriorityFollowThePaperKeys() {
        var links = PaperLinks.NONE.withDoi(Optional.of("10.1109/CVPR.2016.90"));
        var base = note("ResNet", List.of(), links);
        var note = new Note(
                base.id(),
                base.title(),
                base.topic(),
                base.tags(),
                base.aliases(),
                base.links(),
                new Reading(Optional.of(ReadingStatus.TO_READ), Optional.of(ReadingPriority.MEDIUM)),
                base.body(),
                base.created(),
                base.updated());
        var file = VaultWriter.noteFile(note);
        assertTrue(file.contains("doi: 10.1109/CVPR.2016.90\nreading: to-read\npriority: 2\ncreated:"), file);
        var matter = FrontMatter.parse(file, "x.md");
        assertEquals(Optional.of("to-read"), matter.text("reading"));
        assertEquals(Optional.of("2"), matter.text("priority"));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "a: b",
                "a #b",
                "#x",
                "*star",
                "&anchor",
                "!tag",
                "yes",
                "No",
                "on",
                "OFF",
                "y",
                "n",
                "true",
                "null",
                "~",
                "2106.09680",
                "0x1F",
                "1_000",
                "12:30",
                ".inf",
                "1e3",
                "+1",
                "-.5",
                "017",
                "0o17",
                "2026-01-02",
                "2026-01-02T03:04:05.000Z",
                "- dash",
                "? q",
                "[x]",
                "{y}",
                "a, b",
                "'q'",
                "\"dq\"",
                "%pct",
                "@at",
                "`bt",
                "|pipe",
                ">gt",
                "key:",
                "=",
                "<<",
                "换脸 Disney高清",
                "emoji 🎭😀",
                "ESRGAN & Real-ESRGAN",
                "a\\b",
                "tab\tinside",
                "line\u2028separator",
                "trailing #",
                "x ~ y",
                "GFPGAN"
            })
    void everyValueReadsBackAsWritten(String value) {
        var yaml = new FrontMatterWriter()
                .text("title", value)
                .list("tags", List.of(value, "plain"))
                .document("body");
        var matter = FrontMatter.parse(yaml, "x.md");
        assertEquals(value, matter.fields().get("title").textValue(), yaml);
        assertEquals(List.of(value, "plain"), matter.list("tags"), yaml);
        assertEquals("body", matter.body());
    }

    @Test
    void quotesOnlyWhatAReaderCouldMistake() {
        var yaml = new FrontMatterWriter()
                .text("a", "GFPGAN")
                .text("b", "换脸")
                .text("c", "yes")
                .text("d", "2106.09680")
                .text("e", "a: b")
                .yaml();
        assertEquals("a: GFPGAN\nb: 换脸\nc: \"yes\"\nd: \"2106.09680\"\ne: \"a: b\"\n", yaml);
    }

    @Test
    void theSameValuesGiveTheSameBytes() {
        var note = note("Tokens-to-Token ViT: #1", List.of("on", "2021"), PaperLinks.NONE);
        assertEquals(VaultWriter.noteFile(note), VaultWriter.noteFile(note));
        assertTrue(VaultWriter.noteFile(note).contains("title: \"Tokens-to-Token ViT: #1\"\n"));
    }

    @Test
    void aBodyStartingWithEmptyLinesOrDashesKeepsThem() {
        for (var body : List.of("", "\n", "\n\nx", "---\nnot front matter\n---\n", "x\n---\ny", "no newline at end")) {
            var text = new FrontMatterWriter().text("title", "t").document(body);
            assertEquals(body, FrontMatter.parse(text, "x.md").body(), text);
        }
    }
}
