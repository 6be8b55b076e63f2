package papernotes.ui.search;

import javafx.application.Platform;
import javafx.event.ActionEvent;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.stage.Window;
import papernotes.ui.Dialogs;
import papernotes.ui.Messages;

/// "Teach a translation…": a word of the search (chosen from its words, or typed) and what it means in the other
/// language. OK keeps the pair and runs the search again; a pair refused keeps the dialog open, saying why. Binds to
/// [TeachViewModel] only.
public final class TeachDialog {

    private TeachDialog() {}

    /// Asks, for the query now searched; returns once the dialog is closed.
    public static void ask(Window owner, Messages messages, TeachViewModel teach) {
        teach.start();
        var dialog = new Dialog<ButtonType>();
        dialog.initOwner(owner);
        dialog.setTitle(messages.text("teach.title"));
        dialog.setHeaderText(messages.text("teach.header"));
        var term = new ComboBox<String>();
        term.setId("teachTerm");
        term.setEditable(true);
        term.getItems().setAll(teach.suggestions());
        term.setMaxWidth(Double.MAX_VALUE);
        term.getEditor().textProperty().bindBidirectional(teach.termProperty());
        var meaning = new TextField();
        meaning.setId("teachMeaning");
        meaning.setPromptText(messages.text("teach.meaningPrompt"));
        meaning.textProperty().bindBidirectional(teach.meaningProperty());
        var problem = new Label();
        problem.setId("teachProblem");
        problem.getStyleClass().addAll("text-small", "warning");
        problem.setWrapText(true);
        problem.textProperty().bind(teach.problemProperty());
        problem.managedProperty().bind(problem.textProperty().isNotEmpty());
        problem.visibleProperty().bind(problem.managedProperty());
        var grid = new GridPane(10, 8);
        grid.addRow(0, new Label(messages.text("teach.term")), term);
        grid.addRow(1, new Label(messages.text("teach.means")), meaning);
        grid.add(problem, 0, 2, 2, 1);
        var wide = new ColumnConstraints();
        wide.setHgrow(Priority.ALWAYS);
        wide.setMinWidth(320);
        grid.getColumnConstraints().addAll(new ColumnConstraints(), wide);
        dialog.getDialogPane().setContent(grid);
        dialog.getDialogPane().setMaxWidth(560);
        Dialogs.okCancel(dialog, messages);
        var ok = Dialogs.okButton(dialog);
        ok.disableProperty().bind(teach.canTeachProperty().not());
        // a pair the library refuses keeps the dialog open, with the reason below the fields
        ok.addEventFilter(ActionEvent.ACTION, event -> {
            if (!teach.teach()) {
                event.consume();
            }
        });
        Platform.runLater(meaning::requestFocus);
        dialog.showAndWait();
    }
}
