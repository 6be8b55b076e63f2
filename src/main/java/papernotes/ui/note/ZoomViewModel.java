package papernotes.ui.note;

import java.util.List;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.value.ObservableValue;

/// The zoom of the rendered note and the editor, in percent: in and out by [#LEVELS] between 80 and 200 %, reset to
/// 100 %. A remembered level is kept within those bounds; one between two steps zooms to the next step.
public final class ZoomViewModel {

    static final List<Integer> LEVELS = List.of(80, 90, 100, 110, 125, 150, 175, 200);

    private final ReadOnlyIntegerWrapper percent = new ReadOnlyIntegerWrapper(100);

    public ZoomViewModel(double remembered) {
        percent.set((int) Math.round(Math.clamp(remembered, LEVELS.getFirst(), LEVELS.getLast())));
    }

    public ReadOnlyIntegerProperty percentProperty() {
        return percent.getReadOnlyProperty();
    }

    /// The zoom as a factor (1 at 100 %).
    public ObservableValue<Double> factor() {
        return percent.map(p -> p.doubleValue() / 100);
    }

    public void zoomIn() {
        LEVELS.stream().filter(level -> level > percent.get()).findFirst().ifPresent(percent::set);
    }

    public void zoomOut() {
        LEVELS.reversed().stream()
                .filter(level -> level < percent.get())
                .findFirst()
                .ifPresent(percent::set);
    }

    public void reset() {
        percent.set(100);
    }
}
