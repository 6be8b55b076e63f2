package papernotes.service;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import papernotes.markdown.MarkdownText;
import papernotes.model.InvalidInputException;
import papernotes.model.NoteFilter;
import papernotes.model.NoteId;
import papernotes.model.NoteSummary;
import papernotes.model.ReadingStatus;
import papernotes.model.TopicPath;
import papernotes.search.HitText;
import papernotes.search.LabelMatch;
import papernotes.search.MeaningModel;
import papernotes.search.NoteTexts;
import papernotes.search.PageHit;
import papernotes.search.SearchEngine;
import papernotes.search.SearchHit;
import papernotes.search.SearchRequest;
import papernotes.search.TitleMatcher;
import papernotes.storage.LibraryStore;
import papernotes.storage.StoreSession;
import papernotes.storage.VectorStore;
import papernotes.work.Workers;

/// Search over the library: queries, related notes and the quick switcher's names, each hit described from the
/// library (the source of truth). The index is derived from SQLite only; [IndexUpkeep] keeps it in step.
public final class SearchService implements ChangeListener {

    /// What the index is doing: ready, or being rebuilt (searches then answer from what is indexed so far).
    public enum IndexState {
        OPENING,
        READY,
        REBUILDING
    }

    /// What the index is doing and, while it is rebuilt, how many of the library's notes it has read so far.
    public record IndexStatus(IndexState state, int done, int total) {}

    /// Where the notes' meaning vectors are kept and how the model that computes them is loaded ([MeaningUpkeep]).
    public record MeaningSetup(VectorStore vectors, Supplier<MeaningModel> model) {}

    private final LibraryStore store;
    private final IndexUpkeep upkeep;
    private final Optional<MeaningUpkeep> meanings;

    /// `glossaryProblem`: why the user's glossary could not be used when the engine was opened, if it could not;
    /// with `meanings`, notes of similar meaning follow the word matches once [#startMeanings] is called; `workers`
    /// run the index's catch-up and the meanings' computing.
    public SearchService(
            LibraryStore store,
            SearchEngine engine,
            MarkdownText markdown,
            GlossarySource glossary,
            Optional<String> glossaryProblem,
            Optional<MeaningSetup> meanings,
            Workers workers) {
        this(
                store,
                new IndexUpkeep(
                        store,
                        markdown,
                        glossary,
                        CompletableFuture.completedFuture(engine),
                        lookup(meanings),
                        workers),
                meanings,
                workers);
        upkeep.openedWith(glossaryProblem);
    }

    private SearchService(LibraryStore store, IndexUpkeep upkeep, Optional<MeaningSetup> meanings, Workers workers) {
        this.store = store;
        this.upkeep = upkeep;
        this.meanings = meanings.map(setup -> new MeaningUpkeep(
                store, upkeep.indexedNotes(), setup.vectors(), setup.model(), upkeep::notesChanged, workers));
    }

    private static MeaningLookup lookup(Optional<MeaningSetup> meanings) {
        return meanings.map(setup -> MeaningLookup.of(setup.vectors())).orElse(MeaningLookup.NONE);
    }

    /// Starts computing the notes' meaning vectors in the background, if this service has a [MeaningSetup];
    /// searches use them as they arrive.
    public void startMeanings() {
        meanings.ifPresent(MeaningUpkeep::start);
    }

    /// Turns search by meaning on (starting the computing if it has not started) or off: off, queries go by words
    /// alone and the computing waits. Without a [MeaningSetup], nothing.
    public void useMeanings(boolean on) {
        meanings.ifPresent(m -> {
            m.enable(on);
            if (on) {
                m.start();
            }
        });
    }

    /// How far the meaning vectors are, when they are being computed.
    public Optional<MeaningUpkeep.Status> meaningStatus() {
        return meanings.map(MeaningUpkeep::status);
    }

    /// The user is typing: background work on meanings pauses.
    public void userActive() {
        meanings.ifPresent(MeaningUpkeep::userActive);
    }

    /// Waits until every note saved so far has its meaning vector (for measurements); at once without them.
    public void awaitMeanings() {
        meanings.ifPresent(MeaningUpkeep::awaitAll);
    }

    /// A search service whose engine (the glossary, the analyzers, the Lucene index in `indexDir`) opens on a
    /// background thread and is then brought up to date, so that a window can show the library before: every
    /// method that needs the engine waits for it, and [#status] says [IndexState#OPENING] meanwhile. The opening
    /// starts when [#startOpening] is called, when a method first needs the engine, or after `holdAtMost`,
    /// whichever comes first: a window holds it until its list shows, since on a machine with few cores the opening
    /// (reading the analyzers' dictionaries) otherwise delays the first frame. `meanings` and `workers` as for the
    /// constructor; `workers` also open the engine.
    public static SearchService openInBackground(
            LibraryStore store,
            Path indexDir,
            MarkdownText markdown,
            GlossarySource glossary,
            Duration holdAtMost,
            Optional<MeaningSetup> meanings,
            Workers workers) {
        return new SearchService(
                store,
                IndexUpkeep.openInBackground(
                        store, indexDir, markdown, glossary, holdAtMost, lookup(meanings), workers),
                meanings,
                workers);
    }

    /// Starts opening the index now if it has not started (see [#openInBackground]); returns at once.
    public void startOpening() {
        upkeep.startOpening();
    }

    private SearchEngine engine() {
        return upkeep.engine();
    }

    /// A matcher of names for the quick switcher (waits for the engine).
    public TitleMatcher titleMatcher() {
        return engine().titleMatcher();
    }

    /// Brings the index up to date with the library, waiting until it is: rebuilds it when it had to start empty,
    /// otherwise applies the changes it missed. Returns the number of notes (re)indexed.
    public int bringUpToDate() {
        return upkeep.bringUpToDate();
    }

    /// Starts bringing the index up to date without waiting: a rebuild runs on a background thread while searches
    /// keep answering from what is indexed so far (and say so); a small catch-up is done at once.
    public void bringUpToDateInBackground() {
        upkeep.bringUpToDateInBackground();
    }

    /// Waits until a background rebuild (if any) has finished.
    public void awaitIndex() {
        upkeep.awaitIndex();
    }

    /// Rebuilds the index from the library, in batches; searches answer from the previous view until it is done.
    /// Changes saved meanwhile are caught up at the end.
    public int rebuild() {
        return upkeep.rebuild();
    }

    /// Waits for the index's background merges (for measurements: a rebuild may leave one running).
    public void awaitMerges() {
        upkeep.awaitMerges();
    }

    /// Applies every change made after the index's high-water mark.
    public int catchUp() {
        return upkeep.catchUp();
    }

    /// Brings the pages of attached files in the index in line with the library (after files were attached, read
    /// or taken off).
    public void catchUpPages() {
        upkeep.awaitOpen();
        upkeep.catchUpPages();
    }

    @Override
    public void noteChanged(NoteId id) {
        upkeep.noteChanged(id);
    }

    /// Applies the notes of one write in one read of the library and makes them visible together (see
    /// [IndexUpkeep#notesChanged]).
    @Override
    public void notesChanged(Collection<NoteId> ids) {
        upkeep.notesChanged(ids);
    }

    public IndexState state() {
        return upkeep.state();
    }

    /// The index state with rebuild progress, for a status bar.
    public IndexStatus status() {
        return upkeep.status();
    }

    /// Searches; hits are described from the library (the source of truth), so a note changed a moment ago shows
    /// as it is now.
    public SearchOutcome search(String query, int limit, Optional<TopicPath> topic, Optional<String> tag) {
        return search(query, limit, new NoteFilter(topic, tag));
    }

    /// Searches the notes that pass `filter` (a topic with its sub-topics, a tag, a reading status).
    public SearchOutcome search(String query, int limit, NoteFilter filter) {
        upkeep.awaitOpen();
        upkeep.reloadGlossaryIfChanged();
        long start = System.nanoTime();
        var results = engine().search(
                        new SearchRequest(
                                query,
                                limit,
                                filter.topic().map(TopicPath::toString),
                                filter.tag(),
                                true,
                                () -> queryMeaning(query),
                                filter.status().map(ReadingStatus::key)),
                        this::hitTexts);
        var hits = store.read(session -> {
            var summaries = session.noteListing()
                    .liveSummaries(results.hits().stream()
                            .map(hit -> new NoteId(hit.id()))
                            .toList());
            var list = new ArrayList<SearchOutcome.Hit>();
            for (var hit : results.hits()) {
                var summary = summaries.get(new NoteId(hit.id()));
                if (summary != null) {
                    list.add(new SearchOutcome.Hit(
                            summary,
                            hit.score(),
                            hit.snippets(),
                            hit.labels().stream().map(SearchService::label).toList(),
                            hit.similarMeaning(),
                            pages(session, hit)));
                }
            }
            return list;
        });
        long tookMs = (System.nanoTime() - start) / 1_000_000;
        var notices = new ArrayList<>(results.notices());
        upkeep.glossaryProblem().ifPresent(notices::add);
        if (state() == IndexState.REBUILDING) {
            notices.add("The search index is being rebuilt; results may be incomplete for a moment.");
        }
        return new SearchOutcome(query, results.total(), tookMs, results.expanded(), results.relaxed(), notices, hits);
    }

    /// The pages of the hit's files, each with its file as the note lists it (a file taken off a moment ago is left
    /// out).
    private static List<SearchOutcome.Page> pages(StoreSession session, SearchHit hit) {
        if (hit.pages().isEmpty()) {
            return List.of();
        }
        var files = session.files().of(new NoteId(hit.id()));
        var result = new ArrayList<SearchOutcome.Page>();
        for (PageHit page : hit.pages()) {
            files.stream()
                    .filter(file -> file.stored().equals(page.stored()))
                    .findFirst()
                    .ifPresent(file -> result.add(new SearchOutcome.Page(file, page.page(), page.snippet())));
        }
        return result;
    }

    /// The `limit` notes most like the note `id` outside the trash, best first, described from the library: notes
    /// that share its telling words, or their translations through the glossary (a note about `超分` finds notes
    /// about super-resolution). The note's text is read from the library, so a note saved a moment ago is compared
    /// as it is now.
    public List<NoteSummary> related(NoteId id, int limit) {
        upkeep.awaitOpen();
        if (limit < 1) {
            throw new InvalidInputException("Ask for at least one related note.");
        }
        upkeep.reloadGlossaryIfChanged();
        var note = store.read(session -> session.notes()
                        .find(id)
                        .map(stored -> upkeep.indexedNotes().of(stored.note(), IndexedNotes.topicMap(session))))
                .orElseThrow(() -> new NoteNotFoundException("There is no note with the id " + id + "."));
        // a note trashed a moment ago may linger in the index until its change is applied: ask for a few more
        var hits = engine().related(note, limit + RELATED_SLACK);
        return store.read(session -> {
            var list = new ArrayList<NoteSummary>();
            for (var hit : hits) {
                if (list.size() == limit) {
                    break;
                }
                session.notes()
                        .find(new NoteId(hit.id()))
                        .filter(s -> !s.isTrashed() && !s.note().id().equals(id))
                        .ifPresent(stored -> list.add(stored.note().summary()));
            }
            return List.copyOf(list);
        });
    }

    private static SearchOutcome.Label label(LabelMatch match) {
        var kind = switch (match.kind()) {
            case TITLE -> SearchOutcome.Label.Kind.TITLE;
            case ALIAS -> SearchOutcome.Label.Kind.ALIAS;
            case TAG -> SearchOutcome.Label.Kind.TAG;
            case TOPIC -> SearchOutcome.Label.Kind.TOPIC;
        };
        return new SearchOutcome.Label(kind, match.marked(), match.spelled());
    }

    static final int RELATED_SLACK = 5;

    /// The labels and plain text of the notes `ids`, as the index analysed them, for snippets and matched labels:
    /// read from the library, so that the index need not keep a copy of every note.
    private Map<String, HitText> hitTexts(List<String> ids) {
        var noteIds = ids.stream().map(NoteId::new).toList();
        return store.read(session -> {
            var summaries = session.noteListing().liveSummaries(noteIds);
            var aliases = session.noteNames().liveAliases(noteIds);
            var topics = IndexedNotes.topicMap(session);
            var texts = new HashMap<String, HitText>();
            session.notes()
                    .liveBodies(noteIds)
                    .forEach((id, body) -> Optional.ofNullable(summaries.get(id))
                            .ifPresent(summary -> texts.put(
                                    id.value(),
                                    new HitText(
                                            summary.title(),
                                            aliases.getOrDefault(id, List.of()),
                                            summary.tags(),
                                            IndexedNotes.topicNames(summary.topic(), topics),
                                            upkeep.indexedNotes().plainText(body)))));
            return texts;
        });
    }

    /// The query's meaning vector, when the meaning vectors are in use.
    private Optional<byte[]> queryMeaning(String query) {
        return meanings.flatMap(m -> m.queryVector(query));
    }

    /// Ids of the best `limit` notes for `query`, without snippets: for measurements and batch checks.
    public List<String> searchIds(String query, int limit) {
        return searchIds(query, limit, true);
    }

    /// As above; by the words alone unless `byMeaning` and the meaning vectors are in use.
    public List<String> searchIds(String query, int limit, boolean byMeaning) {
        upkeep.awaitOpen();
        upkeep.reloadGlossaryIfChanged();
        Supplier<Optional<byte[]>> meaning = byMeaning ? () -> queryMeaning(query) : Optional::empty;
        return engine()
                .search(
                        new SearchRequest(query, limit, Optional.empty(), Optional.empty(), false, meaning),
                        NoteTexts.NONE)
                .hits()
                .stream()
                .map(SearchHit::id)
                .toList();
    }

    /// Stops a background rebuild, makes the index durable with its high-water mark; called when the library closes.
    public void close() {
        meanings.ifPresent(MeaningUpkeep::close);
        upkeep.close();
    }

    /// The library change number the index reflects.
    public long highWaterMark() {
        return upkeep.highWaterMark();
    }

    /// Ids of the notes in the index, for checks.
    public List<String> indexedIds() {
        return upkeep.indexedIds();
    }
}
