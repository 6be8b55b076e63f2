package papernotes.ui.main;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import papernotes.model.NoteId;

/// The notes opened in this window, in order, for going back and forward between them (Alt+← and Alt+→, the mouse's
/// side buttons), as a browser does: opening a note after going back drops what was ahead. At most [#KEPT] notes.
final class NoteNavigation {

    static final int KEPT = 200;

    private final List<NoteId> visited = new ArrayList<>();
    private int at = -1;

    /// The note `id` was opened (by any means but going back or forward).
    void opened(NoteId id) {
        if (at >= 0 && visited.get(at).equals(id)) {
            return;
        }
        visited.subList(at + 1, visited.size()).clear();
        visited.add(id);
        if (visited.size() > KEPT) {
            visited.removeFirst();
        }
        at = visited.size() - 1;
    }

    /// The nearest note before the one open that can still be opened, now the one open; empty when there is none
    /// (and then nothing moves).
    Optional<NoteId> back(Predicate<NoteId> openable) {
        for (int i = at - 1; i >= 0; i--) {
            if (openable.test(visited.get(i))) {
                at = i;
                return Optional.of(visited.get(i));
            }
        }
        return Optional.empty();
    }

    /// The nearest note after the one open that can still be opened, now the one open; empty when there is none.
    Optional<NoteId> forward(Predicate<NoteId> openable) {
        for (int i = at + 1; i < visited.size(); i++) {
            if (openable.test(visited.get(i))) {
                at = i;
                return Optional.of(visited.get(i));
            }
        }
        return Optional.empty();
    }
}
