package papernotes.interchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import papernotes.model.GlossaryEntry;

/// The user's glossary as PaperNotes writes it: what [GlossaryReader] reads back to the same entries, whatever the
/// terms look like to a YAML reader.
class GlossaryWriterTest {

    private final GlossaryWriter writer = new GlossaryWriter();
    private final GlossaryReader reader = new GlossaryReader();

    @Test
    void entriesReadBackAsWritten() {
        var entries = List.of(
                new GlossaryEntry(List.of("朗之万", "Langevin"), "general"),
                new GlossaryEntry(List.of("换脸", "face swap", "faceswap"), "Face Swap"));
        assertEquals(entries, reader.read(writer.write(entries), "glossary.yaml"));
    }

    @Test
    void termsAYamlReaderCouldMistakeStayText() {
        var entries = List.of(new GlossaryEntry(
                List.of(
                        "yes",
                        "no",
                        "1.5",
                        "null",
                        "~",
                        "a: b",
                        "#tag",
                        "[x]",
                        "2021-06-01",
                        "*star",
                        "& amp",
                        "朗之万: 动态"),
                "general"));
        assertEquals(entries, reader.read(writer.write(entries), "glossary.yaml"));
    }

    @Test
    void noEntriesIsAnEmptyListThatReadsBack() {
        assertEquals(List.of(), reader.read(writer.write(List.of()), "glossary.yaml"));
    }

    @Test
    void theFileSaysWhoWroteItAndHowToEditIt() {
        var yaml = writer.write(List.of(new GlossaryEntry(List.of("朗之万", "Langevin"), "general")));
        assertTrue(yaml.startsWith("# "), yaml);
        assertTrue(yaml.contains("version: 1"), yaml);
    }
}
