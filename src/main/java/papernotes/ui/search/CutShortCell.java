package papernotes.ui.search;

import javafx.scene.control.TableCell;
import papernotes.ui.CutShort;

/// A text cell of the note list: text wider than its column is cut short with an ellipsis, and then the tooltip has
/// it whole.
final class CutShortCell<S> extends TableCell<S, String> {

    CutShortCell() {
        CutShort.withTooltip(this);
    }

    @Override
    protected void updateItem(String text, boolean empty) {
        super.updateItem(text, empty);
        setText(empty || text == null || text.isEmpty() ? null : text);
    }
}
