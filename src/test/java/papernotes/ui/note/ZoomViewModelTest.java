package papernotes.ui.note;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/// The zoom of the note view and the editor: steps from 80 to 200 %, reset to 100 %, a remembered level taken
/// back within those bounds.
@Tag("ui")
class ZoomViewModelTest {

    @Test
    void zoomingIn_goesUpTheSteps_andStopsAt200() {
        var zoom = new ZoomViewModel(100);
        zoom.zoomIn();
        assertEquals(110, zoom.percentProperty().get());
        zoom.zoomIn();
        assertEquals(125, zoom.percentProperty().get());
        for (int i = 0; i < 10; i++) {
            zoom.zoomIn();
        }
        assertEquals(200, zoom.percentProperty().get());
    }

    @Test
    void zoomingOut_goesDownTheSteps_andStopsAt80() {
        var zoom = new ZoomViewModel(100);
        zoom.zoomOut();
        assertEquals(90, zoom.percentProperty().get());
        zoom.zoomOut();
        zoom.zoomOut();
        assertEquals(80, zoom.percentProperty().get());
    }

    @Test
    void reset_isBackTo100() {
        var zoom = new ZoomViewModel(175);
        zoom.reset();
        assertEquals(100, zoom.percentProperty().get());
    }

    @Test
    void aRememberedLevel_isKeptWithinTheBounds_andStepsFromWhereItIs() {
        assertEquals(200, new ZoomViewModel(900).percentProperty().get());
        assertEquals(80, new ZoomViewModel(10).percentProperty().get());
        var between = new ZoomViewModel(130);
        assertEquals(130, between.percentProperty().get());
        between.zoomIn();
        assertEquals(150, between.percentProperty().get());
        between = new ZoomViewModel(130);
        between.zoomOut();
        assertEquals(125, between.percentProperty().get());
    }

    @Test
    void theFactorIsThePercentOver100() {
        var zoom = new ZoomViewModel(125);
        assertEquals(1.25, zoom.factor().getValue(), 1e-9);
    }
}
