package papernotes.ui.trash;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.SelectionMode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import papernotes.model.TrashedNote;
import papernotes.ui.Messages;

/// The trash, as a dialog: its notes with when they were trashed, Restore, and Empty trash.
public final class TrashDialog {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(ZoneId.systemDefault());

    private final Dialog<Void> dialog = new Dialog<>();

    public TrashDialog(Window owner, TrashViewModel viewModel, Messages messages) {
        dialog.initOwner(owner);
        dialog.setTitle(messages.text("trash.title"));
        var list = new ListView<>(viewModel.notes());
        list.setId("trashList");
        list.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        list.setCellFactory(view -> new ListCell<>() {
            @Override
            protected void updateItem(TrashedNote item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : item.note().title() + "    " + item.note().topic()
                        + "    " + WHEN.format(item.trashed()));
            }
        });
        list.setPrefSize(560, 320);
        var restore = new Button(messages.text("trash.restore"));
        restore.setId("restoreButton");
        restore.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull());
        restore.setOnAction(event -> viewModel.restore(java.util.List.copyOf(list.getSelectionModel().getSelectedItems())));
        var status = new Label();
        status.setId("trashMessage");
        status.textProperty().bind(viewModel.messageProperty());
        var empty = new Button(messages.text("trash.emptyButton"));
        empty.setId("emptyTrashButton");
        empty.getStyleClass().add(atlantafx.base.theme.Styles.DANGER);
        empty.disableProperty().bind(javafx.beans.binding.Bindings.isEmpty(viewModel.notes()));
        empty.setOnAction(event -> {
            if (papernotes.ui.Dialogs.confirm(dialog.getDialogPane().getScene().getWindow(), messages, "",
                    messages.format("trash.emptyConfirm", viewModel.notes().size()))) {
                viewModel.emptyTrash();
            }
        });
        var buttons = new HBox(8, restore, empty);
        var box = new VBox(8, status, list, buttons);
        box.setPadding(new Insets(4));
        dialog.getDialogPane().setContent(box);
        dialog.getDialogPane().getButtonTypes().add(papernotes.ui.Dialogs.close(messages));
        viewModel.load();
        // keyboard first: the newest trashed note is chosen and the list has the focus (↑ ↓, Tab to Restore)
        list.getSelectionModel().selectFirst();
        dialog.setOnShown(event -> list.requestFocus());
    }

    /// Shows the trash; returns at once (the window stays usable).
    public void show() {
        dialog.show();
    }

    public Dialog<Void> dialog() {
        return dialog;
    }
}
