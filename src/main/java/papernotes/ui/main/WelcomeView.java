package papernotes.ui.main;

import atlantafx.base.theme.Styles;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import papernotes.model.NoteId;
import papernotes.model.NoteSummary;
import papernotes.ui.Messages;

/// The note pane while no note is open ([WelcomeViewModel]): the library's size, the notes changed last as links,
/// how to start (a new note, an import) and three hints at what PaperNotes does that other note apps do not.
public final class WelcomeView {

    /// A title wider than this is cut short before the topic beside it goes entirely.
    private static final double MAX_TITLE_WIDTH = 220;

    private final ScrollPane root;
    private final VBox recentBox = new VBox(2);
    private final Label recentHeading;

    public WelcomeView(
            WelcomeViewModel viewModel,
            Messages messages,
            Consumer<NoteId> open,
            Runnable newNote,
            Runnable importFolder) {
        var summary = new Label();
        summary.textProperty().bind(viewModel.summaryProperty());
        summary.getStyleClass().add(Styles.TITLE_3);
        summary.setId("welcomeSummary");
        var hint = new Label(messages.text("note.none"));
        hint.getStyleClass().add("text-muted");
        hint.setId("noNote");
        hint.setWrapText(true);

        recentHeading = heading(messages.text("welcome.recent"));
        recentBox.setId("welcomeRecent");
        viewModel.recent().addListener((ListChangeListener<NoteSummary>) change -> showRecent(viewModel, open));
        showRecent(viewModel, open);

        var create = link(messages.text("welcome.newNote"), newNote);
        create.setWrapText(true);
        create.setId("welcomeNewNote");
        var importLink = link(messages.text("welcome.import"), importFolder);
        importLink.setId("welcomeImport");
        importLink.setWrapText(true);

        var content = new VBox(
                6,
                summary,
                hint,
                recentHeading,
                recentBox,
                heading(messages.text("welcome.start")),
                create,
                importLink,
                tip(messages.text("welcome.tipLanguages")),
                tip(messages.text("welcome.tipKeys")),
                tip(messages.text("welcome.tipBack")));
        content.setPadding(new Insets(24, 28, 24, 28));
        content.setMaxWidth(620);
        content.setFillWidth(true);
        root = new ScrollPane(content);
        root.setFitToWidth(true);
        root.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        root.getStyleClass().add(Styles.BG_DEFAULT);
        root.setId("welcome");
    }

    public Node root() {
        return root;
    }

    private void showRecent(WelcomeViewModel viewModel, Consumer<NoteId> open) {
        recentBox.getChildren().clear();
        for (var note : viewModel.recent()) {
            var title = link(note.title(), () -> open.accept(note.id()));
            var topic = new Label(note.topic().toString());
            topic.getStyleClass().add("text-muted");
            topic.setMinWidth(0);
            // the topic gives way first: a title is cut short only when it alone is wider than the pane
            HBox.setHgrow(topic, Priority.ALWAYS);
            // measured again whenever the theme's CSS gives the link its font and padding (measuring once, before
            // CSS, left too little room: short titles showed as empty links)
            title.minWidthProperty()
                    .bind(Bindings.createDoubleBinding(
                            () -> Math.min(title.prefWidth(-1), MAX_TITLE_WIDTH),
                            title.fontProperty(),
                            title.paddingProperty(),
                            title.textProperty()));
            var row = new HBox(6, title, topic);
            row.setAlignment(Pos.BASELINE_LEFT);
            recentBox.getChildren().add(row);
        }
        recentHeading.setVisible(!viewModel.isEmpty());
        recentHeading.setManaged(!viewModel.isEmpty());
    }

    private static Label heading(String text) {
        var label = new Label(text);
        label.getStyleClass().add(Styles.TEXT_BOLD);
        label.setPadding(new Insets(12, 0, 2, 0));
        return label;
    }

    private static Hyperlink link(String text, Runnable action) {
        var link = new Hyperlink(text);
        link.setOnAction(event -> action.run());
        link.setTooltip(new Tooltip(text));
        return link;
    }

    private static Label tip(String text) {
        var label = new Label(text);
        label.setWrapText(true);
        label.getStyleClass().add("text-muted");
        return label;
    }
}
