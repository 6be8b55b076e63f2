package papernotes.ui.trash;

import atlantafx.base.theme.Styles;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import papernotes.model.TrashedNote;
import papernotes.ui.Dialogs;
import papernotes.ui.Messages;

/// The trash, as a dialog: its notes (title, topic, when they were trashed) beside the chosen note's text, Restore,
/// and Empty trash, which asks first with a red button naming how many notes it deletes for good. Esc closes it.
public final class TrashDialog {

    private static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.systemDefault());

    private final Dialog<Void> dialog = new Dialog<>();

    public TrashDialog(Window owner, TrashViewModel viewModel, Messages messages) {
        dialog.initOwner(owner);
        dialog.setTitle(messages.text("trash.title"));
        var table = table(viewModel, messages);
        var preview = new TextArea();
        preview.setId("trashPreview");
        preview.setEditable(false);
        preview.setWrapText(true);
        preview.textProperty().bind(viewModel.previewProperty());
        preview.setPrefWidth(300);
        table.getSelectionModel()
                .selectedItemProperty()
                .subscribe(chosen -> viewModel.choose(Optional.ofNullable(chosen)));
        var restore = new Button(messages.text("trash.restore"));
        restore.setId("restoreButton");
        restore.disableProperty()
                .bind(table.getSelectionModel().selectedItemProperty().isNull());
        restore.setOnAction(
                event -> viewModel.restore(List.copyOf(table.getSelectionModel().getSelectedItems())));
        var status = new Label();
        status.setId("trashMessage");
        status.textProperty().bind(viewModel.messageProperty());
        var empty = new Button(messages.text("trash.emptyButton"));
        empty.setId("emptyTrashButton");
        empty.getStyleClass().add(Styles.DANGER);
        empty.disableProperty().bind(Bindings.isEmpty(viewModel.notes()));
        empty.setOnAction(event -> {
            if (confirmEmpty(viewModel.notes().size(), messages)) {
                viewModel.emptyTrash();
            }
        });
        var spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        var buttons = new HBox(8, restore, spacer, empty);
        var split = new SplitPane(table, preview);
        split.setDividerPositions(0.6);
        VBox.setVgrow(split, Priority.ALWAYS);
        var box = new VBox(8, status, split, buttons);
        box.setPadding(new Insets(4));
        dialog.getDialogPane().setContent(box);
        dialog.getDialogPane().setPrefSize(860, 460);
        var close = Dialogs.close(messages);
        dialog.getDialogPane().getButtonTypes().add(close);
        // Esc closes the trash wherever the focus is (the table keeps Esc to itself otherwise)
        dialog.getDialogPane().addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            if (event.getCode() == KeyCode.ESCAPE) {
                event.consume();
                ((Button) dialog.getDialogPane().lookupButton(close)).fire();
            }
        });
        viewModel.load();
        // keyboard first: the newest trashed note is chosen and the list has the focus (↑ ↓, Tab to Restore)
        table.getSelectionModel().selectFirst();
        dialog.setOnShown(event -> table.requestFocus());
    }

    private static TableView<TrashedNote> table(TrashViewModel viewModel, Messages messages) {
        var table = new TableView<>(viewModel.notes());
        table.setId("trashList");
        table.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(new Label(messages.text("trash.empty")));
        table.getStyleClass().add(Styles.DENSE);
        var title = new TableColumn<TrashedNote, String>(messages.text("list.title"));
        title.setCellValueFactory(
                cell -> new ReadOnlyObjectWrapper<>(cell.getValue().note().title()));
        title.setPrefWidth(200);
        var topic = new TableColumn<TrashedNote, String>(messages.text("list.topic"));
        topic.setCellValueFactory(cell ->
                new ReadOnlyObjectWrapper<>(cell.getValue().note().topic().toString()));
        topic.setPrefWidth(130);
        var trashed = new TableColumn<TrashedNote, String>(messages.text("trash.trashedColumn"));
        trashed.setCellValueFactory(
                cell -> new ReadOnlyObjectWrapper<>(WHEN.format(cell.getValue().trashed())));
        trashed.setPrefWidth(120);
        table.getColumns().setAll(List.of(title, topic, trashed));
        return table;
    }

    /// Asks before deleting for good, with a red button that says how many notes go; Cancel is the default.
    private boolean confirmEmpty(int count, Messages messages) {
        var delete = new ButtonType(messages.format("trash.deleteForGood", count), ButtonBar.ButtonData.OK_DONE);
        var cancel = Dialogs.cancel(messages);
        var confirm = new Dialog<ButtonType>();
        confirm.getDialogPane().setContentText(messages.format("trash.emptyConfirm", count));
        confirm.getDialogPane().getButtonTypes().setAll(delete, cancel);
        confirm.initOwner(dialog.getDialogPane().getScene().getWindow());
        confirm.setTitle(messages.text("trash.emptyButton"));
        confirm.setHeaderText(null);
        var deleteButton = (Button) confirm.getDialogPane().lookupButton(delete);
        deleteButton.getStyleClass().add(Styles.DANGER);
        deleteButton.setDefaultButton(false);
        ((Button) confirm.getDialogPane().lookupButton(cancel)).setDefaultButton(true);
        return confirm.showAndWait().filter(delete::equals).isPresent();
    }

    /// Shows the trash; returns at once (the window stays usable).
    public void show() {
        dialog.show();
    }

    public Dialog<Void> dialog() {
        return dialog;
    }
}
