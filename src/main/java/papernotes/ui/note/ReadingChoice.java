package papernotes.ui.note;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import javafx.beans.property.ObjectProperty;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.util.StringConverter;
import papernotes.model.ReadingPriority;
import papernotes.model.ReadingStatus;
import papernotes.ui.Messages;
import papernotes.ui.ReadingLabels;

/// The open note's reading status and priority, chosen in the toolbar whether the note is read or edited, and
/// saved with the note's other fields.
final class ReadingChoice {

    private final HBox root = new HBox(4);

    ReadingChoice(NoteViewModel viewModel, Messages messages) {
        var labels = new ReadingLabels(messages);
        var status = choice(
                "noteStatusChoice",
                viewModel.statusProperty(),
                ReadingStatus.values(),
                value -> labels.status(value),
                messages.text("reading.note"));
        var priority = choice(
                "notePriorityChoice",
                viewModel.priorityProperty(),
                ReadingPriority.values(),
                value -> labels.priority(value),
                messages.text("priority.note"));
        root.getChildren().setAll(status, priority);
        root.setAlignment(Pos.CENTER_LEFT);
    }

    Parent root() {
        return root;
    }

    /// A choice of `values` or none, bound both ways to `property`; `shown` writes a value or none in words.
    private static <T extends Enum<T>> ChoiceBox<Optional<T>> choice(
            String id,
            ObjectProperty<Optional<T>> property,
            T[] values,
            Function<Optional<T>, String> shown,
            String tooltip) {
        var items = new ArrayList<Optional<T>>();
        items.add(Optional.empty());
        Arrays.stream(values).map(Optional::of).forEach(items::add);
        var box = new ChoiceBox<Optional<T>>();
        box.setId(id);
        box.getItems().setAll(List.copyOf(items));
        box.setConverter(new StringConverter<>() {
            @Override
            public String toString(Optional<T> value) {
                return shown.apply(value == null ? Optional.empty() : value);
            }

            @Override
            public Optional<T> fromString(String text) {
                throw new UnsupportedOperationException("a choice, never typed");
            }
        });
        box.valueProperty().bindBidirectional(property);
        box.setTooltip(new Tooltip(tooltip));
        box.setAccessibleText(tooltip);
        box.setFocusTraversable(true);
        return box;
    }
}
