package papernotes.ui.main;

import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.util.function.Consumer;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.Window;
import papernotes.model.Failures;
import papernotes.model.NoteFile;
import papernotes.service.NoteFileService;
import papernotes.ui.Background;
import papernotes.ui.Messages;

/// A page of a note's PDF, drawn by PDFBox in the background: the page a search found (or the first), the pages
/// before and after it (the buttons, ← and →, Page Up and Page Down), and the file opened in the system's viewer.
/// One window per file; opening another page of the same file shows it there.
final class PageViewer {

    /// Pages are drawn at this resolution: sharp on a 1080p screen, about 1.5 MB a page.
    static final float DPI = 110;

    private final Window owner;
    private final Messages messages;
    private final NoteFileService files;
    private final Background background;
    private final Consumer<Path> openInViewer;

    PageViewer(
            Window owner,
            Messages messages,
            NoteFileService files,
            Background background,
            Consumer<Path> openInViewer) {
        this.owner = owner;
        this.messages = messages;
        this.files = files;
        this.background = background;
        this.openInViewer = openInViewer;
    }

    /// Shows page `page` (1 for the first) of `file`.
    void show(NoteFile file, int page) {
        int pages = files.text(file.stored()).map(text -> text.pages()).orElse(0);
        var current = new SimpleIntegerProperty(Math.max(1, Math.min(page, Math.max(1, pages))));
        var picture = new ImageView();
        picture.setId("pagePicture");
        picture.setPreserveRatio(true);
        var scroll = new ScrollPane(picture);
        scroll.setPannable(true);
        scroll.setFitToWidth(true);
        // the page stands out from the window around it, as in a PDF reader
        scroll.setStyle("-fx-background: -color-bg-subtle; -fx-padding: 8;");
        var where = new Label();
        where.setId("pageNumber");
        var problem = new Label();
        problem.setId("pageProblem");
        problem.setWrapText(true);
        var previous = new Button(messages.text("page.previous"));
        previous.setId("pagePrevious");
        var next = new Button(messages.text("page.next"));
        next.setId("pageNext");
        var open = new Button(messages.text("page.openInViewer"));
        open.setId("pageOpenInViewer");
        open.setOnAction(event -> openInViewer.accept(files.path(file)));
        previous.setOnAction(event -> current.set(Math.max(1, current.get() - 1)));
        next.setOnAction(event -> current.set(Math.min(pages, current.get() + 1)));
        previous.disableProperty().bind(current.lessThanOrEqualTo(1));
        next.disableProperty().bind(current.greaterThanOrEqualTo(pages));
        var spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        var bar = new HBox(8, previous, next, where, spacer, open);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(8));
        var root = new BorderPane(scroll, bar, null, problem, null);
        picture.fitWidthProperty().bind(scroll.widthProperty().subtract(24));
        var stage = new Stage();
        stage.initOwner(owner);
        stage.setTitle(file.fileName());
        // a Letter page's width, as tall as the screen lets it be
        var screen = Screen.getPrimary().getVisualBounds();
        var scene = new Scene(root, Math.min(760, screen.getWidth()), Math.min(900, screen.getHeight() * 0.9));
        scene.getStylesheets().setAll(owner.getScene().getStylesheets());
        scene.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.RIGHT || event.getCode() == KeyCode.PAGE_DOWN) {
                next.fire();
            } else if (event.getCode() == KeyCode.LEFT || event.getCode() == KeyCode.PAGE_UP) {
                previous.fire();
            } else if (event.getCode() == KeyCode.ESCAPE) {
                stage.close();
            }
        });
        stage.setScene(scene);
        current.subscribe(number -> draw(file, number.intValue(), pages, picture, where, problem));
        stage.show();
    }

    private void draw(NoteFile file, int page, int pages, ImageView picture, Label where, Label problem) {
        where.setText(messages.format("page.of", page, pages));
        background.submit(
                () -> files.pagePicture(file, page, DPI),
                png -> {
                    picture.setImage(new Image(new ByteArrayInputStream(png)));
                    problem.setText("");
                },
                failure -> problem.setText(Failures.message(failure)));
    }
}
