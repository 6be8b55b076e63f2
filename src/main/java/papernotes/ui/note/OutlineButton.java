package papernotes.ui.note;

import java.util.function.Consumer;
import javafx.collections.ListChangeListener;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Tooltip;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2MZ;
import papernotes.model.OutlineEntry;
import papernotes.ui.Messages;

/// The note toolbar's outline button: a menu of the open note's headings, indented by level; choosing one hands
/// it to `go`. Disabled while the note has no headings.
final class OutlineButton {

    private final MenuButton button = new MenuButton(null, new FontIcon(Material2MZ.TOC));

    OutlineButton(OutlineViewModel outline, Messages messages, Consumer<OutlineEntry> go) {
        button.setId("outlineButton");
        button.getStyleClass().addAll("flat", "outline-button");
        button.setTooltip(new Tooltip(messages.text("note.outline")));
        button.setAccessibleText(messages.text("note.outline"));
        outline.entries().addListener((ListChangeListener<OutlineEntry>) change -> fill(outline, go));
        fill(outline, go);
    }

    private void fill(OutlineViewModel outline, Consumer<OutlineEntry> go) {
        int top = outline.entries().stream().mapToInt(OutlineEntry::level).min().orElse(1);
        button.getItems()
                .setAll(outline.entries().stream()
                        .map(entry -> {
                            var item = new MenuItem(entry.text());
                            item.getStyleClass().add("outline-entry");
                            item.setStyle("-fx-padding: 4 12 4 " + (12 + 16 * (entry.level() - top)) + ";");
                            item.setMnemonicParsing(false);
                            item.setOnAction(event -> go.accept(entry));
                            return item;
                        })
                        .toList());
        button.setDisable(outline.entries().isEmpty());
    }

    MenuButton root() {
        return button;
    }
}
