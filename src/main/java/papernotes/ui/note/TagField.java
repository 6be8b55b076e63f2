package papernotes.ui.note;

import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.geometry.Side;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;

/// Tags as removable chips followed by a field that adds one on Enter or comma, completing from the library's
/// tags as you type.
public final class TagField {

    private final FlowPane pane = new FlowPane(6, 4);
    private final TextField input = new TextField();
    private final ContextMenu completions = new ContextMenu();
    private final ObservableList<String> tags;
    private final Consumer<String> add;
    private final Consumer<String> remove;

    /// `suggest` answers existing tags for what was typed, leaving out those given.
    public TagField(
            ObservableList<String> tags,
            Consumer<String> add,
            Consumer<String> remove,
            BiFunction<String, List<String>, List<String>> suggest,
            String prompt,
            String removeText) {
        this.tags = tags;
        this.add = add;
        this.remove = remove;
        pane.setId("tagField");
        pane.getStyleClass().add("tag-field");
        input.setId("tagInput");
        input.setPromptText(prompt);
        input.setPrefColumnCount(10);
        input.setOnAction(event -> commit());
        input.textProperty().addListener((property, before, after) -> {
            if (after.endsWith(",") || after.endsWith("，")) {
                commit();
                return;
            }
            var found = suggest.apply(after, List.copyOf(tags));
            completions
                    .getItems()
                    .setAll(found.stream()
                            .map(name -> {
                                var item = new MenuItem(name);
                                item.setOnAction(event -> {
                                    add.accept(name);
                                    input.clear();
                                });
                                return item;
                            })
                            .toList());
            if (found.isEmpty()) {
                completions.hide();
            } else if (!completions.isShowing() && input.getScene() != null) {
                completions.show(input, Side.BOTTOM, 0, 0);
            }
        });
        input.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.BACK_SPACE && input.getText().isEmpty() && !tags.isEmpty()) {
                remove.accept(tags.getLast());
            }
        });
        tags.addListener((ListChangeListener<String>) change -> rebuild(removeText));
        rebuild(removeText);
    }

    private void commit() {
        var text = input.getText().replaceAll("[,，]+$", "").strip();
        input.clear();
        completions.hide();
        if (!text.isEmpty()) {
            add.accept(text);
        }
    }

    private void rebuild(String removeText) {
        pane.getChildren().clear();
        for (String tag : tags) {
            var name = new Label("#" + tag);
            var close = new Button(null, new FontIcon(Material2AL.CLOSE));
            close.getStyleClass().addAll("flat", "small", "chip-close");
            close.setAccessibleText(removeText + " " + tag);
            close.setId("removeTag-" + tag);
            close.setOnAction(event -> remove.accept(tag));
            var chip = new HBox(2, name, close);
            chip.getStyleClass().add("chip");
            pane.getChildren().add(chip);
        }
        pane.getChildren().add(input);
    }

    public Parent root() {
        return pane;
    }
}
