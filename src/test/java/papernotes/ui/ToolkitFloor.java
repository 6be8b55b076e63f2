package papernotes.ui;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import javafx.application.Platform;
import javafx.concurrent.Worker;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.web.WebView;
import javafx.stage.Stage;

/// The floor under PaperNotes' start-up on a machine (ADR 0011): the least a JavaFX window takes to show, without
/// any of PaperNotes. It shows a window with a label and a text field (with `--web`, also a WebView showing a small
/// page, as the note view does), then prints `READY <epoch ms> <resident kB>` once the first frame is up (with
/// `--web`, once the page has loaded) and exits. Not a test: run it as a new process, timed from outside:
///
/// ```
/// mvn -q test-compile
/// java -cp "target/test-classes:target/classes:target/lib/*" papernotes.ui.ToolkitFloor [--web]
/// ```
///
/// (with `-XX:AOTCacheOutput=floor.aot` once, then `-XX:AOTCache=floor.aot`, for the floor with an AOT cache).
public final class ToolkitFloor {

    private ToolkitFloor() {}

    public static void main(String[] args) {
        boolean web = Arrays.asList(args).contains("--web");
        Platform.startup(() -> show(web));
    }

    private static void show(boolean web) {
        var stage = new Stage();
        var root = new BorderPane(new Label("你好 PaperNotes"));
        root.setTop(new TextField());
        if (web) {
            var view = new WebView();
            root.setCenter(view);
            view.getEngine().getLoadWorker().stateProperty().addListener((property, before, now) -> {
                if (now == Worker.State.SUCCEEDED) {
                    done();
                }
            });
            view.getEngine().loadContent("<html><body><h1>你好</h1><p>PaperNotes</p></body></html>");
        }
        stage.setScene(new Scene(root, 1200, 800));
        stage.show();
        if (!web) {
            Platform.runLater(ToolkitFloor::done);
        }
    }

    private static void done() {
        long rss = 0;
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmRSS:")) {
                    rss = Long.parseLong(line.replaceAll("\\D", ""));
                }
            }
        } catch (IOException e) {
            // not Linux: no resident set to report
        }
        System.out.println("READY " + System.currentTimeMillis() + " " + rss);
        Platform.exit();
    }
}
