package papernotes.ui.note;

import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import papernotes.model.Failures;
import papernotes.model.Labels;
import papernotes.model.Note;
import papernotes.model.NoteId;
import papernotes.model.PaperNotesException;
import papernotes.model.Theme;
import papernotes.service.DraftCopy;
import papernotes.service.NoteService;
import papernotes.service.RenderService;
import papernotes.ui.Background;
import papernotes.ui.Messages;
import papernotes.ui.Scheduler;

/// The open note: read as a rendered page, or edited (Markdown source beside a live preview; title, topic and tags
/// in the header). Edits are saved [#AUTOSAVE] after the last change, and always before another note opens, the
/// mode changes or the window closes ([#flush]). The saves made while a note stays open are one editing session
/// with one revision, holding the note as it was before (a pause of [NoteService#SESSION_PAUSE] starts another).
/// A save the library refuses (an empty title, a bad topic) is reported in one sentence and the draft stays as
/// typed.
public final class NoteViewModel {

    /// At most this long after the last keystroke, the draft is saved.
    public static final Duration AUTOSAVE = Duration.ofMillis(800);
    /// The live preview follows the source this long after typing pauses.
    static final Duration PREVIEW = Duration.ofMillis(250);

    public enum Mode {
        READ,
        EDIT
    }

    // Properties

    private final ReadOnlyObjectWrapper<Optional<Note>> note = new ReadOnlyObjectWrapper<>(Optional.empty());
    private final ReadOnlyObjectWrapper<Mode> mode = new ReadOnlyObjectWrapper<>(Mode.READ);
    private final ReadOnlyStringWrapper page = new ReadOnlyStringWrapper("");
    private final StringProperty title = new SimpleStringProperty("");
    private final StringProperty topic = new SimpleStringProperty("");
    private final StringProperty body = new SimpleStringProperty("");
    private final ObservableList<String> tags = FXCollections.observableArrayList();
    private final StringProperty paper = new SimpleStringProperty("");
    private final StringProperty code = new SimpleStringProperty("");
    private final StringProperty arxiv = new SimpleStringProperty("");
    private final StringProperty year = new SimpleStringProperty("");
    private final StringProperty venue = new SimpleStringProperty("");
    private final ReadOnlyBooleanWrapper dirty = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper saveStatus = new ReadOnlyStringWrapper("");
    private final ObjectProperty<Theme> theme = new SimpleObjectProperty<>(Theme.LIGHT);

    private final NoteService notes;
    private final Scheduler scheduler;
    private final Messages messages;
    private final DraftCopy copies = new DraftCopy();
    private final List<BiConsumer<Note, Note>> saveListeners = new ArrayList<>();
    private final List<Runnable> beforeSave = new ArrayList<>();
    private boolean loading;
    /// Whether the open note was saved since it was opened: its next saves continue that editing session's
    /// revision ([NoteService#amend]) rather than each keeping one.
    private boolean continuing;
    private Background.Cancellable autosave = Background.Cancellable.DONE;
    private Background.Cancellable preview = Background.Cancellable.DONE;
    private final PageRendering pages;

    public NoteViewModel(
            NoteService notes, RenderService render, Background background, Scheduler scheduler, Messages messages) {
        this.notes = notes;
        this.scheduler = scheduler;
        this.messages = messages;
        this.pages = new PageRendering(render, background, messages);
        title.addListener((property, before, after) -> draftChanged());
        topic.addListener((property, before, after) -> draftChanged());
        body.addListener((property, before, after) -> draftChanged());
        tags.addListener((ListChangeListener<String>) change -> draftChanged());
        for (var field : List.of(paper, code, arxiv, year, venue)) {
            field.addListener((property, before, after) -> draftChanged());
        }
        theme.addListener((property, before, after) -> renderPage());
    }

    /// The note as last saved, when one is open.
    public ReadOnlyObjectProperty<Optional<Note>> noteProperty() {
        return note.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Mode> modeProperty() {
        return mode.getReadOnlyProperty();
    }

    /// The rendered page: the saved note when reading, the draft (the live preview) when editing.
    public ReadOnlyStringProperty pageProperty() {
        return page.getReadOnlyProperty();
    }

    public StringProperty titleProperty() {
        return title;
    }

    /// The topic path as typed (`Face Swap / Disney`).
    public StringProperty topicProperty() {
        return topic;
    }

    public StringProperty bodyProperty() {
        return body;
    }

    public ObservableList<String> tags() {
        return tags;
    }

    /// The paper's address, as typed in the header (empty: none).
    public StringProperty paperProperty() {
        return paper;
    }

    public StringProperty codeProperty() {
        return code;
    }

    /// The arXiv id, or a pasted arXiv address (stored as the id).
    public StringProperty arxivProperty() {
        return arxiv;
    }

    public StringProperty yearProperty() {
        return year;
    }

    public StringProperty venueProperty() {
        return venue;
    }

    /// Whether the draft has changes not saved yet.
    public ReadOnlyBooleanProperty dirtyProperty() {
        return dirty.getReadOnlyProperty();
    }

    /// "Saved 10:32", "Unsaved changes", or why the last save failed.
    public ReadOnlyStringProperty saveStatusProperty() {
        return saveStatus.getReadOnlyProperty();
    }

    public ObjectProperty<Theme> themeProperty() {
        return theme;
    }

    /// Called with the note before and after every successful save (the list and sidebar refresh from it).
    public void onSaved(BiConsumer<Note, Note> listener) {
        saveListeners.add(listener);
    }

    // Commands

    /// Opens a note, saving the draft of the note open before. Returns false, and keeps the open note, when that
    /// draft cannot be saved (the reason is in the save status) or the note asked for is in the trash.
    public boolean open(NoteId id) {
        if (!flush()) {
            return false;
        }
        if (note.get().map(Note::id).filter(id::equals).isPresent()) {
            return true;
        }
        var stored = notes.get(id);
        if (stored.isTrashed()) {
            saveStatus.set(messages.format("note.inTrash", stored.note().title()));
            return false;
        }
        show(stored.note());
        saveStatus.set("");
        return true;
    }

    /// Called before every save: a view commits what is typed but not yet handed over (the topic field).
    public void beforeSave(Runnable commit) {
        beforeSave.add(commit);
    }

    /// Reads the open note again after it changed elsewhere (a revision restored, its topic renamed), saving the
    /// draft first; a note that went to the trash meanwhile is closed.
    public void reload() {
        var open = note.get();
        if (open.isEmpty() || !flush()) {
            return;
        }
        var stored = notes.get(open.get().id());
        if (stored.isTrashed()) {
            dismiss();
        } else {
            show(stored.note());
        }
    }

    /// Saves and closes the open note. Returns false, keeping it open, when the draft cannot be saved.
    public boolean close() {
        if (!flush()) {
            return false;
        }
        dismiss();
        return true;
    }

    /// Saves the draft as the window closes and stops what is still scheduled (the live preview), which would
    /// otherwise run after the window's background work has been shut down. Returns false, keeping everything as
    /// it was, when the draft cannot be saved.
    public boolean shutdown() {
        if (!flush()) {
            return false;
        }
        preview.cancel();
        return true;
    }

    /// Closes the open note without saving: for a note that is gone (moved to the trash after its last save).
    public void dismiss() {
        continuing = false;
        autosave.cancel();
        preview.cancel();
        loading = true;
        try {
            note.set(Optional.empty());
            title.set("");
            topic.set("");
            body.set("");
            tags.clear();
            List.of(paper, code, arxiv, year, venue).forEach(field -> field.set(""));
        } finally {
            loading = false;
        }
        dirty.set(false);
        mode.set(Mode.READ);
        page.set("");
        saveStatus.set("");
    }

    /// Switches between reading and editing (Ctrl+E); leaving the editor saves.
    public void toggleEdit() {
        if (note.get().isEmpty()) {
            return;
        }
        if (mode.get() == Mode.EDIT) {
            if (!flush()) {
                return;
            }
            mode.set(Mode.READ);
        } else {
            mode.set(Mode.EDIT);
        }
        renderPage();
    }

    /// Saves the draft now if it has changes. Returns false when the library refused it (the reason is in the
    /// save status and the draft is kept).
    public boolean flush() {
        autosave.cancel();
        beforeSave.forEach(Runnable::run);
        if (!dirty.get() || note.get().isEmpty()) {
            return true;
        }
        var saved = note.get().get();
        try {
            var changes = draft().changesFrom(saved);
            var outcome = continuing ? notes.amend(saved.id(), changes, saved) : notes.edit(saved.id(), changes);
            continuing = continuing || outcome.changed();
            var after = outcome.note();
            loading = true;
            try {
                note.set(Optional.of(after));
            } finally {
                loading = false;
            }
            dirty.set(draft().differsFrom(after));
            saveStatus.set(messages.format(
                    "note.saved",
                    DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT)
                            .withLocale(messages.locale())
                            .withZone(ZoneId.systemDefault())
                            .format(after.updated())));
            saveListeners.forEach(listener -> listener.accept(saved, after));
            return true;
        } catch (PaperNotesException e) {
            saveStatus.set(messages.format("note.saveFailed", Failures.message(e)));
            return false;
        }
    }

    /// Adds a tag typed in the header (ignored when already there or empty).
    public void addTag(String raw) {
        if (raw == null || raw.isBlank()) {
            return;
        }
        try {
            var tag = Labels.tag(raw);
            if (tags.stream().noneMatch(t -> t.equalsIgnoreCase(tag))) {
                tags.add(tag);
            }
        } catch (PaperNotesException e) {
            saveStatus.set(e.getMessage());
        }
    }

    public void removeTag(String tag) {
        tags.remove(tag);
    }

    /// Writes the open note as typed (saved or not) to a Markdown file outside the library, and says so in the
    /// save status; the way to keep a draft the library cannot take. Returns whether it was written.
    public boolean saveCopy(Path file) {
        if (note.get().isEmpty()) {
            return false;
        }
        try {
            copies.save(
                    new papernotes.service.DraftCopy.Draft(title.get(), topic.get(), List.copyOf(tags), body.get()),
                    file);
            saveStatus.set(
                    messages.format("note.copySaved", file.toAbsolutePath().normalize()));
            return true;
        } catch (PaperNotesException e) {
            saveStatus.set(e.getMessage());
            return false;
        }
    }

    /// The draft's tags as a note would carry them, for completion.
    public List<String> currentTags() {
        return List.copyOf(tags);
    }

    private void show(Note shown) {
        continuing = false;
        loading = true;
        try {
            note.set(Optional.of(shown));
            title.set(shown.title());
            topic.set(shown.topic().toString());
            body.set(shown.body());
            tags.setAll(shown.tags());
            var links = shown.links();
            paper.set(links.paper().orElse(""));
            code.set(links.code().orElse(""));
            arxiv.set(links.arxiv().orElse(""));
            year.set(links.year().map(String::valueOf).orElse(""));
            venue.set(links.venue().orElse(""));
        } finally {
            loading = false;
        }
        dirty.set(false);
        renderPage();
    }

    private void draftChanged() {
        if (loading || note.get().isEmpty()) {
            return;
        }
        // compared as the library would store it (see Draft): a draft the library tidied on saving is not dirty
        dirty.set(draft().differsFrom(note.get().get()));
        autosave.cancel();
        if (dirty.get()) {
            saveStatus.set(messages.text("note.unsaved"));
            autosave = scheduler.after(AUTOSAVE, this::flush);
        }
        if (mode.get() == Mode.EDIT) {
            preview.cancel();
            preview = scheduler.after(PREVIEW, this::renderPage);
        }
    }

    private Draft draft() {
        return new Draft(
                title.get(),
                topic.get(),
                body.get(),
                paper.get(),
                code.get(),
                arxiv.get(),
                year.get(),
                venue.get(),
                tags);
    }

    /// Renders in the background: the saved note when reading, the draft when editing (a draft that cannot be a
    /// note yet, such as one with an empty title, shows under the saved title).
    private void renderPage() {
        if (note.get().isEmpty()) {
            page.set("");
            return;
        }
        var saved = note.get().get();
        var shown = mode.get() == Mode.EDIT ? draft().preview(saved) : saved;
        pages.render(shown, theme.get(), page::set, saveStatus::set);
    }
}
