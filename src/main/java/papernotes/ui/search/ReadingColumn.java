package papernotes.ui.search;

import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import papernotes.model.Reading;
import papernotes.ui.Messages;
import papernotes.ui.ReadingLabels;

/// The note list's Status column: the reading status as a small coloured label (To read, 待读) and the priority as
/// marks (`!!!` high to `!` low), both in words in the tooltip; empty for a note without either. It sorts by
/// status (to read, reading, read), then priority, so that the papers to read come first, the most pressing first.
final class ReadingColumn {

    private ReadingColumn() {}

    static TableColumn<NoteRow, Reading> create(Messages messages) {
        var labels = new ReadingLabels(messages);
        var column = new TableColumn<NoteRow, Reading>(messages.text("list.status"));
        column.setId("statusColumn");
        column.setCellValueFactory(
                cell -> new ReadOnlyObjectWrapper<>(cell.getValue().note().reading()));
        column.setComparator(Reading.BY_STATUS);
        column.setCellFactory(c -> new Cell(labels));
        column.setPrefWidth(96);
        column.setMinWidth(64);
        return column;
    }

    private static final class Cell extends TableCell<NoteRow, Reading> {

        private final ReadingLabels labels;
        private final Tooltip tooltip = new Tooltip();

        Cell(ReadingLabels labels) {
            this.labels = labels;
        }

        @Override
        protected void updateItem(Reading reading, boolean empty) {
            super.updateItem(reading, empty);
            setText(null);
            if (empty || reading == null || reading.isEmpty()) {
                setGraphic(null);
                setTooltip(null);
                return;
            }
            var box = new HBox(4);
            box.setAlignment(Pos.CENTER_LEFT);
            reading.status().ifPresent(status -> {
                var label = new Label(labels.status(status));
                label.getStyleClass().addAll("reading-badge", ReadingLabels.styleClass(status));
                label.setMinWidth(Label.USE_PREF_SIZE);
                box.getChildren().add(label);
            });
            reading.priority().ifPresent(priority -> {
                var marks = new Label(ReadingLabels.marks(priority));
                marks.getStyleClass().add("reading-priority");
                marks.setMinWidth(Label.USE_PREF_SIZE);
                box.getChildren().add(marks);
            });
            setGraphic(box);
            tooltip.setText(labels.describe(reading));
            setTooltip(tooltip);
        }
    }
}
