package papernotes.service;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.PriorityQueue;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import papernotes.model.InvalidInputException;
import papernotes.model.Note;
import papernotes.model.NoteFilter;
import papernotes.model.NoteId;
import papernotes.model.NoteSummary;
import papernotes.model.QuickSwitchHit;
import papernotes.model.StoredNote;
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

    private static final Comparator<QuickSwitchHit> ORDER = Comparator.comparingDouble(QuickSwitchHit::score)
            .reversed()
            .thenComparing(hit -> hit.note().title(), String.CASE_INSENSITIVE_ORDER)
            .thenComparing(hit -> hit.note().id());
    private static final Comparator<NoteSummary> RECENT = Comparator.comparing(NoteSummary::updated)
            .reversed()
            .thenComparing(NoteSummary::title, String.CASE_INSENSITIVE_ORDER)
            .thenComparing(NoteSummary::id);

    private final LibraryStore store;
    private final Supplier<TitleMatcher> matcherSource;
    private @Nullable TitleMatcher matcher;
    /// The prepared notes, and where each sits in that list.
    private final List<Entry> entries = new ArrayList<>();
    private final Map<NoteId, Integer> positions = new HashMap<>();
    private long seen = -1;

    /// A note and its names, prepared for matching.
    private record Entry(NoteSummary note, TitleMatcher.Name title, List<TitleMatcher.Name> aliases) {}

    public QuickSwitchService(LibraryStore store, TitleMatcher matcher) {
        this(store, () -> matcher);
    }

    /// With the matcher made when first needed (the search engine it comes from may still be opening).
    public QuickSwitchService(LibraryStore store, Supplier<TitleMatcher> matcher) {
        this.store = store;
        this.matcherSource = matcher;
    }

    private TitleMatcher matcher() {
        if (matcher == null) {
            matcher = matcherSource.get();
        }
        return matcher;
    }

    /// Reads and prepares every name now, so that the first [#find] answers at once: seconds for a large library,
    /// worth doing on a background thread when the library opens.
    public synchronized void prepare() {
        current();
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
        var prepared = matcher().query(query);
        if (prepared.isEmpty()) {
            return List.of();
        }
        var best = new PriorityQueue<QuickSwitchHit>(limit + 1, ORDER.reversed());
        for (Entry entry : notes) {
            double floor =
                    best.size() < limit ? Double.NEGATIVE_INFINITY : best.peek().score();
            match(prepared, entry, floor).ifPresent(hit -> {
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

    /// The best match of any of the note's names (the title wins a tie), when it scores at least `floor`.
    private Optional<QuickSwitchHit> match(TitleMatcher.Query query, Entry entry, double floor) {
        var best = matcher().match(query, entry.title());
        var name = entry.title();
        double score = best.map(TitleMatcher.Match::score).orElse(Double.NEGATIVE_INFINITY);
        for (TitleMatcher.Name alias : entry.aliases()) {
            var match = matcher().match(query, alias);
            if (match.isPresent() && match.get().score() - ALIAS_PENALTY > score) {
                best = match;
                name = alias;
                score = match.get().score() - ALIAS_PENALTY;
            }
        }
        if (best.isEmpty() || score < floor) {
            return Optional.empty();
        }
        return Optional.of(new QuickSwitchHit(
                entry.note(), name.text(), name == entry.title(), best.get().positions(), score));
    }

    private static List<QuickSwitchHit> recent(List<Entry> notes, int limit) {
        var newest = new PriorityQueue<NoteSummary>(limit + 1, RECENT.reversed());
        for (Entry entry : notes) {
            newest.add(entry.note());
            if (newest.size() > limit) {
                newest.poll();
            }
        }
        var summaries = new ArrayList<>(newest);
        summaries.sort(RECENT);
        return summaries.stream()
                .map(note -> new QuickSwitchHit(note, note.title(), true, List.of(), 0))
                .toList();
    }

    /// The prepared notes as the library has them now.
    private List<Entry> current() {
        var changes = store.read(session -> {
            long sequence = session.changes().latest();
            if (sequence == seen) {
                return Optional.<Changes>empty();
            }
            var changed = seen < 0
                    ? List.<Map.Entry<NoteId, Boolean>>of()
                    : session.changes().changedSince(seen);
            if (seen < 0 || changed.size() > FULL_RELOAD) {
                var aliases = session.noteNames().liveAliases();
                var all = session.noteListing().list(NoteFilter.ALL).stream()
                        .map(note -> new Named(note, aliases.getOrDefault(note.id(), List.of())))
                        .toList();
                return Optional.of(new Changes(sequence, true, all, List.of()));
            }
            var live = new ArrayList<Named>();
            var gone = new ArrayList<NoteId>();
            for (var change : changed) {
                var stored = change.getValue()
                        ? Optional.<StoredNote>empty()
                        : session.notes().find(change.getKey());
                stored.filter(s -> !s.isTrashed())
                        .ifPresentOrElse(s -> live.add(named(s.note())), () -> gone.add(change.getKey()));
            }
            return Optional.of(new Changes(sequence, false, live, gone));
        });
        changes.ifPresent(this::apply);
        return entries;
    }

    /// What changed in the library since the names were last prepared; `all` when `live` is every note.
    private record Changes(long sequence, boolean all, List<Named> live, List<NoteId> gone) {}

    private record Named(NoteSummary note, List<String> aliases) {}

    private static Named named(Note note) {
        return new Named(note.summary(), note.aliases());
    }

    private void apply(Changes changes) {
        if (changes.all()) {
            entries.clear();
            positions.clear();
        }
        changes.gone().forEach(this::remove);
        for (Named named : changes.live()) {
            var at = Optional.ofNullable(positions.get(named.note().id()));
            var previous = at.map(entries::get);
            var title = previous.filter(
                            p -> p.title().text().equals(named.note().title()))
                    .map(Entry::title)
                    .orElseGet(() -> matcher().name(named.note().title()));
            var aliases = named.aliases().stream().map(matcher()::name).toList();
            var entry = new Entry(named.note(), title, aliases);
            if (at.isPresent()) {
                entries.set(at.get(), entry);
            } else {
                positions.put(named.note().id(), entries.size());
                entries.add(entry);
            }
        }
        seen = changes.sequence();
    }

    /// Removes a note by moving the last entry into its place.
    private void remove(NoteId id) {
        var at = positions.remove(id);
        if (at == null) {
            return;
        }
        var last = entries.removeLast();
        if (at < entries.size()) {
            entries.set(at, last);
            positions.put(last.note().id(), at);
        }
    }
}
