package papernotes.ui.main;

import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import javafx.application.Platform;
import javafx.beans.property.StringProperty;
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
import papernotes.ui.note.TagField;

/// Ctrl+N: a new note's title, topic (the selected one to begin with), tags (completed from the library's) and
/// what the paper is: its address or arXiv id (the id and year follow an arXiv address as it is typed or pasted),
/// code, year and venue. Binds to [NewNoteViewModel] only.
final class NewNoteDialog {

    private NewNoteDialog() {}

    /// `suggestTags` completes tags from the library's, as in the editor.
    static Optional<NewNoteForm> ask(
            Window owner,
            Messages messages,
            List<String> topics,
            String topic,
            BiFunction<String, List<String>, List<String>> suggestTags) {
        var form = new NewNoteViewModel(topic);
        var dialog = new Dialog<ButtonType>();
        dialog.initOwner(owner);
        dialog.setTitle(messages.text("newNote.title"));
        dialog.setHeaderText(messages.text("newNote.header"));
        var title = field("newNoteTitle", form.titleProperty());
        var topicField = new ComboBox<String>();
        topicField.setId("newNoteTopic");
        topicField.setEditable(true);
        topicField.getItems().setAll(topics);
        topicField.setValue(topic);
        topicField.setMaxWidth(Double.MAX_VALUE);
        topicField.getEditor().textProperty().bindBidirectional(form.topicProperty());
        var tags = new TagField(
                form.tags(),
                form::addTag,
                form::removeTag,
                suggestTags,
                messages.text("note.addTag"),
                messages.text("note.removeTag"));
        var paper = field("newNotePaper", form.paperProperty());
        paper.setPromptText(messages.text("newNote.paperPrompt"));
        var arxiv = field("newNoteArxiv", form.arxivProperty());
        arxiv.setPromptText("2106.09685");
        var code = field("newNoteCode", form.codeProperty());
        code.setPromptText("https://github.com/…");
        var year = field("newNoteYear", form.yearProperty());
        year.setPrefColumnCount(6);
        var venue = field("newNoteVenue", form.venueProperty());
        venue.setPromptText("CVPR");
        var grid = new GridPane(10, 8);
        grid.addRow(0, new Label(messages.text("note.title")), title);
        grid.addRow(1, new Label(messages.text("note.topic")), topicField);
        grid.addRow(2, new Label(messages.text("note.tags")), tags.root());
        grid.addRow(3, new Label(messages.text("newNote.paper")), paper);
        grid.addRow(4, new Label(messages.text("newNote.arxiv")), arxiv);
        grid.addRow(5, new Label(messages.text("newNote.code")), code);
        grid.addRow(6, new Label(messages.text("newNote.year")), year);
        grid.addRow(7, new Label(messages.text("newNote.venue")), venue);
        var wide = new ColumnConstraints();
        wide.setHgrow(Priority.ALWAYS);
        wide.setMinWidth(360);
        grid.getColumnConstraints().addAll(new ColumnConstraints(), wide);
        dialog.getDialogPane().setContent(grid);
        Dialogs.okCancel(dialog, messages);
        var ok = Dialogs.okButton(dialog);
        // a paper's id or address alone is enough: the note takes the paper's title
        ok.disableProperty()
                .bind(title.textProperty().isEmpty().and(paper.textProperty().isEmpty()));
        title.setPromptText(messages.text("newNote.titlePrompt"));
        Platform.runLater(title::requestFocus);
        return dialog.showAndWait().filter(Dialogs::isOk).map(button -> form.form());
    }

    private static TextField field(String id, StringProperty value) {
        var field = new TextField();
        field.setId(id);
        field.textProperty().bindBidirectional(value);
        return field;
    }
}
