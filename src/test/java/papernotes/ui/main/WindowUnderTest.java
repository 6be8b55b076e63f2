package papernotes.ui.main;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;
import papernotes.TestFolders;
import papernotes.TestLibrary;
import papernotes.service.Library;
import papernotes.ui.FxBackground;
import papernotes.ui.FxScheduler;
import papernotes.ui.UiSettings;

/// The main window over a fresh library of the shipped notes, for TestFX flows: built in the stage TestFX gives,
/// with the window settings given (language, theme), on the headless screen, with the real background thread and
/// timers; closed with every window it opened.
public record WindowUnderTest(Library library, MainWindow window, Stage stage, FxBackground background)
        implements AutoCloseable {

    /// Builds and shows the window, and reads the library into it; called on the JavaFX thread (a TestFX `@Start`
    /// method).
    static WindowUnderTest open(Stage stage, String settings) throws IOException {
        var ui = unloaded(stage, settings);
        ui.window().load();
        return ui;
    }

    /// Builds and shows the window without reading the library into it: the test loads it, listening as it likes
    /// (`MainWindow.load(Runnable)`).
    public static WindowUnderTest unloaded(Stage stage, String settings) throws IOException {
        return unloaded(stage, settings, Map.of());
    }

    /// As [#open], in a process whose environment is `environment`.
    static WindowUnderTest open(Stage stage, String settings, Map<String, String> environment) throws IOException {
        var ui = unloaded(stage, settings, environment);
        ui.window().load();
        return ui;
    }

    private static WindowUnderTest unloaded(Stage stage, String settings, Map<String, String> environment)
            throws IOException {
        // windows left by earlier test classes would lie over this one and take the robot's clicks
        List.copyOf(Window.getWindows()).stream().filter(w -> w != stage).forEach(Window::hide);
        var dir = Files.createTempDirectory("papernotes-window");
        // search by meaning loads a 100 MB model a few seconds in: only the flows about it turn it on
        Files.writeString(dir.resolve("window.properties"), "search.meanings=false\n" + settings);
        var library = TestLibrary.shipped(dir, environment);
        var background = new FxBackground("test-ui");
        var window = new MainWindow(library, background, new FxScheduler(), UiSettings.load(dir), stage);
        window.build();
        // the headless screen is 1000 × 1000: the whole window must be on it for the robot to click
        stage.setX(0);
        stage.setY(0);
        stage.setWidth(1000);
        stage.setHeight(900);
        stage.show();
        stage.toFront();
        return new WindowUnderTest(library, window, stage, background);
    }

    /// Hides every window the test opened, so none covers the next test's window, and closes the library.
    @Override
    public void close() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> {
                    List.copyOf(Window.getWindows()).forEach(Window::hide);
                    // TestFX shares this stage with the next test, which must not close this window again
                    stage.setOnHiding(null);
                    stage.setOnCloseRequest(null);
                })
                .get(10, TimeUnit.SECONDS);
        background.close();
        library.close();
        TestFolders.delete(library.dataDir());
    }

    /// Waits (up to 10 s, the machine may be busy) until the condition holds, then checks it once more.
    static void eventually(BooleanSupplier condition, Supplier<String> what) {
        try {
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, condition::getAsBoolean);
        } catch (TimeoutException e) {
            // reported below
        }
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(condition.getAsBoolean(), what);
    }

    /// Lets the window catch up: the events queued, a moment for timers and layout, and the events that started.
    static void settle() {
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.sleep(300, TimeUnit.MILLISECONDS);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /// Resizes the window (at most 1000 px wide: the headless screen's width) and waits until the list shows the
    /// whole shipped library at that size; returns the list.
    TableView<?> resize(FxRobot robot, double width, double height) {
        robot.interact(() -> {
            stage.setWidth(width);
            stage.setHeight(height);
        });
        var table = robot.lookup("#noteList").queryAs(TableView.class);
        eventually(() -> table.getItems().size() == 27, () -> "the list shows the library");
        settle();
        return table;
    }

    /// The list as wide as in a large window (the headless screen is 1000 px wide, and a wider window crashes its
    /// drawing): the sidebar folded away (Ctrl+Shift+B), the list 700 px.
    void wideList(FxRobot robot) {
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.B).release(KeyCode.B, KeyCode.SHIFT, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> window.view().place(new SplitPositions(0.18, 0.7)));
        settle();
    }
}
