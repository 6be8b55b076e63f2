package papernotes.ui.math;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.concurrent.Worker;
import javafx.scene.image.Image;
import javafx.scene.web.WebView;
import javax.imageio.ImageIO;

/// Drives a real WebView from a test: loads a page and waits for it, runs a script, waits for a condition and
/// photographs the whole page, screen by screen, into PNG files.
final class WebViewPage {

    private final WebView view;

    WebViewPage(WebView view) {
        this.view = view;
    }

    void load(String html) throws Exception {
        var done = new CompletableFuture<Worker.State>();
        Platform.runLater(() -> {
            var engine = view.getEngine();
            engine.getLoadWorker().stateProperty().addListener(new ChangeListener<>() {
                @Override
                public void changed(
                        ObservableValue<? extends Worker.State> property, Worker.State before, Worker.State after) {
                    if (after == Worker.State.SUCCEEDED || after == Worker.State.FAILED) {
                        property.removeListener(this);
                        done.complete(after);
                    }
                }
            });
            engine.loadContent(html);
        });
        if (done.get(60, TimeUnit.SECONDS) != Worker.State.SUCCEEDED) {
            throw new AssertionError("The page did not load");
        }
    }

    Object script(String script) throws Exception {
        return onFx(() -> view.getEngine().executeScript(script));
    }

    /// Waits until `condition` (a script) answers true; false when it has not within `seconds`.
    boolean waitFor(String condition, int seconds) throws Exception {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        while (System.nanoTime() < end) {
            if (Boolean.TRUE.equals(script(condition))) {
                return true;
            }
            Thread.sleep(100);
        }
        return false;
    }

    /// The page, one screenful per file (`prefix-01.png`, …), from the top.
    List<Path> photograph(Path folder, String prefix) throws Exception {
        Files.createDirectories(folder);
        double height = ((Number) script("document.documentElement.scrollHeight")).doubleValue();
        double screen = view.getHeight();
        var files = new ArrayList<Path>();
        for (int i = 0; i * screen < height; i++) {
            script("window.scrollTo(0," + (i * screen) + ")");
            Thread.sleep(150);
            var image = onFx(() -> view.snapshot(null, null));
            var file = folder.resolve(String.format("%s-%02d.png", prefix, i + 1));
            write(image, file);
            files.add(file);
        }
        script("window.scrollTo(0,0)");
        return files;
    }

    private static void write(Image image, Path file) throws IOException {
        int width = (int) image.getWidth();
        int height = (int) image.getHeight();
        var out = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        var reader = image.getPixelReader();
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                out.setRGB(x, y, reader.getArgb(x, y));
            }
        }
        ImageIO.write(out, "png", file.toFile());
    }

    private static <T> T onFx(Callable<T> task) throws Exception {
        var result = new CompletableFuture<T>();
        Platform.runLater(() -> {
            try {
                result.complete(task.call());
            } catch (Throwable e) {
                result.completeExceptionally(e);
            }
        });
        return result.get(60, TimeUnit.SECONDS);
    }
}
