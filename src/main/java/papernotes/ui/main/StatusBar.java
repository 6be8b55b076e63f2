package papernotes.ui.main;

import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Separator;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import papernotes.ui.Messages;
import papernotes.ui.search.SearchViewModel;
import papernotes.ui.transfer.TransferViewModel;

/// The status bar: notes in the library, the index state, the last search's time, and the latest message.
final class StatusBar {

    private final HBox root = new HBox(10);

    /// `showWarnings` opens the list of the last import's warnings.
    StatusBar(
            MainViewModel viewModel,
            SearchViewModel search,
            TransferViewModel transfer,
            Messages messages,
            Runnable showWarnings) {
        var notes = label("statusNotes");
        notes.textProperty().bind(viewModel.notesStatusProperty());
        var index = label("statusIndex");
        index.textProperty().bind(viewModel.indexStatusProperty());
        var last = label("statusSearch");
        last.textProperty().bind(search.lastSearchProperty());
        var message = label("statusMessage");
        message.textProperty().bind(viewModel.messageProperty());
        // a long message is shortened, never the counts and the index state beside it
        notes.setMinWidth(Region.USE_PREF_SIZE);
        index.setMinWidth(Region.USE_PREF_SIZE);
        message.setMinWidth(0);
        message.setTooltip(new Tooltip());
        message.getTooltip().textProperty().bind(viewModel.messageProperty());
        var working = new ProgressBar();
        working.setId("transferProgress");
        working.setPrefWidth(120);
        var doing = label("transferDoing");
        doing.textProperty().bind(transfer.progressProperty());
        var busy = new HBox(6, working, doing);
        busy.setAlignment(Pos.CENTER_LEFT);
        busy.visibleProperty().bind(transfer.runningProperty());
        busy.managedProperty().bind(transfer.runningProperty());
        var warnings = new Hyperlink();
        warnings.setId("importWarningsLink");
        warnings.getStyleClass().add("text-small");
        var count = Bindings.size(transfer.warnings());
        warnings.textProperty()
                .bind(Bindings.createStringBinding(() -> messages.format("transfer.warningsLink", count.get()), count));
        warnings.visibleProperty().bind(count.greaterThan(0));
        warnings.managedProperty().bind(warnings.visibleProperty());
        warnings.setOnAction(event -> showWarnings.run());
        var spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        root.getChildren()
                .addAll(
                        notes,
                        new Separator(Orientation.VERTICAL),
                        index,
                        new Separator(Orientation.VERTICAL),
                        last,
                        spacer,
                        busy,
                        message,
                        warnings);
        root.setAlignment(Pos.CENTER_LEFT);
        root.setPadding(new Insets(3, 10, 3, 10));
        root.getStyleClass().add("status-bar");
    }

    private static Label label(String id) {
        var label = new Label();
        label.setId(id);
        label.getStyleClass().add("text-small");
        return label;
    }

    Parent root() {
        return root;
    }
}
