package papernotes.ui.search;

import java.util.function.Function;
import javafx.scene.control.TableCell;
import papernotes.ui.CutShort;

/// A text cell of the note list: its value as text (`shown`), cut short with an ellipsis when wider than its column,
/// and then the tooltip has it whole.
final class CutShortCell<S, T> extends TableCell<S, T> {

    private final Function<? super T, String> shown;

    CutShortCell(Function<? super T, String> shown) {
        this.shown = shown;
        CutShort.withTooltip(this);
    }

    @Override
    protected void updateItem(T value, boolean empty) {
        super.updateItem(value, empty);
        var text = empty || value == null ? "" : shown.apply(value);
        setText(text.isEmpty() ? null : text);
    }
}
