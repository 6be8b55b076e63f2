package papernotes.ui.search;

import javafx.scene.control.OverrunStyle;
import javafx.scene.control.TableCell;
import javafx.scene.control.Tooltip;

/// A text cell of the note list: text wider than its column is cut short with an ellipsis, and the tooltip has it
/// whole.
final class CutShortCell<S> extends TableCell<S, String> {

    CutShortCell() {
        setTextOverrun(OverrunStyle.ELLIPSIS);
    }

    @Override
    protected void updateItem(String text, boolean empty) {
        super.updateItem(text, empty);
        boolean blank = empty || text == null || text.isEmpty();
        setText(blank ? null : text);
        setTooltip(blank ? null : new Tooltip(text));
    }
}
