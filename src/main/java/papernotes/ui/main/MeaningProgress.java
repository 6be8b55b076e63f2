package papernotes.ui.main;

import java.time.Duration;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import papernotes.service.SearchService;
import papernotes.ui.Messages;
import papernotes.ui.Scheduler;

/// Search by meaning in the window (docs/decisions/0015): when the user wants it, the notes' meaning vectors are
/// computed in the background from [#START_DELAY] after the index is ready, off the start-up path, and the status bar
/// says how far that is. Turned off, searches go by words alone.
final class MeaningProgress {

    static final Duration START_DELAY = Duration.ofSeconds(5);
    static final Duration POLL = Duration.ofSeconds(1);

    private final BooleanProperty on = new SimpleBooleanProperty(false);
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final SearchService search;
    private final Scheduler scheduler;
    private final Messages messages;
    private boolean started;
    private boolean polling;

    MeaningProgress(SearchService search, Scheduler scheduler, Messages messages) {
        this.search = search;
        this.scheduler = scheduler;
        this.messages = messages;
        on.subscribe(wanted -> {
            if (started) {
                apply();
            }
        });
    }

    /// Whether the user wants notes of similar meaning (the View menu's "Search by Meaning").
    BooleanProperty onProperty() {
        return on;
    }

    /// "Reading notes for meaning… 120 / 300" while vectors are computed, else empty.
    ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /// The index is ready: the computing may start soon.
    void indexReady() {
        if (!started) {
            started = true;
            scheduler.after(START_DELAY, this::apply);
        }
    }

    private void apply() {
        search.useMeanings(on.get());
        if (on.get()) {
            poll();
        } else {
            status.set("");
        }
    }

    private void poll() {
        if (polling) {
            return;
        }
        var now = search.meaningStatus();
        if (now.isEmpty()
                || !on.get()
                || now.get().failed()
                || (now.get().ready() && !now.get().working())) {
            status.set("");
            return;
        }
        var at = now.get();
        status.set(
                at.working()
                        ? messages.format("status.meanings", at.done(), at.total())
                        : messages.text("status.meaningsLoading"));
        polling = true;
        scheduler.after(POLL, () -> {
            polling = false;
            poll();
        });
    }
}
