package papernotes.ui.note;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.property.StringProperty;
import javafx.scene.Parent;
import javafx.scene.input.Clipboard;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import org.fxmisc.flowless.VirtualizedScrollPane;
import org.fxmisc.richtext.CodeArea;
import org.fxmisc.richtext.LineNumberFactory;

/// The Markdown source editor: a RichTextFX code area with line numbers, Markdown highlighting, undo and redo,
/// kept in step with a string property both ways (the editor's text replaces the property on every change; a new
/// note loaded into the property replaces the editor's text and starts a fresh undo history). Pasting an image
/// hands it to `pasteImage`, which stores it and answers the Markdown to insert.
public final class MarkdownEditor {

    private final CodeArea area = new CodeArea();
    private final VirtualizedScrollPane<CodeArea> scroll = new VirtualizedScrollPane<>(area);
    private boolean updating;
    /// Find in the editor: the match shown is selected (the text searched is read again when it changed).
    private final FindViewModel.Target find = new FindViewModel.Target() {
        private String searched = "";
        private String query = "";
        private List<Integer> starts = List.of();

        @Override
        public int highlight(String text) {
            query = text;
            searched = area.getText();
            starts = TextMatches.starts(searched, query);
            return starts.size();
        }

        @Override
        public void select(int index) {
            if (!searched.equals(area.getText())) {
                highlight(query);
            }
            if (index < starts.size()) {
                area.selectRange(starts.get(index), starts.get(index) + query.length());
                area.requestFollowCaret();
            }
        }

        @Override
        public void clear() {
            area.deselect();
        }
    };

    public MarkdownEditor(StringProperty text, ImagePaste pasteImage, Consumer<Double> scrolled) {
        area.setId("markdownEditor");
        area.setWrapText(true);
        area.setParagraphGraphicFactory(LineNumberFactory.get(area));
        area.getStyleClass().add("markdown-editor");
        area.textProperty().addListener((property, before, after) -> {
            if (!updating) {
                text.set(after);
            }
        });
        area.multiPlainChanges()
                .successionEnds(Duration.ofMillis(120))
                .subscribe(changes -> area.setStyleSpans(0, MarkdownHighlighting.of(area.getText())));
        text.subscribe(value -> {
            if (value != null && !value.equals(area.getText())) {
                updating = true;
                try {
                    area.replaceText(value);
                    area.setStyleSpans(0, MarkdownHighlighting.of(value));
                    area.getUndoManager().forgetHistory();
                    area.moveTo(0);
                    area.requestFollowCaret();
                } finally {
                    updating = false;
                }
            }
        });
        area.estimatedScrollYProperty().addListener((property, before, after) -> {
            double total = area.getTotalHeightEstimate() - area.getHeight();
            if (total > 0) {
                scrolled.accept(after.doubleValue() / total);
            }
        });
        area.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            if (event.isShortcutDown() && event.getCode() == KeyCode.V) {
                var inserted = pasteImage.paste(Clipboard.getSystemClipboard());
                inserted.ifPresent(markdown -> {
                    area.replaceSelection(markdown);
                    event.consume();
                });
            }
        });
    }

    public Parent root() {
        return scroll;
    }

    /// The editor's text at its size of 13 px (the style sheet's) times `factor`.
    void zoom(double factor) {
        area.setStyle("-fx-font-size: " + FONT_SIZE * factor + "px;");
    }

    static final double FONT_SIZE = 13;

    FindViewModel.Target findTarget() {
        return find;
    }

    CodeArea area() {
        return area;
    }

    public void focus() {
        area.requestFocus();
    }

    /// Puts the caret at the start of a line (0-based) and scrolls that line to the top, the focus in the editor.
    public void showLine(int line) {
        int paragraph = Math.clamp(line, 0, area.getParagraphs().size() - 1);
        area.moveTo(paragraph, 0);
        area.showParagraphAtTop(paragraph);
        area.requestFocus();
    }

    /// Turns a clipboard holding an image into Markdown that shows it, after storing the image; empty when the
    /// clipboard holds no image (the ordinary paste then happens).
    public interface ImagePaste {
        Optional<String> paste(Clipboard clipboard);
    }
}
