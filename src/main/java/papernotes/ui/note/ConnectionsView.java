package papernotes.ui.note;

import java.util.function.Consumer;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import papernotes.model.NoteId;
import papernotes.model.NoteSummary;
import papernotes.ui.CutShort;
import papernotes.ui.Messages;

/// The connections under the note: "Linked from" and "Related", each note one click away.
public final class ConnectionsView {

    private final VBox root = new VBox(4);

    public ConnectionsView(ConnectionsViewModel viewModel, Messages messages, Consumer<NoteId> open) {
        root.setId("connections");
        root.setPadding(new Insets(6, 10, 8, 10));
        root.getStyleClass().add("connections");
        var backlinks = section(
                "backlinks",
                messages.text("connections.backlinks"),
                messages.text("connections.noBacklinks"),
                viewModel.backlinks(),
                open);
        var related = section(
                "related",
                messages.text("connections.related"),
                messages.text("connections.noRelated"),
                viewModel.related(),
                open);
        root.getChildren().addAll(backlinks, related);
    }

    private static Parent section(
            String id, String title, String none, ObservableList<NoteSummary> notes, Consumer<NoteId> open) {
        var heading = new Label(title);
        heading.getStyleClass().addAll("text-small", "text-bold", "text-muted");
        heading.setMinWidth(110);
        var links = new FlowPane(4, 2);
        links.setId(id);
        // a flow pane is at least as wide as its widest link: a long title would push the panes beside it aside
        links.setMinWidth(0);
        HBox.setHgrow(links, Priority.ALWAYS);
        Runnable rebuild = () -> {
            links.getChildren().clear();
            if (notes.isEmpty()) {
                var empty = new Label(none);
                empty.getStyleClass().addAll("text-small", "text-subtle");
                links.getChildren().add(empty);
            }
            for (NoteSummary note : notes) {
                var link = new Hyperlink(note.title());
                link.setOnAction(event -> open.accept(note.id()));
                // a title longer than the line is cut short; the tooltip has it whole
                CutShort.withTooltip(link);
                link.maxWidthProperty().bind(links.widthProperty());
                links.getChildren().add(link);
            }
        };
        rebuild.run();
        notes.subscribe(rebuild);
        var row = new HBox(8, heading, links);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    public Parent root() {
        return root;
    }
}
