package papernotes.ui.main;

import java.util.List;
import java.util.Optional;

import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.stage.Window;
import papernotes.ui.Messages;

/// Ctrl+N: a new note's title and topic (the selected one to begin with) and what the paper is: its address or
/// arXiv id (a pasted arXiv link fills the id), code, year and venue.
final class NewNoteDialog {

    private NewNoteDialog() {
    }

    static Optional<NewNoteForm> ask(Window owner, Messages messages, List<String> topics, String topic) {
        var dialog = new Dialog<ButtonType>();
        dialog.initOwner(owner);
        dialog.setTitle(messages.text("newNote.title"));
        dialog.setHeaderText(messages.text("newNote.header"));
        var title = field("newNoteTitle");
        var topicField = new ComboBox<String>();
        topicField.setId("newNoteTopic");
        topicField.setEditable(true);
        topicField.getItems().setAll(topics);
        topicField.setValue(topic);
        topicField.setMaxWidth(Double.MAX_VALUE);
        var paper = field("newNotePaper");
        paper.setPromptText("https://arxiv.org/abs/2106.09685");
        var arxiv = field("newNoteArxiv");
        arxiv.setPromptText("2106.09685");
        var code = field("newNoteCode");
        code.setPromptText("https://github.com/…");
        var year = field("newNoteYear");
        year.setPrefColumnCount(6);
        var venue = field("newNoteVenue");
        venue.setPromptText("CVPR");
        paper.textProperty().addListener((property, before, after) ->
                NewNoteForm.arxivIn(after).ifPresent(id -> {
                    if (arxiv.getText().isBlank()) {
                        arxiv.setText(id);
                    }
                }));
        var grid = new GridPane(10, 8);
        grid.addRow(0, new Label(messages.text("note.title")), title);
        grid.addRow(1, new Label(messages.text("note.topic")), topicField);
        grid.addRow(2, new Label(messages.text("newNote.paper")), paper);
        grid.addRow(3, new Label(messages.text("newNote.arxiv")), arxiv);
        grid.addRow(4, new Label(messages.text("newNote.code")), code);
        grid.addRow(5, new Label(messages.text("newNote.year")), year);
        grid.addRow(6, new Label(messages.text("newNote.venue")), venue);
        var wide = new javafx.scene.layout.ColumnConstraints();
        wide.setHgrow(Priority.ALWAYS);
        wide.setMinWidth(360);
        grid.getColumnConstraints().addAll(new javafx.scene.layout.ColumnConstraints(), wide);
        dialog.getDialogPane().setContent(grid);
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        var ok = dialog.getDialogPane().lookupButton(ButtonType.OK);
        ok.disableProperty().bind(title.textProperty().isEmpty());
        javafx.application.Platform.runLater(title::requestFocus);
        return dialog.showAndWait().filter(ButtonType.OK::equals).map(button -> new NewNoteForm(title.getText(),
                Optional.ofNullable(topicField.getEditor().getText()).orElse(""), paper.getText(), arxiv.getText(),
                code.getText(), year.getText(), venue.getText()));
    }

    private static TextField field(String id) {
        var field = new TextField();
        field.setId(id);
        return field;
    }
}
