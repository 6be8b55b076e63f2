package papernotes.ui.transfer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import papernotes.model.InvalidInputException;
import papernotes.ui.DirectBackground;

/// Long operations run one at a time, show what they are doing, and end with one sentence.
@Tag("ui")
class TransferViewModelTest {

    @Test
    void oneAtATime_progressWhileRunning_aSentenceAfter() {
        var background = new DirectBackground();
        background.hold();
        var transfer = new TransferViewModel(background);
        var heard = new ArrayList<Integer>();
        assertTrue(transfer.run("Exporting to x.zip…", () -> 27, n -> "Exported " + n + " notes.", heard::add));
        assertTrue(transfer.runningProperty().get());
        assertEquals("Exporting to x.zip…", transfer.progressProperty().get());
        assertFalse(transfer.run("Another", () -> 1, n -> "", n -> {}), "a second operation waits its turn");

        background.runOldest();
        assertFalse(transfer.runningProperty().get());
        assertEquals("", transfer.progressProperty().get());
        assertEquals("Exported 27 notes.", transfer.resultProperty().get());
        assertEquals(List.of(27), heard);
    }

    @Test
    void aFailureEndsWithItsOwnSentence() {
        var transfer = new TransferViewModel(new DirectBackground());
        transfer.run(
                "Importing…",
                () -> {
                    throw new InvalidInputException("refs.bib, line 3: the entry has no title.");
                },
                n -> "never",
                n -> {});
        assertFalse(transfer.runningProperty().get());
        assertEquals(
                "refs.bib, line 3: the entry has no title.",
                transfer.resultProperty().get());
    }
}
