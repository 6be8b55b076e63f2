package papernotes.ui;

import javafx.beans.binding.Bindings;
import javafx.scene.control.Labeled;
import javafx.scene.control.OverrunStyle;
import javafx.scene.control.Tooltip;

/// Text cut short to its room: an ellipsis, and then a tooltip with the whole text (none while it fits).
public final class CutShort {

    private CutShort() {}

    public static void withTooltip(Labeled label) {
        label.setTextOverrun(OverrunStyle.ELLIPSIS);
        label.tooltipProperty()
                .bind(Bindings.createObjectBinding(
                        () -> label.isTextTruncated() && label.getText() != null ? new Tooltip(label.getText()) : null,
                        label.textTruncatedProperty(),
                        label.textProperty()));
    }
}
