package papernotes.ui.note;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import papernotes.ui.Messages;

/// The find bar above the open note: the query, "2 of 7" or "No matches", previous and next, close. In the field,
/// Enter goes to the next match, Shift+Enter to the previous one, Esc closes the bar (`closed` then gives the focus
/// back to what was searched).
final class FindBar {

    private final HBox root = new HBox(6);
    private final TextField field = new TextField();

    FindBar(FindViewModel find, Messages messages, Runnable closed) {
        root.setId("findBar");
        root.getStyleClass().add("find-bar");
        root.setAlignment(Pos.CENTER_LEFT);
        root.setPadding(new Insets(4, 8, 4, 8));
        field.setId("findField");
        field.setPromptText(messages.text("find.prompt"));
        field.setPrefColumnCount(18);
        field.textProperty().bindBidirectional(find.queryProperty());
        var status = new Label();
        status.setId("findStatus");
        status.getStyleClass().add("text-muted");
        status.textProperty().bind(find.statusProperty());
        var previous =
                button("findPrevious", new FontIcon(Material2AL.KEYBOARD_ARROW_UP), messages.text("find.previous"));
        previous.setOnAction(event -> find.previous());
        var next = button("findNext", new FontIcon(Material2AL.KEYBOARD_ARROW_DOWN), messages.text("find.next"));
        next.setOnAction(event -> find.next());
        var close = button("findClose", new FontIcon(Material2AL.CLOSE), messages.text("find.close"));
        Runnable closing = () -> {
            find.close();
            closed.run();
        };
        close.setOnAction(event -> closing.run());
        // a filter: the field would otherwise take Enter and Esc for itself
        field.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            if (event.getCode() == KeyCode.ENTER) {
                if (event.isShiftDown()) {
                    find.previous();
                } else {
                    find.next();
                }
                event.consume();
            } else if (event.getCode() == KeyCode.ESCAPE) {
                closing.run();
                event.consume();
            }
        });
        root.getChildren().setAll(field, previous, next, status, close);
        find.shownProperty().subscribe(shown -> {
            root.setVisible(shown);
            root.setManaged(shown);
        });
    }

    private static Button button(String id, FontIcon icon, String text) {
        var button = new Button(null, icon);
        button.setId(id);
        button.getStyleClass().add("flat");
        button.setTooltip(new Tooltip(text));
        button.setAccessibleText(text);
        button.setFocusTraversable(false);
        return button;
    }

    /// Puts the focus in the field, its text selected, to type over it.
    void focus() {
        field.requestFocus();
        field.selectAll();
    }

    // Walking up to this very node: identity is meant.
    @SuppressWarnings("ReferenceEquality")
    boolean contains(Node node) {
        for (var at = node; at != null; at = at.getParent()) {
            if (at == root) {
                return true;
            }
        }
        return false;
    }

    Parent root() {
        return root;
    }
}
