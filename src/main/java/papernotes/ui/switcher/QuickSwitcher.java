package papernotes.ui.switcher;

import java.util.HashSet;
import java.util.Set;
import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Rectangle;
import javafx.scene.text.Text;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.StageStyle;
import javafx.stage.Window;
import papernotes.model.NoteId;
import papernotes.model.QuickSwitchHit;
import papernotes.ui.Messages;

/// The quick switcher: a small window over the main one with a field and the best matches; typing narrows, ↑ ↓
/// move, Enter opens, Esc (or clicking elsewhere) closes.
public final class QuickSwitcher {

    private final Stage stage = new Stage(StageStyle.UNDECORATED);
    private final TextField field = new TextField();
    private final ListView<QuickSwitchHit> list = new ListView<>();

    public QuickSwitcher(Window owner, QuickSwitcherViewModel viewModel, Messages messages, Consumer<NoteId> open) {
        stage.initOwner(owner);
        stage.initModality(Modality.NONE);
        field.setId("switcherField");
        field.setPromptText(messages.text("switcher.prompt"));
        field.textProperty().bindBidirectional(viewModel.queryProperty());
        list.setId("switcherList");
        list.setItems(viewModel.hits());
        list.setCellFactory(view -> new HitCell());
        list.setPrefSize(560, 360);
        viewModel.hits().subscribe(() -> {
            if (!list.getItems().isEmpty()) {
                list.getSelectionModel().select(0);
            }
        });
        Runnable chosen = () -> viewModel
                .choose(Math.max(0, list.getSelectionModel().getSelectedIndex()))
                .ifPresent(id -> {
                    stage.close();
                    open.accept(id);
                });
        field.setOnKeyPressed(event -> {
            switch (event.getCode()) {
                case DOWN -> list.getSelectionModel().selectNext();
                case UP -> list.getSelectionModel().selectPrevious();
                case ENTER -> chosen.run();
                case ESCAPE -> stage.close();
                default -> {
                    return;
                }
            }
            list.scrollTo(Math.max(0, list.getSelectionModel().getSelectedIndex()));
            event.consume();
        });
        list.setOnMouseClicked(event -> chosen.run());
        var box = new VBox(6, field, list);
        box.setPadding(new Insets(8));
        box.getStyleClass().add("quick-switcher");
        var scene = new Scene(box);
        scene.getStylesheets().setAll(owner.getScene().getStylesheets());
        stage.setScene(scene);
        stage.focusedProperty().addListener((property, before, focused) -> {
            if (!focused) {
                stage.close();
            }
        });
        viewModel.refresh();
    }

    public void show() {
        var owner = stage.getOwner();
        stage.setX(owner.getX() + Math.max(0, (owner.getWidth() - 580) / 2));
        stage.setY(owner.getY() + 80);
        stage.show();
        stage.requestFocus();
        field.requestFocus();
    }

    /// One line: the title, then the alias that matched (muted), the matched letters highlighted, and the topic at
    /// the right. A name too long for the line is cut at its end (the whole of it in the tooltip), never scrolled
    /// to.
    private static final class HitCell extends ListCell<QuickSwitchHit> {

        HitCell() {
            // the list is as wide as the switcher, whatever the names' length: no scrolling sideways
            setPrefWidth(0);
        }

        @Override
        protected void updateItem(QuickSwitchHit hit, boolean empty) {
            super.updateItem(hit, empty);
            if (empty || hit == null) {
                setGraphic(null);
                setTooltip(null);
                return;
            }
            var title = hit.note().title();
            var names = new HBox();
            names.setMinWidth(0);
            names.setAlignment(Pos.CENTER_LEFT);
            var marked = new HashSet<>(hit.highlightPositions());
            addRuns(names, title, hit.onTitle() ? marked : Set.of(), "switcher-title");
            if (!hit.onTitle()) {
                names.getChildren().add(new Text("  "));
                addRuns(names, hit.matchedText(), marked, "switcher-alias");
            }
            var clip = new Rectangle();
            clip.widthProperty().bind(names.widthProperty());
            clip.heightProperty().bind(names.heightProperty());
            names.setClip(clip);
            HBox.setHgrow(names, Priority.ALWAYS);
            var topic = new Label(hit.note().topic().toString());
            topic.getStyleClass().addAll("text-small", "text-muted");
            topic.setMinWidth(Region.USE_PREF_SIZE);
            var row = new HBox(12, names, topic);
            row.setAlignment(Pos.CENTER_LEFT);
            row.setMinWidth(0);
            setGraphic(row);
            setTooltip(new Tooltip(hit.onTitle() ? title : title + "\n" + hit.matchedText()));
        }

        /// The name as runs of text, those at the marked positions highlighted.
        private static void addRuns(HBox names, String text, Set<Integer> marked, String styleClass) {
            for (int i = 0; i < text.length(); ) {
                boolean on = marked.contains(i);
                int j = i;
                while (j < text.length() && marked.contains(j) == on) {
                    j++;
                }
                var run = new Text(text.substring(i, j));
                run.getStyleClass().add(styleClass);
                if (on) {
                    run.getStyleClass().add("switcher-mark");
                }
                names.getChildren().add(run);
                i = j;
            }
        }
    }
}
