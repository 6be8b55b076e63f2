package papernotes.ui.main;

import atlantafx.base.theme.Styles;
import java.util.Optional;
import javafx.scene.control.Button;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Region;
import javafx.stage.Stage;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import papernotes.model.Failures;
import papernotes.model.PaperNotesException;
import papernotes.model.TopicPath;
import papernotes.ui.Messages;

/// The new-note form, asked for from File → New note, Ctrl+N or the New note button beside the search field: its
/// topic is the one chosen in the sidebar, or else the open note's; the note is created and opened for editing. A
/// paper's id or address given without a title makes the note from the paper ([CaptureViewModel]).
final class NewNoteAction {

    private final Stage stage;
    private final Messages messages;
    private final MainViewModel viewModel;
    private final CaptureViewModel capture;

    NewNoteAction(Stage stage, Messages messages, MainViewModel viewModel, CaptureViewModel capture) {
        this.stage = stage;
        this.messages = messages;
        this.viewModel = viewModel;
        this.capture = capture;
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
                .ifPresent(this::create);
    }

    /// A form with a paper and no title is made from the paper, as `new --from` does; any other as typed.
    private void create(NewNoteForm form) {
        if (!form.title().isBlank() || form.paper().isBlank()) {
            viewModel.create(form);
            return;
        }
        try {
            var topic =
                    form.topic().isBlank() ? Optional.<TopicPath>empty() : Optional.of(TopicPath.parse(form.topic()));
            capture.fromReference(form.paper(), topic, form.tags());
        } catch (PaperNotesException e) {
            viewModel.say(Failures.message(e));
        }
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
