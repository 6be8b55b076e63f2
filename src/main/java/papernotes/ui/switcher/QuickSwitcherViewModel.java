package papernotes.ui.switcher;

import java.util.Optional;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import papernotes.model.NoteId;
import papernotes.model.QuickSwitchHit;
import papernotes.service.QuickSwitchService;
import papernotes.ui.Background;

/// Ctrl+P: jump to a note by title, alias, pinyin or initials (`hl` → Disney高清换脸), fuzzy, best first. An empty
/// query lists the notes changed last. Answers come from the background; a late one for an older query is dropped.
public final class QuickSwitcherViewModel {

    static final int LIMIT = 30;

    private final StringProperty query = new SimpleStringProperty("");
    private final ObservableList<QuickSwitchHit> hits = FXCollections.observableArrayList();
    private final QuickSwitchService service;
    private final Background background;
    private long ticket;
    private Background.Cancellable pending = Background.Cancellable.DONE;

    public QuickSwitcherViewModel(QuickSwitchService service, Background background) {
        this.service = service;
        this.background = background;
        query.addListener((property, before, after) -> refresh());
    }

    public StringProperty queryProperty() {
        return query;
    }

    public ObservableList<QuickSwitchHit> hits() {
        return hits;
    }

    public void refresh() {
        long mine = ++ticket;
        pending.cancel();
        var text = query.get() == null ? "" : query.get();
        pending = background.submit(
                () -> service.find(text, LIMIT),
                found -> {
                    if (mine == ticket) {
                        hits.setAll(found);
                    }
                },
                e -> hits.clear());
    }

    /// The note to open for the hit at `index` (Enter opens the first when nothing is chosen).
    public Optional<NoteId> choose(int index) {
        if (hits.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(
                hits.get(Math.clamp(index, 0, hits.size() - 1)).note().id());
    }
}
