package papernotes.ui.search;

import java.util.function.BiConsumer;
import javafx.scene.Cursor;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import papernotes.model.NoteId;
import papernotes.ui.CutShort;

/// The title column's cell: the note's title and, while searching, the passages that matched under it, then the
/// pages of its PDFs that matched, each of which shows that page when clicked.
final class TitleCell extends TableCell<NoteRow, NoteRow> {

    private final BiConsumer<NoteId, PageLine> openPage;

    TitleCell(BiConsumer<NoteId, PageLine> openPage) {
        this.openPage = openPage;
    }

    @Override
    protected void updateItem(NoteRow row, boolean empty) {
        super.updateItem(row, empty);
        if (empty || row == null) {
            setGraphic(null);
            setText(null);
            return;
        }
        var title = new Label(row.note().title());
        title.getStyleClass().add("note-title");
        // cut short to the column, whole in the tooltip
        CutShort.withTooltip(title);
        title.setMinWidth(0);
        title.maxWidthProperty().bind(getTableColumn().widthProperty().subtract(18));
        if (row.snippets().isEmpty() && row.pages().isEmpty()) {
            setGraphic(title);
            return;
        }
        var box = new VBox(2, title);
        for (String snippet : row.snippets()) {
            box.getChildren().add(flow(snippet));
        }
        for (var page : row.pages()) {
            var flow = flow(page.line());
            flow.getStyleClass().add("page-hit");
            flow.setCursor(Cursor.HAND);
            Tooltip.install(flow, new Tooltip(page.file().fileName() + " · " + page.page()));
            flow.setOnMouseClicked(event -> {
                if (event.getButton() == MouseButton.PRIMARY) {
                    openPage.accept(row.note().id(), page);
                }
            });
            box.getChildren().add(flow);
        }
        box.setMaxHeight(Region.USE_PREF_SIZE);
        setGraphic(box);
    }

    private TextFlow flow(String snippet) {
        var flow = new TextFlow();
        flow.getStyleClass().add("snippet");
        for (var piece : SnippetText.pieces(snippet)) {
            var text = new Text(piece.text());
            text.getStyleClass().add(piece.marked() ? "snippet-mark" : "snippet-text");
            flow.getChildren().add(text);
        }
        double width = Math.max(120, getTableColumn().getWidth() - 18);
        flow.setPrefWidth(width);
        flow.setMaxWidth(width);
        flow.setMinHeight(Region.USE_PREF_SIZE);
        return flow;
    }

    @Override
    protected double computePrefHeight(double width) {
        var graphic = getGraphic();
        if (graphic == null) {
            return super.computePrefHeight(width);
        }
        double content = Math.max(120, getTableColumn().getWidth() - 18);
        return graphic.prefHeight(content) + snappedTopInset() + snappedBottomInset();
    }
}
