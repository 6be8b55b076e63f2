package papernotes.ui.sidebar;

import java.util.Optional;
import javafx.application.Platform;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;
import papernotes.ui.Dialogs;
import papernotes.ui.Messages;

/// Asks for a topic's name and its Chinese display name (new topic, rename).
final class TopicDialog {

    record Answer(String name, String nameZh) {}

    private TopicDialog() {}

    static Optional<Answer> ask(Window owner, Messages messages, String title, String name, String nameZh) {
        var dialog = new Dialog<ButtonType>();
        dialog.initOwner(owner);
        dialog.setTitle(title);
        var nameField = new TextField(name);
        nameField.setId("topicName");
        var zhField = new TextField(nameZh);
        zhField.setId("topicNameZh");
        zhField.setPromptText("换脸");
        var grid = new GridPane(10, 8);
        grid.addRow(0, new Label(messages.text("topic.name")), nameField);
        grid.addRow(1, new Label(messages.text("topic.nameZh")), zhField);
        dialog.getDialogPane().setContent(grid);
        Dialogs.okCancel(dialog, messages);
        Dialogs.okButton(dialog).disableProperty().bind(nameField.textProperty().isEmpty());
        Platform.runLater(nameField::requestFocus);
        return dialog.showAndWait().filter(Dialogs::isOk).map(ok -> new Answer(nameField.getText(), zhField.getText()));
    }
}
