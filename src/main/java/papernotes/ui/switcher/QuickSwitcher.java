package papernotes.ui.switcher;

import java.util.HashSet;
import java.util.function.Consumer;

import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
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
        Runnable chosen = () -> viewModel.choose(Math.max(0, list.getSelectionModel().getSelectedIndex()))
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

    private static final class HitCell extends ListCell<QuickSwitchHit> {
        @Override
        protected void updateItem(QuickSwitchHit hit, boolean empty) {
            super.updateItem(hit, empty);
            if (empty || hit == null) {
                setGraphic(null);
                return;
            }
            var marked = new HashSet<>(hit.highlightPositions());
            var name = new TextFlow();
            var text = hit.matchedText();
            for (int i = 0; i < text.length(); ) {
                boolean on = marked.contains(i);
                int j = i;
                while (j < text.length() && marked.contains(j) == on) {
                    j++;
                }
                var run = new Text(text.substring(i, j));
                run.getStyleClass().add(on ? "switcher-mark" : "switcher-text");
                name.getChildren().add(run);
                i = j;
            }
            var box = new VBox(1, name);
            if (!hit.onTitle()) {
                var title = new Label(hit.note().title());
                title.getStyleClass().add("text-muted");
                box.getChildren().add(title);
            }
            var topic = new Label(hit.note().topic().toString());
            topic.getStyleClass().addAll("text-small", "text-muted");
            box.getChildren().add(topic);
            setGraphic(box);
        }
    }
}
