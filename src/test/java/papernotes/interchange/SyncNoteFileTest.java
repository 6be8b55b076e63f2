package papernotes.interchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import papernotes.model.Note;
import papernotes.model.NoteId;
import papernotes.model.NoteState;
import papernotes.model.PaperLinks;
import papernotes.model.Reading;
import papernotes.model.ReadingPriority;
import papernotes.model.ReadingStatus;
import papernotes.model.TopicPath;

/// A note of a sync tree is written the same way every time and read back as the same note, trash and files
/// included; a file that cannot be the library's note is refused in one sentence naming the file, line and key.
class SyncNoteFileTest {

    private static final Note NOTE = new Note(
            new NoteId("k3v9x2mq"),
            "SimSwap",
            TopicPath.of("Face Swap", "身份"),
            List.of("GAN", "换脸"),
            List.of("SimSwap: An Efficient Framework"),
            PaperLinks.NONE
                    .withArxiv(Optional.of("2106.06340"))
                    .withDoi(Optional.of("10.1145/3394171.3413630"))
                    .withYear(Optional.of(2020))
                    .withVenue(Optional.of("ACM MM"))
                    .withPaperTitle(Optional.of("SimSwap: An Efficient Framework For High Fidelity Face Swapping"))
                    .withAuthors(List.of("Chen, Renwang", "Xuanhong Chen"))
                    .withAbstract(Optional.of("We propose SimSwap.\n\nIt keeps: the identity — 身份.")),
            new Reading(Optional.of(ReadingStatus.READING), Optional.of(ReadingPriority.ofLevel(1))),
            "基于arcface提取id特征\n\n---\n\n- 换脸: yes\n",
            Instant.parse("2021-03-01T08:00:00.123Z"),
            Instant.parse("2026-12-08T01:02:03.456Z"));

    @Test
    void aNoteInTheTrashWithItsFilesIsReadBackAsWritten() {
        var state = new NoteState(
                NOTE,
                Optional.of(Instant.parse("2026-12-07T10:00:00Z")),
                List.of(SyncNoteFile.fileEntry("0123456789abcdef0123456789abcdef.pdf", "sim|swap, v2.pdf")));
        var text = SyncNoteFile.write(state);

        assertEquals(state, SyncNoteFile.read(text, "notes/k3v9x2mq.md"));
        assertEquals(text, SyncNoteFile.write(SyncNoteFile.read(text, "notes/k3v9x2mq.md")), "the same bytes again");
        assertEquals(
                List.of("0123456789abcdef0123456789abcdef.pdf"),
                SyncNoteFile.storedNames(state.files()),
                "a '|' in the name a file was attached as stays in its name");
    }

    @Test
    void aNoteWithoutPaperFieldsOrBodyIsReadBackAsWritten() {
        var bare = new Note(
                new NoteId("aaaaaaaa"),
                "Inbox note",
                TopicPath.of("Inbox"),
                List.of(),
                List.of(),
                PaperLinks.NONE,
                "",
                Instant.parse("2026-01-01T00:00:00Z"),
                Instant.parse("2026-01-01T00:00:00Z"));
        var state = NoteState.of(bare);
        assertEquals(state, SyncNoteFile.read(SyncNoteFile.write(state), "notes/aaaaaaaa.md"));
    }

    @Test
    void aValueTheLibraryRefusesNamesTheFileTheLineAndTheKey() {
        var text = SyncNoteFile.write(NoteState.of(NOTE)).replace("year: 2020", "year: 21");
        var refused = assertThrows(InterchangeException.class, () -> SyncNoteFile.read(text, "notes/k3v9x2mq.md"));
        assertTrue(refused.getMessage().startsWith("notes/k3v9x2mq.md, line "), refused.getMessage());
        assertTrue(
                refused.getMessage().contains("'paper' is refused: The year 21 is not between"), refused.getMessage());
    }

    @Test
    void aFileWithoutIdOrTimesIsRefused() {
        var text = SyncNoteFile.write(NoteState.of(NOTE));
        assertThrows(
                InterchangeException.class,
                () -> SyncNoteFile.read(text.replace("id: k3v9x2mq\n", ""), "notes/k3v9x2mq.md"));
        var noTime = assertThrows(
                InterchangeException.class,
                () -> SyncNoteFile.read(text.replaceAll("updated: .*\n", ""), "notes/k3v9x2mq.md"));
        assertTrue(noTime.getMessage().contains("'updated' is missing"), noTime.getMessage());
        var badFile = assertThrows(
                InterchangeException.class,
                () -> SyncNoteFile.read(
                        text.replace("---\n\n基于", "---\n\n基于").replace("created:", "files: [x.pdf]\ncreated:"),
                        "notes/k3v9x2mq.md"));
        assertTrue(badFile.getMessage().contains("'files'"), badFile.getMessage());
    }
}
