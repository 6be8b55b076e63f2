package papernotes.ui.main;

import java.util.Optional;
import java.util.function.Consumer;
import javafx.stage.Stage;
import papernotes.service.RestoreOutcome;
import papernotes.service.RestoreOutcome.Done;
import papernotes.service.RestoreOutcome.Failed;
import papernotes.service.RestorePlan;
import papernotes.ui.Messages;

/// A restore of a backup the user confirmed (File → Restore from backup), handed from the window to whoever
/// carries it out: the window closes first (saving the draft), and only once it has closed does the handler get
/// the plan. A window that stays open (the user kept a draft the library refuses) discards the plan.
final class RestoreHandOff {

    private final Stage stage;
    private final Runnable requestClose;
    private Consumer<RestorePlan> handler = RestorePlan::close;
    private Optional<RestorePlan> pending = Optional.empty();

    /// `requestClose` closes `stage` once its draft is saved, or leaves it open.
    RestoreHandOff(Stage stage, Runnable requestClose) {
        this.stage = stage;
        this.requestClose = requestClose;
    }

    /// Who carries out a confirmed restore: it restores with the library closed and opens a new window.
    void handTo(Consumer<RestorePlan> handler) {
        this.handler = handler;
    }

    /// Closes the window for a confirmed restore; when the window stays open instead, the plan is discarded.
    void closeFor(RestorePlan plan) {
        pending = Optional.of(plan);
        requestClose.run();
        if (stage.isShowing()) {
            pending = Optional.empty();
            plan.close();
        }
    }

    /// The window has closed: a restore it closed for goes to the handler.
    void windowClosed() {
        pending.ifPresent(handler);
        pending = Optional.empty();
    }

    /// How the restore that reopened the window went, in one sentence for the status bar.
    static String report(Messages messages, RestoreOutcome outcome) {
        return switch (outcome) {
            case Done done ->
                messages.format(
                        "transfer.restored",
                        done.source().getFileName().toString(),
                        done.restored().contents().notes(),
                        done.restored().contents().trashed(),
                        done.restored()
                                .previous()
                                .map(p -> p.getFileName().toString())
                                .orElse("—"));
            case Failed failed ->
                messages.format(
                        "transfer.restoreFailed", failed.source().getFileName().toString(), failed.reason());
        };
    }
}
