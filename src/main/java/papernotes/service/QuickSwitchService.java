package papernotes.service;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.PriorityQueue;

import papernotes.model.InvalidInputException;
import papernotes.model.Note;
import papernotes.model.NoteId;
import papernotes.model.NoteSummary;
import papernotes.model.QuickSwitchHit;
import papernotes.search.TitleMatcher;
import papernotes.storage.LibraryStore;

/// The quick switcher (Ctrl+P): jump to a note by typing part of its title or of an alias, in letters, Chinese
/// characters, pinyin or pinyin initials, or with letters left out ([TitleMatcher]). An empty query offers the most
/// recently updated notes.
///
/// The names of the notes outside the trash are prepared once (their pinyin looked up) and kept. Each search first
/// asks the library for its change number (docs/decisions/0005-search-index-lifecycle.md); when it moved, only the
/// notes stamped since are read and prepared again, so a save costs the next search one note, and changes made by
/// any path (the seeder, a restore) are seen.
public final class QuickSwitchService {

    /// An alias match ranks this much below the same match on a title.
    static final double ALIAS_PENALTY = 0.5;
    /// When more notes than this changed at once, everything is read again rather than note by note.
    static final int FULL_RELOAD = 1000;

    private static final Comparator<QuickSwitchHit> ORDER = Comparator.comparingDouble(QuickSwitchHit::score).reversed()
            .thenComparing(hit -> hit.note().title(), String.CASE_INSENSITIVE_ORDER)
            .thenComparing(hit -> hit.note().id());
    private static final Comparator<NoteSummary> RECENT = Comparator.comparing(NoteSummary::updated).reversed()
            .thenComparing(NoteSummary::title, String.CASE_INSENSITIVE_ORDER).thenComparing(NoteSummary::id);

    private final LibraryStore store;
    private final TitleMatcher matcher;
    private final Map<NoteId, Entry> entries = new HashMap<>();
    private Entry[] snapshot = new Entry[0];
    private long seen = -1;

    /// A note and its names, prepared for matching.
    private record Entry(NoteSummary note, TitleMatcher.Name title, List<TitleMatcher.Name> aliases) {
    }

    public QuickSwitchService(LibraryStore store, TitleMatcher matcher) {
        this.store = store;
        this.matcher = matcher;
    }

    /// The `limit` notes whose title or alias best matches `query`, best first, each with the name that matched
    /// and the positions to highlight in it; for a blank query, the `limit` most recently updated notes. A query
    /// with no letter, digit or Chinese character finds nothing.
    public synchronized List<QuickSwitchHit> find(String query, int limit) {
        if (limit < 1) {
            throw new InvalidInputException("Ask for at least one note.");
        }
        var notes = current();
        if (query.isBlank()) {
            return recent(notes, limit);
        }
        var prepared = matcher.query(query);
        if (prepared.isEmpty()) {
            return List.of();
        }
        var best = new PriorityQueue<QuickSwitchHit>(limit + 1, ORDER.reversed());
        for (Entry entry : notes) {
            match(prepared, entry).ifPresent(hit -> {
                best.add(hit);
                if (best.size() > limit) {
                    best.poll();
                }
            });
        }
        var hits = new ArrayList<>(best);
        hits.sort(ORDER);
        return List.copyOf(hits);
    }

    /// The best match of any of the note's names; the title wins a tie.
    private Optional<QuickSwitchHit> match(TitleMatcher.Query query, Entry entry) {
        var title = matcher.match(query, entry.title());
        Optional<QuickSwitchHit> best = title.map(m -> new QuickSwitchHit(entry.note(), entry.title().text(), true,
                m.positions(), m.score()));
        for (TitleMatcher.Name alias : entry.aliases()) {
            var match = matcher.match(query, alias);
            if (match.isPresent() && (best.isEmpty() || match.get().score() - ALIAS_PENALTY > best.get().score())) {
                best = Optional.of(new QuickSwitchHit(entry.note(), alias.text(), false, match.get().positions(),
                        match.get().score() - ALIAS_PENALTY));
            }
        }
        return best;
    }

    private static List<QuickSwitchHit> recent(Entry[] notes, int limit) {
        var newest = new PriorityQueue<NoteSummary>(limit + 1, RECENT.reversed());
        for (Entry entry : notes) {
            newest.add(entry.note());
            if (newest.size() > limit) {
                newest.poll();
            }
        }
        var summaries = new ArrayList<>(newest);
        summaries.sort(RECENT);
        return summaries.stream().map(note -> new QuickSwitchHit(note, note.title(), true, List.of(), 0)).toList();
    }

    /// The prepared notes as the library has them now.
    private Entry[] current() {
        var changes = store.read(session -> {
            long sequence = session.notes().changeSequence();
            if (sequence == seen) {
                return Optional.<Changes>empty();
            }
            var changed = seen < 0 ? List.<Map.Entry<NoteId, Boolean>>of() : session.notes().changedSince(seen);
            if (seen < 0 || changed.size() > FULL_RELOAD) {
                var aliases = session.notes().liveAliases();
                var all = session.notes().list(papernotes.model.NoteFilter.ALL).stream()
                        .map(note -> new Named(note, aliases.getOrDefault(note.id(), List.of()))).toList();
                return Optional.of(new Changes(sequence, true, all, List.of()));
            }
            var live = new ArrayList<Named>();
            var gone = new ArrayList<NoteId>();
            for (var change : changed) {
                var stored = change.getValue() ? Optional.<papernotes.model.StoredNote>empty() : session.notes().find(change.getKey());
                stored.filter(s -> !s.isTrashed()).ifPresentOrElse(s -> live.add(named(s.note())), () -> gone.add(change.getKey()));
            }
            return Optional.of(new Changes(sequence, false, live, gone));
        });
        changes.ifPresent(this::apply);
        return snapshot;
    }

    /// What changed in the library since the names were last prepared; `all` when `live` is every note.
    private record Changes(long sequence, boolean all, List<Named> live, List<NoteId> gone) {
    }

    private record Named(NoteSummary note, List<String> aliases) {
    }

    private static Named named(Note note) {
        return new Named(note.summary(), note.aliases());
    }

    private void apply(Changes changes) {
        if (changes.all()) {
            entries.clear();
        }
        changes.gone().forEach(entries::remove);
        for (Named named : changes.live()) {
            var previous = entries.get(named.note().id());
            var title = previous != null && previous.title().text().equals(named.note().title())
                    ? previous.title() : matcher.name(named.note().title());
            var aliases = named.aliases().stream().map(matcher::name).toList();
            entries.put(named.note().id(), new Entry(named.note(), title, aliases));
        }
        snapshot = entries.values().toArray(Entry[]::new);
        seen = changes.sequence();
    }
}
