package papernotes.ui.search;

import javafx.beans.binding.Bindings;
import javafx.scene.control.Labeled;
import javafx.scene.control.OverrunStyle;
import javafx.scene.control.TableCell;
import javafx.scene.control.Tooltip;

/// A text cell of the note list: text wider than its column is cut short with an ellipsis, and then the tooltip has
/// it whole.
final class CutShortCell<S> extends TableCell<S, String> {

    CutShortCell() {
        setTextOverrun(OverrunStyle.ELLIPSIS);
        tooltipWhenCut(this);
    }

    @Override
    protected void updateItem(String text, boolean empty) {
        super.updateItem(text, empty);
        setText(empty || text == null || text.isEmpty() ? null : text);
    }

    /// Gives the label a tooltip with its whole text while its text is cut short, and none otherwise.
    static void tooltipWhenCut(Labeled label) {
        label.tooltipProperty().bind(Bindings.createObjectBinding(
                () -> label.isTextTruncated() && label.getText() != null ? new Tooltip(label.getText()) : null,
                label.textTruncatedProperty(), label.textProperty()));
    }
}
