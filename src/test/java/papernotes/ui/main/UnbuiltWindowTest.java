package papernotes.ui.main;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.stage.Stage;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import papernotes.TestLibrary;
import papernotes.ui.FxBackground;
import papernotes.ui.FxScheduler;
import papernotes.ui.UiSettings;

/// A window whose building failed (a library missing from the class path, say) is still closed cleanly when the
/// process gives up on it: closing does not depend on the parts that were never built.
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class UnbuiltWindowTest {

    @TempDir
    Path dir;

    @Start
    void start(Stage stage) {
        // the stage TestFX gives is not used
    }

    @Test
    void aWindowThatWasNeverBuiltClosesWithoutFailing() throws Exception {
        try (var test = TestLibrary.empty(dir.resolve("library"));
                var background = new FxBackground("test-unbuilt")) {
            var closed = WaitForAsyncUtils.asyncFx(() -> {
                        var window = new MainWindow(
                                test.library(), background, new FxScheduler(), UiSettings.load(dir), new Stage());
                        return window.close();
                    })
                    .get(10, TimeUnit.SECONDS);
            assertTrue(closed, "nothing to save, so closing succeeds");
        }
    }
}
