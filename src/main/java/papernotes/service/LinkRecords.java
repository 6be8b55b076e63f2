package papernotes.service;

import static papernotes.service.NoteService.LINKS_BATCH;
import static papernotes.service.NoteService.LINKS_FORMAT;
import static papernotes.service.NoteService.LINKS_FORMAT_KEY;

import java.util.Map.Entry;
import java.util.Optional;
import papernotes.markdown.LinkTargets;
import papernotes.model.NoteId;
import papernotes.storage.LibraryStore;

/// Catching the library's record of what each note links to up with [LinkTargets] (see
/// [NoteService#bringLinksUpToDate]).
final class LinkRecords {

    private LinkRecords() {}

    static int bringUpToDate(LibraryStore store, LinkTargets linkTargets) {
        boolean current = store.read(session -> session.meta().get(LINKS_FORMAT_KEY))
                .filter(LINKS_FORMAT::equals)
                .isPresent();
        if (current) {
            return 0;
        }
        int count = 0;
        Optional<NoteId> after = Optional.empty();
        while (true) {
            var from = after;
            var batch = store.write(session -> {
                var bodies = session.notes().bodies(from, LINKS_BATCH);
                for (var body : bodies) {
                    session.links().replace(body.getKey(), linkTargets.of(body.getValue()));
                }
                if (bodies.isEmpty()) {
                    session.meta().put(LINKS_FORMAT_KEY, LINKS_FORMAT);
                }
                return bodies.stream().map(Entry::getKey).toList();
            });
            if (batch.isEmpty()) {
                return count;
            }
            count += batch.size();
            after = Optional.of(batch.getLast());
        }
    }
}
