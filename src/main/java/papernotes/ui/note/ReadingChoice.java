package papernotes.ui.note;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import javafx.beans.property.ObjectProperty;
import javafx.scene.Parent;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import papernotes.model.Reading;
import papernotes.model.ReadingPriority;
import papernotes.model.ReadingStatus;
import papernotes.ui.Messages;
import papernotes.ui.ReadingLabels;

/// The open note's reading status and priority in the toolbar, whether the note is read or edited: one small
/// button that says them (`To read !!!`) and whose menu chooses each; saved with the note's other fields. One
/// button rather than two choices, so that a narrow note pane still has room to say them.
final class ReadingChoice {

    private final MenuButton button = new MenuButton();
    private final NoteViewModel viewModel;
    private final ReadingLabels labels;
    private final Messages messages;

    ReadingChoice(NoteViewModel viewModel, Messages messages) {
        this.viewModel = viewModel;
        this.messages = messages;
        this.labels = new ReadingLabels(messages);
        button.setId("noteReading");
        button.getStyleClass().add("flat");
        button.setGraphic(new FontIcon(Material2AL.BOOKMARK_BORDER));
        // in a narrow note pane the words give way ("To re…"), the tooltip and the menu still saying them all
        button.setMinWidth(56);
        button.setMnemonicParsing(false);
        button.setTooltip(new Tooltip(messages.text("reading.note")));
        button.setAccessibleText(messages.text("reading.note"));
        var items = new ArrayList<MenuItem>();
        items.addAll(group(viewModel.statusProperty(), ReadingStatus.values(), labels::status, "noteStatus"));
        items.add(new SeparatorMenuItem());
        items.addAll(group(viewModel.priorityProperty(), ReadingPriority.values(), labels::priority, "notePriority"));
        button.getItems().setAll(items);
        viewModel.statusProperty().subscribe(status -> said());
        viewModel.priorityProperty().subscribe(priority -> said());
    }

    Parent root() {
        return button;
    }

    /// The button says the status and the priority's marks, or that the note has neither.
    private void said() {
        var reading = new Reading(
                viewModel.statusProperty().get(), viewModel.priorityProperty().get());
        var parts = new ArrayList<String>();
        reading.status().map(labels::status).ifPresent(parts::add);
        reading.priority().map(ReadingLabels::marks).ifPresent(parts::add);
        button.setText(parts.isEmpty() ? messages.text("reading.none") : String.join(" ", parts));
        button.getGraphic().setVisible(reading.isEmpty());
        button.getGraphic().setManaged(reading.isEmpty());
    }

    /// One radio item for each value and one for none, checked as `property` is and setting it when chosen.
    private static <T extends Enum<T>> List<MenuItem> group(
            ObjectProperty<Optional<T>> property, T[] values, Function<Optional<T>, String> shown, String id) {
        var toggles = new ToggleGroup();
        var items = new ArrayList<RadioMenuItem>();
        var choices = new ArrayList<Optional<T>>();
        for (T value : values) {
            choices.add(Optional.of(value));
        }
        choices.add(Optional.empty());
        for (var choice : choices) {
            var item = new RadioMenuItem(shown.apply(choice));
            item.setId(id + choice.map(value -> value.name()).orElse("None"));
            item.setMnemonicParsing(false);
            item.setToggleGroup(toggles);
            item.setOnAction(event -> property.set(choice));
            items.add(item);
        }
        property.subscribe(value -> {
            for (int i = 0; i < choices.size(); i++) {
                items.get(i).setSelected(choices.get(i).equals(value));
            }
        });
        return List.copyOf(items);
    }
}
