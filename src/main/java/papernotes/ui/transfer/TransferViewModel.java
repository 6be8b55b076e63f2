package papernotes.ui.transfer;

import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import papernotes.model.ImportWarning;
import papernotes.ui.Background;

/// Long operations of the File menu (export, import, backup): one at a time, in the background, with what is
/// happening shown in the status bar (a progress bar while it runs) and one sentence about the result after.
public final class TransferViewModel {

    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper progress = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper result = new ReadOnlyStringWrapper("");
    private final ObservableList<ImportWarning> warnings = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper warningsSummary = new ReadOnlyStringWrapper("");
    private final Background background;

    public TransferViewModel(Background background) {
        this.background = background;
    }

    /// Whether an operation is under way (the menu items are disabled meanwhile).
    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    /// What is being done, while it runs ("Exporting to …").
    public ReadOnlyStringProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    /// How the last operation ended, in one sentence.
    public ReadOnlyStringProperty resultProperty() {
        return result.getReadOnlyProperty();
    }

    /// The warnings of the last import, until another operation starts (the status bar offers them).
    public ObservableList<ImportWarning> warnings() {
        return FXCollections.unmodifiableObservableList(warnings);
    }

    /// The summary the warnings of the last import were shown under.
    public ReadOnlyStringProperty warningsSummaryProperty() {
        return warningsSummary.getReadOnlyProperty();
    }

    /// Keeps the warnings an import met, under `summary`, for the status bar to offer.
    void keepWarnings(String summary, List<ImportWarning> met) {
        warningsSummary.set(summary);
        warnings.setAll(met);
    }

    /// Runs `work` unless another operation is under way (then returns false). When it ends, `done` turns its
    /// answer into the result sentence and `then` hears the answer (the window refreshes); a failure's own sentence
    /// becomes the result.
    public <T> boolean run(String doing, Callable<T> work, Function<T, String> done, Consumer<T> then) {
        if (running.get()) {
            return false;
        }
        running.set(true);
        progress.set(doing);
        result.set("");
        warnings.clear();
        background.submit(
                work,
                answer -> {
                    finish(done.apply(answer));
                    then.accept(answer);
                },
                failure -> finish(failure.getMessage() == null ? failure.toString() : failure.getMessage()));
        return true;
    }

    private void finish(String sentence) {
        running.set(false);
        progress.set("");
        result.set(sentence);
    }
}
