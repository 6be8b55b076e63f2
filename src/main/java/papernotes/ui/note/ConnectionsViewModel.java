package papernotes.ui.note;

import java.util.List;
import java.util.Optional;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import papernotes.model.NoteId;
import papernotes.model.NoteSummary;
import papernotes.service.NoteService;
import papernotes.service.SearchService;
import papernotes.ui.Background;

/// Below each note: the notes that link to it (backlinks) and its five most related notes (more-like-this over the
/// bilingual fields, so a Chinese note finds its English neighbours). Read in the background when a note opens.
public final class ConnectionsViewModel {

    static final int RELATED = 5;

    private final ObservableList<NoteSummary> backlinks = FXCollections.observableArrayList();
    private final ObservableList<NoteSummary> related = FXCollections.observableArrayList();
    private final NoteService notes;
    private final SearchService search;
    private final Background background;
    private long ticket;
    private Background.Cancellable pending = Background.Cancellable.DONE;

    public ConnectionsViewModel(NoteService notes, SearchService search, Background background) {
        this.notes = notes;
        this.search = search;
        this.background = background;
    }

    public ObservableList<NoteSummary> backlinks() {
        return backlinks;
    }

    public ObservableList<NoteSummary> related() {
        return related;
    }

    /// Shows the connections of a note, or none.
    public void show(Optional<NoteId> note) {
        long mine = ++ticket;
        pending.cancel();
        if (note.isEmpty()) {
            backlinks.clear();
            related.clear();
            return;
        }
        var id = note.get();
        pending = background.submit(
                () -> new Found(notes.backlinks(id), search.related(id, RELATED)),
                found -> {
                    if (mine == ticket) {
                        backlinks.setAll(found.backlinks());
                        related.setAll(found.related());
                    }
                },
                e -> {
                    backlinks.clear();
                    related.clear();
                });
    }

    private record Found(List<NoteSummary> backlinks, List<NoteSummary> related) {}
}
