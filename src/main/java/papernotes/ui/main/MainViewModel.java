package papernotes.ui.main;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import papernotes.model.NoteDraft;
import papernotes.model.NoteId;
import papernotes.model.PaperLinks;
import papernotes.model.PaperNotesException;
import papernotes.model.TopicPath;
import papernotes.service.NoteService;
import papernotes.service.SearchService;
import papernotes.ui.Messages;
import papernotes.ui.Scheduler;
import papernotes.ui.note.NoteViewModel;
import papernotes.ui.search.NoteRow;
import papernotes.ui.search.SearchViewModel;
import papernotes.ui.sidebar.SidebarViewModel;

/// The main window: the sidebar, the note list with its search, the open note, and the status bar. It wires the
/// three together: choosing a topic or tag filters the list, a save refreshes the list and the counts.
public final class MainViewModel {

    static final Duration INDEX_POLL = Duration.ofMillis(400);

    // Properties

    private final ReadOnlyStringWrapper notesStatus = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper indexStatus = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");

    private final SidebarViewModel sidebar;
    private final SearchViewModel search;
    private final NoteViewModel note;
    private final NoteService notes;
    private final SearchService searchService;
    private final Scheduler scheduler;
    private final Messages messages;
    private final MeaningProgress meanings;
    private boolean rebuildSeen;
    private boolean openingSeen;
    /// The last refused save's sentence in the status bar, which the next successful save takes away.
    private String refusal = "";
    private final NoteNavigation navigation = new NoteNavigation();
    /// Set while going back or forward, so that the note opened is not recorded as a new step.
    private boolean navigating;

    public MainViewModel(
            SidebarViewModel sidebar,
            SearchViewModel search,
            NoteViewModel note,
            NoteService notes,
            SearchService searchService,
            Scheduler scheduler,
            Messages messages) {
        this.sidebar = sidebar;
        this.search = search;
        this.note = note;
        this.notes = notes;
        this.searchService = searchService;
        this.scheduler = scheduler;
        this.meanings = new MeaningProgress(searchService, scheduler, messages);
        this.messages = messages;
        sidebar.onChanged(this::reload);
        note.noteProperty().subscribe(open -> open.filter(n -> !navigating).ifPresent(n -> navigation.opened(n.id())));
        search.answersProperty().subscribe(this::updateCounts);
        // the background work on meanings pauses while the user types, in the search field or in a note
        search.queryProperty().subscribe(query -> searchService.userActive());
        meanings.statusProperty().subscribe(this::showMeanings);
        // a topic or tag command must not pull the note from under an unsaved draft
        sidebar.beforeCommand(() -> {
            boolean saved = note.flush();
            if (!saved) {
                sayRefused();
            }
            return saved;
        });
        sidebar.onTagRenamed((from, to) -> search.tagFilterProperty()
                .get()
                .filter(tag -> from.stream().anyMatch(tag::equalsIgnoreCase))
                .ifPresent(tag -> search.tagFilterProperty().set(Optional.of(to))));
        sidebar.onMoved((from, to) -> search.topicFilterProperty()
                .get()
                .filter(filter -> filter.isWithin(from))
                .ifPresent(filter -> search.topicFilterProperty().set(to.map(path -> {
                    var names = new ArrayList<>(path.names());
                    names.addAll(filter.names()
                            .subList(from.names().size(), filter.names().size()));
                    return new TopicPath(names);
                }))));
        sidebar.messageProperty().addListener((property, before, after) -> {
            if (!after.isEmpty()) {
                message.set(after);
            }
        });
        note.onSaved((before, after) -> {
            // typing saves every moment: the topic tree and tags are read again only when they can have changed
            if (!before.topic().equals(after.topic()) || !before.tags().equals(after.tags())) {
                sidebar.load();
                updateCounts();
            }
            search.saved(before.summary(), after.summary());
            searchService.userActive();
            // the draft is saved now: why it was not before no longer holds
            if (message.get().equals(refusal)) {
                message.set("");
            }
        });
    }

    /// Says why the open note could not be saved (or opened), until a save succeeds.
    void sayRefused() {
        refusal = note.saveStatusProperty().get();
        message.set(refusal);
    }

    public SidebarViewModel sidebar() {
        return sidebar;
    }

    public SearchViewModel search() {
        return search;
    }

    public NoteViewModel note() {
        return note;
    }

    /// "27 notes" for the status bar, or "6 of 27 notes" while the list shows only some of them.
    public ReadOnlyStringProperty notesStatusProperty() {
        return notesStatus.getReadOnlyProperty();
    }

    /// "Index ready" or "Rebuilding index 1,500 / 3,000".
    public ReadOnlyStringProperty indexStatusProperty() {
        return indexStatus.getReadOnlyProperty();
    }

    /// Whether notes of similar meaning follow the word matches (see [MeaningProgress]); off until the window says.
    public BooleanProperty meaningsOnProperty() {
        return meanings.onProperty();
    }

    private void showMeanings(String progress) {
        if (!progress.isEmpty()) {
            indexStatus.set(progress);
        } else if (searchService.status().state() == SearchService.IndexState.READY) {
            indexStatus.set(messages.text("status.indexReady"));
        }
    }

    /// The last thing the user should know (an action that failed, a note that was restored).
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    // Commands

    /// Shows a sentence in the status bar (how an export or import went).
    public void say(String sentence) {
        message.set(sentence);
    }

    /// Reads the library: topics, tags, the list, and starts watching the index.
    public void load() {
        sidebar.load();
        search.refresh();
        updateCounts();
        pollIndex();
    }

    /// Reads the counts, tags and list again after a change made elsewhere (the trash, a dialog).
    public void reload() {
        try {
            note.reload();
        } catch (PaperNotesException e) {
            note.dismiss();
        }
        sidebar.load();
        search.refresh();
        updateCounts();
    }

    /// Opens a note of the list (saving the draft of the note open before).
    public boolean open(NoteId id) {
        try {
            var before = note.noteProperty().get().map(open -> open.id());
            boolean opened = note.open(id);
            // the list selecting the open note again (after a refresh) leaves what the status bar says
            if (!opened) {
                sayRefused();
            } else if (!before.equals(Optional.of(id))) {
                message.set("");
            }
            return opened;
        } catch (PaperNotesException e) {
            message.set(e.getMessage());
            return false;
        }
    }

    /// Alt+← (or the mouse's back button): the note opened before this one; false when there is none.
    public boolean back() {
        return go(navigation.back(this::openable));
    }

    /// Alt+→ (or the mouse's forward button): the note gone back from; false when there is none.
    public boolean forward() {
        return go(navigation.forward(this::openable));
    }

    /// Whether a note gone back or forward to can be opened (not trashed or deleted since).
    private boolean openable(NoteId id) {
        try {
            return !notes.get(id).isTrashed();
        } catch (PaperNotesException e) {
            return false;
        }
    }

    private boolean go(Optional<NoteId> next) {
        if (next.isEmpty()) {
            return false;
        }
        navigating = true;
        try {
            return open(next.get());
        } finally {
            navigating = false;
        }
    }

    /// Opens the note a link points to (`note:ID`); an id that is not a note says so.
    public void openLinked(String id) {
        if (NoteId.isWellFormed(id)) {
            open(new NoteId(id));
        }
    }

    /// Enter in the search field: opens the best hit.
    public Optional<NoteRow> openFirst() {
        var rows = search.rows();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        open(rows.getFirst().note().id());
        return Optional.of(rows.getFirst());
    }

    /// Creates a note from the new-note form (Ctrl+N) and opens it for editing. Returns false, with the reason in
    /// the message, when the form cannot be a note.
    public boolean create(NewNoteForm form) {
        try {
            var topic = form.topic().isBlank()
                    ? TopicPath.of(messages.text("newNote.defaultTopic"))
                    : TopicPath.parse(form.topic());
            var arxiv = form.arxiv().isBlank()
                    ? NewNoteForm.arxivIn(form.paper())
                    : Optional.of(form.arxiv().strip());
            var links = new PaperLinks(
                    Optional.of(form.paper()),
                    Optional.of(form.code()),
                    arxiv,
                    Optional.empty(),
                    PaperLinks.parseYear(form.year()),
                    Optional.of(form.venue()));
            var created = notes.create(
                    new NoteDraft(Optional.empty(), form.title(), topic, form.tags(), List.of(), links, ""));
            sidebar.load();
            search.refresh();
            updateCounts();
            open(created.id());
            if (note.modeProperty().get() != NoteViewModel.Mode.EDIT) {
                note.toggleEdit();
            }
            message.set(messages.format("newNote.created", created.title()));
            return true;
        } catch (PaperNotesException e) {
            message.set(e.getMessage());
            return false;
        }
    }

    /// Shows a note made away from the form (from a paper, a PDF): the lists and counts again, the note opened.
    void showMade(NoteId id) {
        sidebar.load();
        search.refresh();
        updateCounts();
        open(id);
    }

    /// Moves the open note to the trash and closes it.
    public void trashOpenNote() {
        note.noteProperty().get().ifPresent(open -> {
            if (!note.flush()) {
                sayRefused();
                return;
            }
            try {
                notes.trash(open.id());
                note.dismiss();
                message.set(messages.format("note.trashed", open.title()));
                sidebar.load();
                search.refresh();
                updateCounts();
            } catch (PaperNotesException e) {
                message.set(e.getMessage());
            }
        });
    }

    /// Saves everything before the window closes. Returns false when a draft could not be saved.
    public boolean shutdown() {
        return note.shutdown();
    }

    private void updateCounts() {
        notesStatus.set(
                search.narrowedProperty().get()
                        ? messages.format(
                                "status.notesOf", search.listedProperty().get(), sidebar.totalNotes())
                        : messages.format("status.notes", sidebar.totalNotes()));
    }

    /// Shows what the index is doing until it is ready. Searches answered while it was rebuilt may miss notes, so
    /// the list is refreshed once it is ready; not after a mere opening, which searches wait for (at 100,000 notes
    /// that refresh would list every note again, or run the first search twice).
    private void pollIndex() {
        var status = searchService.status();
        if (status.state() != SearchService.IndexState.READY) {
            indexStatus.set(
                    status.state() == SearchService.IndexState.OPENING
                            ? messages.text("status.indexOpening")
                            : messages.format("status.indexRebuilding", status.done(), status.total()));
            if (status.state() == SearchService.IndexState.REBUILDING) {
                rebuildSeen = true;
            } else {
                openingSeen = true;
            }
            scheduler.after(INDEX_POLL, this::pollIndex);
        } else {
            indexStatus.set(messages.text("status.indexReady"));
            meanings.indexReady();
            // a rebuild that began and ended between two looks still says how many notes it read
            if (rebuildSeen || (openingSeen && status.total() > 0)) {
                search.refresh();
            }
            rebuildSeen = false;
            openingSeen = false;
        }
    }
}
