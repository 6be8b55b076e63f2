package papernotes.ui.search;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.jspecify.annotations.Nullable;
import papernotes.model.NoteFilter;
import papernotes.model.NoteId;
import papernotes.model.NoteSummary;
import papernotes.model.ReadingStatus;
import papernotes.model.TopicPath;
import papernotes.service.NoteService;
import papernotes.service.SearchOutcome;
import papernotes.service.SearchService;
import papernotes.ui.Background;
import papernotes.ui.Messages;

/// The note list and the search over it. With an empty query the list shows the notes of the topic and tag
/// filters; with a query it shows the hits, best first, with their snippets and what the query was expanded to.
/// Every change of query or filter starts a new background search and cancels the one before, whose answer, if it
/// still arrives, is dropped: the window never waits and never shows a stale answer.
public final class SearchViewModel {

    static final int LIMIT = 200;
    private static final Pattern PARTIAL = Pattern.compile("(\\d+) notes? contains? all the words; .*");

    // Properties

    private final StringProperty query = new SimpleStringProperty("");
    private final ObjectProperty<Optional<TopicPath>> topicFilter = new SimpleObjectProperty<>(Optional.empty());
    private final ObjectProperty<Optional<String>> tagFilter = new SimpleObjectProperty<>(Optional.empty());
    private final ObjectProperty<Optional<ReadingStatus>> statusFilter = new SimpleObjectProperty<>(Optional.empty());
    private final ObservableList<NoteRow> rows = FXCollections.observableArrayList();
    private final ObservableList<NoteRow> rowsView = FXCollections.unmodifiableObservableList(rows);
    private final ReadOnlyStringWrapper expansion = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper lastSearch = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper searching = new ReadOnlyBooleanWrapper();
    private final ReadOnlyIntegerWrapper answers = new ReadOnlyIntegerWrapper();
    /// The pages of files the search shown matched, by note, best first.
    private List<Map.Entry<NoteId, SearchOutcome.Page>> shownPages = List.of();
    private final ReadOnlyIntegerWrapper listed = new ReadOnlyIntegerWrapper();
    private final ReadOnlyBooleanWrapper narrowed = new ReadOnlyBooleanWrapper();

    private final NoteService notes;
    private final SearchService search;
    private final Background background;
    private final Messages messages;
    private long generation;
    /// The refresh whose answer the rows show.
    private long shown = -1;
    private Optional<Runnable> onAnswer = Optional.empty();
    private Background.Cancellable pending = Background.Cancellable.DONE;
    private @Nullable CompletableFuture<List<NoteSummary>> firstListing;

    public SearchViewModel(NoteService notes, SearchService search, Background background, Messages messages) {
        this.notes = notes;
        this.search = search;
        this.background = background;
        this.messages = messages;
        query.addListener((property, before, after) -> refresh());
        topicFilter.addListener((property, before, after) -> refresh());
        tagFilter.addListener((property, before, after) -> refresh());
        statusFilter.addListener((property, before, after) -> refresh());
    }

    public StringProperty queryProperty() {
        return query;
    }

    public ObjectProperty<Optional<TopicPath>> topicFilterProperty() {
        return topicFilter;
    }

    public ObjectProperty<Optional<String>> tagFilterProperty() {
        return tagFilter;
    }

    /// The reading status the list is limited to, browsing or searching (empty: any, or none).
    public ObjectProperty<Optional<ReadingStatus>> statusFilterProperty() {
        return statusFilter;
    }

    /// The notes listed: search hits best first, or the notes of the filters.
    public ObservableList<NoteRow> rows() {
        return rowsView;
    }

    /// What the query was expanded to through the glossary, for the line above the list; empty when nothing was.
    public ReadOnlyStringProperty expansionProperty() {
        return expansion.getReadOnlyProperty();
    }

    /// Anything else worth saying about the answer (relaxed to most words, query cut, index rebuilding).
    public ReadOnlyStringProperty noticeProperty() {
        return notice.getReadOnlyProperty();
    }

    /// "12 notes" or "3 of 27 notes match".
    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    /// How long the last search took, for the status bar; empty before the first search.
    public ReadOnlyStringProperty lastSearchProperty() {
        return lastSearch.getReadOnlyProperty();
    }

    /// Whether the list shows search hits (a query is typed) rather than browsing.
    public ReadOnlyBooleanProperty searchingProperty() {
        return searching.getReadOnlyProperty();
    }

    /// How many notes the list counts: those listed, or every hit of the search (the list shows the best of them).
    public ReadOnlyIntegerProperty listedProperty() {
        return listed.getReadOnlyProperty();
    }

    /// Whether the list shows only some of the notes (a query, a topic, a tag or a status), as of its last answer.
    public ReadOnlyBooleanProperty narrowedProperty() {
        return narrowed.getReadOnlyProperty();
    }

    /// How many answers (a listing, search hits or a failure) the list has shown: one more with each, even when
    /// it looks like the one before; for whoever waits for an answer (the start-up probe).
    public ReadOnlyIntegerProperty answersProperty() {
        return answers.getReadOnlyProperty();
    }

    // Commands

    /// A note was saved. While browsing (no query), a save that keeps the note's title, topic, tags and reading
    /// status and priority keeps its place in the list and in any filter: its row is replaced where it is, without
    /// listing the library again (at 100,000 notes every autosave would list every note). Otherwise the list or the
    /// search is run again.
    public void saved(NoteSummary before, NoteSummary after) {
        var text = query.get() == null ? "" : query.get().strip();
        boolean samePlace = before.title().equals(after.title())
                && before.topic().equals(after.topic())
                && before.tags().equals(after.tags())
                && before.reading().equals(after.reading());
        if (!text.isEmpty() || !samePlace) {
            refresh();
            return;
        }
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).note().id().equals(after.id())) {
                rows.set(
                        i,
                        new NoteRow(
                                after,
                                rows.get(i).snippets(),
                                rows.get(i).pages(),
                                rows.get(i).rank()));
                return;
            }
        }
    }

    /// Lists again for the current query and filters; the previous answer, if still coming, is dropped.
    public void refresh() {
        long ticket = ++generation;
        pending.cancel();
        var text = query.get() == null ? "" : query.get().strip();
        var topic = topicFilter.get();
        var tag = tagFilter.get();
        var filter = new NoteFilter(topic, tag, statusFilter.get());
        var prefetched = Optional.ofNullable(firstListing).filter(listing -> !filter.narrows());
        firstListing = null;
        if (text.isEmpty()) {
            pending = background.submit(
                    () -> prefetched.flatMap(SearchViewModel::answer).orElseGet(() -> notes.list(filter)),
                    list -> {
                        if (ticket == generation) {
                            showList(list, filter.narrows());
                            answered(ticket);
                        }
                    },
                    this::failed);
        } else {
            pending = background.submit(
                    () -> search.search(text, LIMIT, filter),
                    outcome -> {
                        if (ticket == generation) {
                            showHits(outcome);
                            answered(ticket);
                        }
                    },
                    this::failed);
        }
    }

    /// Runs `action` once the rows answer the query and filters as they are now: at once when they do, else when
    /// that answer arrives (Enter typed right after the query acts on its hits, not on the list shown before them).
    /// A later action replaces one still waiting; an answer that fails drops it.
    public void whenAnswered(Runnable action) {
        if (shown == generation) {
            onAnswer = Optional.empty();
            action.run();
        } else {
            onAnswer = Optional.of(action);
        }
    }

    private void answered(long ticket) {
        shown = ticket;
        answers.set(answers.get() + 1);
        var action = onAnswer;
        onAnswer = Optional.empty();
        action.ifPresent(Runnable::run);
    }

    /// The listing of every note, already being read: the window starts reading it while it is built (at 100,000
    /// notes the longest part of its start). The next refresh that lists every note takes it rather than reading
    /// the library again; if that reading failed, it reads again.
    public void startWith(CompletableFuture<List<NoteSummary>> listing) {
        firstListing = listing;
    }

    private static Optional<List<NoteSummary>> answer(CompletableFuture<List<NoteSummary>> listing) {
        try {
            return Optional.of(listing.join());
        } catch (CompletionException | CancellationException e) {
            return Optional.empty();
        }
    }

    /// Empties the query (Esc); the list goes back to browsing.
    public void clear() {
        query.set("");
    }

    /// A topic chosen in the sidebar filters the list (with the tag chosen, if any); "All notes" (empty) shows every
    /// note.
    public void chooseTopic(Optional<TopicPath> topic) {
        if (topic.isEmpty()) {
            tagFilter.set(Optional.empty());
        }
        topicFilter.set(topic);
    }

    public void clearTopicFilter() {
        topicFilter.set(Optional.empty());
    }

    public void clearTagFilter() {
        tagFilter.set(Optional.empty());
    }

    private void showList(List<NoteSummary> list, boolean filtered) {
        searching.set(false);
        listed.set(list.size());
        narrowed.set(filtered);
        rows.setAll(list.stream().map(NoteRow::of).toList());
        expansion.set("");
        notice.set("");
        summary.set(messages.format("list.count", list.size()));
    }

    /// The first page of the note's file `stored` that the search shown matched, best first; empty when the list
    /// shows no search or the search did not match in that file.
    public Optional<Integer> pageFound(NoteId id, String stored) {
        if (!searching.get()) {
            return Optional.empty();
        }
        return shownPages.stream()
                .filter(page -> page.getKey().equals(id)
                        && page.getValue().file().stored().equals(stored))
                .map(page -> page.getValue().page())
                .findFirst();
    }

    private void showHits(SearchOutcome outcome) {
        shownPages = outcome.hits().stream()
                .flatMap(hit ->
                        hit.pages().stream().map(page -> Map.entry(hit.note().id(), page)))
                .toList();
        searching.set(true);
        listed.set(outcome.total());
        narrowed.set(true);
        var hits = outcome.hits();
        rows.setAll(IntStream.range(0, hits.size())
                .mapToObj(i -> new NoteRow(hits.get(i).note(), passages(hits.get(i)), pageLines(hits.get(i)), i + 1))
                .toList());
        expansion.set(
                outcome.expanded().isEmpty()
                        ? ""
                        : messages.format("search.expanded", String.join("; ", outcome.expanded())));
        notice.set(
                String.join(" ", outcome.notices().stream().map(this::localized).toList()));
        summary.set(messages.format("search.count", outcome.total()));
        lastSearch.set(messages.format("status.lastSearch", outcome.tookMs()));
    }

    /// What a hit shows under its title: the passages of its text that matched or, for a hit found through its
    /// labels alone, those labels (`Title: Disney高清<mark>换脸</mark> (huanlian → 换脸)`), in the snippets' form;
    /// for a note found by its meaning alone, a sentence saying so. Pages of its PDFs that matched are
    /// [#pageLines].
    private List<PageLine> pageLines(SearchOutcome.Hit hit) {
        return hit.pages().stream()
                .map(page -> new PageLine(
                        page.file(),
                        page.page(),
                        messages.format("search.page", escaped(page.file().fileName()), page.page(), page.snippet())))
                .toList();
    }

    private List<String> passages(SearchOutcome.Hit hit) {
        if (!hit.snippets().isEmpty() || !hit.pages().isEmpty()) {
            return hit.snippets();
        }
        if (hit.similarMeaning()) {
            return List.of(escaped(messages.text("search.similarMeaning")));
        }
        return hit.labels().stream()
                .limit(2)
                .map(label -> {
                    var kind = switch (label.kind()) {
                        case TITLE -> messages.text("search.matched.title");
                        case ALIAS -> messages.text("search.matched.alias");
                        case TAG -> messages.text("search.matched.tag");
                        case TOPIC -> messages.text("search.matched.topic");
                    };
                    var marked = (label.kind() == SearchOutcome.Label.Kind.TAG ? "#" : "") + label.marked();
                    var line = messages.format("search.matched", escaped(kind), marked);
                    return label.spelled()
                            .map(spelled -> messages.format(
                                    "search.matchedPinyin",
                                    line,
                                    escaped(spelled),
                                    escaped(markedText(label.marked()))))
                            .orElse(line);
                })
                .toList();
    }

    /// The marked parts of a label, as plain text.
    private static String markedText(String marked) {
        return String.join(
                "",
                SnippetText.pieces(marked).stream()
                        .filter(SnippetText.Piece::marked)
                        .map(SnippetText.Piece::text)
                        .toList());
    }

    private static String escaped(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    /// The search's sentences in the window's language (those it knows; any other stays as the library said it).
    private String localized(String sentence) {
        var partial = PARTIAL.matcher(sentence);
        if (sentence.startsWith("No note contains all the words")) {
            return messages.text("search.relaxed");
        } else if (partial.matches()) {
            return messages.format("search.partial", Integer.parseInt(partial.group(1)));
        } else if (sentence.startsWith("There is nothing to search for")) {
            return messages.text("search.nothing");
        } else if (sentence.startsWith("The query was cut")) {
            return messages.text("search.cut");
        } else if (sentence.startsWith("Only the first")) {
            return messages.text("search.tooManyWords");
        } else if (sentence.startsWith("The search index is being rebuilt")) {
            return messages.text("search.rebuilding");
        }
        return sentence;
    }

    private void failed(Exception e) {
        rows.clear();
        notice.set(e.getMessage() == null ? e.toString() : e.getMessage());
        summary.set("");
        onAnswer = Optional.empty();
        answers.set(answers.get() + 1);
    }
}
