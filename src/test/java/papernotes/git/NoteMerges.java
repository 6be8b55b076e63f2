package papernotes.git;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import papernotes.model.Note;
import papernotes.model.NoteConflict;
import papernotes.model.NoteId;
import papernotes.model.NoteState;
import papernotes.model.PaperLinks;
import papernotes.model.Reading;
import papernotes.model.TopicPath;

/// One note of a library, edited at chosen minutes, and merged in the ways the merge tests need.
final class NoteMerges {

    static final Instant T0 = Instant.parse("2026-03-01T08:00:00Z");
    static final String PDF = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08.pdf";
    static final String SUPPLEMENT = "60303ae22b998861bce3b28f33eec1be758a213c86c93c076dbe9f558c11c752.pdf";
    static final String BODY = "# ESRGAN\nRRDB 结构\n无 BN\n相对判别器\n感知损失在激活前\n";

    static final NoteState BASE = new NoteState(
            new Note(
                    new NoteId("k3v9x2mq"),
                    "ESRGAN",
                    TopicPath.of("Super Resolution"),
                    List.of("GAN", "SR"),
                    List.of("Enhanced SRGAN"),
                    new PaperLinks(
                            Optional.of("https://arxiv.org/abs/1809.00219"),
                            Optional.of("https://github.com/xinntao/ESRGAN"),
                            Optional.of("1809.00219"),
                            Optional.empty(),
                            Optional.of(2018),
                            Optional.of("ECCV Workshops"),
                            Optional.of("ESRGAN: Enhanced Super-Resolution Generative Adversarial Networks"),
                            List.of("Xintao Wang", "Ke Yu", "Shixiang Wu"),
                            Optional.of("The Super-Resolution GAN is a seminal work.")),
                    Reading.NONE,
                    BODY,
                    T0,
                    T0),
            Optional.empty(),
            List.of(PDF));

    static Instant at(int minutes) {
        return T0.plusSeconds(60L * minutes);
    }

    /// The base, edited at `minutes` after it was saved.
    static NoteStateBuilder editedAt(int minutes) {
        return NoteStateBuilder.from(BASE).updated(at(minutes));
    }

    static MergedNote merge(NoteState base, NoteState mine, NoteState theirs) {
        return NoteMerge.merge(Optional.of(base), Optional.of(mine), Optional.of(theirs));
    }

    static NoteState merged(NoteState base, NoteState mine, NoteState theirs) {
        var result = merge(base, mine, theirs);
        assertEquals(Optional.empty(), result.conflict(), "no conflict");
        return result.state().orElseThrow();
    }

    static NoteConflict conflict(NoteState base, NoteState mine, NoteState theirs) {
        return merge(base, mine, theirs).conflict().orElseThrow();
    }

    private NoteMerges() {}
}
