package papernotes.service;

import java.util.Collection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import papernotes.model.NoteId;

/// Tells a [ChangeListener] (the search index) about a committed change. Its failure never undoes the save: every
/// changed note carries a new change number, and the index catches up on those at the next start.
final class Announcer {

    private static final Logger LOG = LoggerFactory.getLogger(Announcer.class);

    private final ChangeListener listener;

    Announcer(ChangeListener listener) {
        this.listener = listener;
    }

    void note(NoteId id) {
        try {
            listener.noteChanged(id);
        } catch (RuntimeException e) {
            LOG.warn("The search index missed the change to note {}; it catches up at the next start", id, e);
        }
    }

    void notes(Collection<NoteId> ids) {
        if (ids.isEmpty()) {
            return;
        }
        try {
            listener.notesChanged(ids);
        } catch (RuntimeException e) {
            LOG.warn("The search index missed the change to {} notes; it catches up at the next start", ids.size(), e);
        }
    }
}
