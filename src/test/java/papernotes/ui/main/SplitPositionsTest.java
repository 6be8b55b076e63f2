package papernotes.ui.main;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/// Divider positions read from the window settings leave every pane a usable share of the window.
@Tag("ui")
class SplitPositionsTest {

    @Test
    void positionsInRange_areKept() {
        assertEquals(new SplitPositions(0.2, 0.6), SplitPositions.read(Optional.of(0.2), Optional.of(0.6)));
        assertEquals(0.2, new SplitPositions(0.2, 0.6).sidebar());
        assertEquals(0.6, new SplitPositions(0.2, 0.6).list());
    }

    @Test
    void aSquashedSidebarAndList_comeBackAtTheirMinimumShares() {
        var read = SplitPositions.read(Optional.of(0.04), Optional.of(0.12));
        assertEquals(0.10, read.sidebar(), 1e-9);
        assertEquals(0.28, read.list(), 1e-9);
    }

    @Test
    void aSquashedNotePane_comesBackAtItsMinimumShare() {
        var read = SplitPositions.read(Optional.of(0.5), Optional.of(0.99));
        assertEquals(0.35, read.sidebar(), 1e-9);
        assertEquals(0.75, read.list(), 1e-9);
    }

    @Test
    void missingOrBrokenPositions_giveTheDefault() {
        assertEquals(SplitPositions.DEFAULT, SplitPositions.read(Optional.of(0.2), Optional.empty()));
        assertEquals(SplitPositions.DEFAULT, SplitPositions.read(Optional.of(Double.NaN), Optional.of(0.5)));
    }
}
