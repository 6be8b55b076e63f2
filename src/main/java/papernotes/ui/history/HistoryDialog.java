package papernotes.ui.history;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import papernotes.model.DiffLine;
import papernotes.model.Note;
import papernotes.model.Revision;
import papernotes.ui.Dialogs;
import papernotes.ui.Messages;

/// The history of a note: revisions on the left, each with the lines it changed against the one before; the
/// chosen one's differences from the current text on the right (removed lines red with "−", added green with "+",
/// long lines wrapped); Restore.
public final class HistoryDialog {

    private static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneId.systemDefault());

    private final Dialog<Void> dialog = new Dialog<>();

    public HistoryDialog(
            Window owner, HistoryViewModel viewModel, Messages messages, String title, Consumer<Note> restored) {
        dialog.initOwner(owner);
        dialog.setTitle(messages.format("history.title", title));
        dialog.setResizable(true);
        var list = new ListView<>(viewModel.revisions());
        list.setId("revisionList");
        list.setCellFactory(view -> new ListCell<>() {
            @Override
            protected void updateItem(Revision item, boolean empty) {
                super.updateItem(item, empty);
                setText(
                        empty || item == null
                                ? null
                                : "#" + item.number() + "  " + WHEN.format(item.saved()) + "  "
                                        + viewModel.changesOf(item) + "\n" + item.title());
            }
        });
        list.getSelectionModel().selectedItemProperty().subscribe(revision -> {
            if (revision != null) {
                viewModel.choose(revision);
            }
        });
        var diff = new ListView<>(viewModel.diff());
        diff.setId("diffList");
        diff.setCellFactory(view -> wrapping(view, new ListCell<>() {
            @Override
            protected void updateItem(DiffLine line, boolean empty) {
                super.updateItem(line, empty);
                getStyleClass().removeAll("diff-added", "diff-removed");
                if (empty || line == null) {
                    setText(null);
                    return;
                }
                switch (line.kind()) {
                    case ADDED -> {
                        setText("+ " + line.text());
                        getStyleClass().add("diff-added");
                    }
                    case REMOVED -> {
                        setText("− " + line.text());
                        getStyleClass().add("diff-removed");
                    }
                    case SAME -> setText("  " + line.text());
                }
            }
        }));
        diff.getStyleClass().add("diff");
        var split = new SplitPane(list, diff);
        split.setDividerPositions(0.3);
        split.setPrefSize(900, 520);
        var summary = new Label();
        summary.setId("historySummary");
        summary.textProperty().bind(viewModel.summaryProperty());
        var restore = new Button(messages.text("history.restore"));
        restore.setId("restoreRevisionButton");
        restore.disableProperty()
                .bind(list.getSelectionModel().selectedItemProperty().isNull());
        restore.setOnAction(event -> viewModel.restore().ifPresent(restored));
        var bottom = new HBox(12, restore, summary);
        var box = new VBox(8, split, bottom);
        box.setPadding(new Insets(4));
        dialog.getDialogPane().setContent(box);
        dialog.getDialogPane().getButtonTypes().add(Dialogs.close(messages));
        viewModel.load();
        // the newest revision is compared at once; the list has the focus
        list.getSelectionModel().selectFirst();
        dialog.setOnShown(event -> list.requestFocus());
    }

    /// A cell as wide as its list (less room for the scroll bar) that wraps a long line rather than widening the
    /// list.
    private static <T> ListCell<T> wrapping(ListView<T> list, ListCell<T> cell) {
        cell.setWrapText(true);
        cell.prefWidthProperty().bind(list.widthProperty().subtract(24));
        cell.setMaxWidth(Region.USE_PREF_SIZE);
        return cell;
    }

    public void show() {
        dialog.show();
    }

    public Dialog<Void> dialog() {
        return dialog;
    }
}
