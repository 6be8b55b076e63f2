package papernotes.service;

import java.time.Clock;
import java.util.function.Supplier;
import papernotes.interchange.Vault;
import papernotes.model.NoteDraft;
import papernotes.model.TopicDraft;
import papernotes.storage.LibraryStore;

/// Fills a new, empty library with the notes PaperNotes ships with, once. A library that was ever seeded, or that
/// already holds notes, is left as it is, so a user who deletes the shipped notes does not get them back.
public final class LibrarySeeder {

    static final String SEEDED_KEY = "seeded";
    static final String TITLE_KEY = "title";

    private final LibraryStore store;
    private final NoteService notes;
    private final Clock clock;

    public LibrarySeeder(LibraryStore store, NoteService notes, Clock clock) {
        this.store = store;
        this.notes = notes;
        this.clock = clock;
    }

    /// Seeds the library from `shipped` (read only when needed) in one transaction. Returns the notes added.
    public int fillIfNew(Supplier<Vault> shipped) {
        boolean needed = store.read(session ->
                session.meta().get(SEEDED_KEY).isEmpty() && session.notes().countAll() == 0);
        if (!needed) {
            return 0;
        }
        var vault = shipped.get();
        return store.write(session -> {
            if (session.meta().get(SEEDED_KEY).isPresent() || session.notes().countAll() > 0) {
                return 0;
            }
            var now = clock.instant();
            for (TopicDraft topic : vault.topics()) {
                session.topics().save(topic);
            }
            for (NoteDraft draft : vault.notes()) {
                notes.insert(session, draft, now);
            }
            vault.title().ifPresent(title -> session.meta().put(TITLE_KEY, title));
            session.meta().put(SEEDED_KEY, now.toString());
            return vault.notes().size();
        });
    }
}
