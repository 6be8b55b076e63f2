package papernotes.ui.main;

import atlantafx.base.theme.Styles;
import javafx.scene.control.Button;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Region;
import javafx.stage.Stage;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import papernotes.ui.Messages;

/// The new-note form, asked for from File → New note, Ctrl+N or the New note button beside the search field: its
/// topic is the one chosen in the sidebar, or else the open note's; the note is created and opened for editing.
final class NewNoteAction {

    private final Stage stage;
    private final Messages messages;
    private final MainViewModel viewModel;

    NewNoteAction(Stage stage, Messages messages, MainViewModel viewModel) {
        this.stage = stage;
        this.messages = messages;
        this.viewModel = viewModel;
    }

    void ask() {
        var topic = viewModel
                .search()
                .topicFilterProperty()
                .get()
                .map(Object::toString)
                .or(() ->
                        viewModel.note().noteProperty().get().map(n -> n.topic().toString()))
                .orElse("");
        NewNoteDialog.ask(stage, messages, viewModel.sidebar().topicPaths(), topic, viewModel.sidebar()::tagSuggestions)
                .ifPresent(viewModel::create);
    }

    /// "+ New note": never narrower than its text, so that it stays whole however narrow the window.
    Button button() {
        var button = new Button(messages.text("toolbar.newNote"), new FontIcon(Material2AL.ADD));
        button.setId("newNoteButton");
        button.getStyleClass().add(Styles.ACCENT);
        button.setMinWidth(Region.USE_PREF_SIZE);
        button.setTooltip(new Tooltip(messages.text("toolbar.newNoteTip")));
        button.setOnAction(event -> ask());
        return button;
    }
}
