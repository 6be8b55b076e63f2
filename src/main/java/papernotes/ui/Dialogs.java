package papernotes.ui;

import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar.ButtonData;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.TextInputDialog;
import javafx.stage.Window;

/// Dialog buttons and ready-made dialogs in the window's language. JavaFX's own (`ButtonType.OK`, `Alert`…) take
/// their words from the JVM's locale, so the Chinese window said OK, Cancel and Close; `MessagesTest` keeps them
/// out of every other class.
public final class Dialogs {

    private Dialogs() {}

    public static ButtonType ok(Messages messages) {
        return new ButtonType(messages.text("dialog.ok"), ButtonData.OK_DONE);
    }

    public static ButtonType cancel(Messages messages) {
        return new ButtonType(messages.text("dialog.cancel"), ButtonData.CANCEL_CLOSE);
    }

    public static ButtonType close(Messages messages) {
        return new ButtonType(messages.text("dialog.close"), ButtonData.CANCEL_CLOSE);
    }

    /// Whether the button answers yes (OK), as against cancel or close.
    public static boolean isOk(ButtonType button) {
        return button.getButtonData() == ButtonData.OK_DONE;
    }

    /// Gives the dialog OK and Cancel; answers whether OK was chosen once it closes.
    public static Dialog<ButtonType> okCancel(Dialog<ButtonType> dialog, Messages messages) {
        dialog.getDialogPane().getButtonTypes().setAll(ok(messages), cancel(messages));
        return dialog;
    }

    /// The dialog's OK button, to enable and disable it.
    public static Node okButton(Dialog<?> dialog) {
        return dialog.getDialogPane().getButtonTypes().stream()
                .filter(Dialogs::isOk)
                .findFirst()
                .map(dialog.getDialogPane()::lookupButton)
                .orElseThrow();
    }

    /// Asks a question, Cancel or OK; answers whether OK was chosen. `header` may be empty.
    public static boolean confirm(Window owner, Messages messages, String header, String question) {
        var alert = new Alert(Alert.AlertType.CONFIRMATION, question, cancel(messages), ok(messages));
        alert.initOwner(owner);
        alert.setTitle(messages.text("dialog.confirm"));
        alert.setHeaderText(header.isEmpty() ? null : header);
        return alert.showAndWait().filter(Dialogs::isOk).isPresent();
    }

    /// Says something, offering one thing to do about it (`action`) beside Close; answers whether it was chosen.
    public static boolean offer(Window owner, Messages messages, String text, String action) {
        var chosen = new ButtonType(action, ButtonData.OK_DONE);
        var alert = new Alert(Alert.AlertType.INFORMATION, text, chosen, close(messages));
        alert.initOwner(owner);
        alert.setHeaderText(null);
        return alert.showAndWait().filter(chosen::equals).isPresent();
    }

    /// Asks for a line of text, starting from `initial`; empty when cancelled.
    public static Optional<String> askText(
            Window owner, Messages messages, String title, String header, String initial) {
        var dialog = new TextInputDialog(initial);
        dialog.initOwner(owner);
        dialog.setTitle(title);
        dialog.setHeaderText(header);
        dialog.getDialogPane().getButtonTypes().setAll(ok(messages), cancel(messages));
        return dialog.showAndWait();
    }
}
