package papernotes.ui.note;

import java.nio.file.Path;
import java.time.Duration;
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
import javafx.beans.property.StringProperty;
import javafx.collections.ObservableList;
import papernotes.model.Note;
import papernotes.model.NoteId;
import papernotes.model.PaperNotesException;
import papernotes.model.ReadingPriority;
import papernotes.model.ReadingStatus;
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
    private final NoteFields fields = new NoteFields();
    private final ReadOnlyBooleanWrapper dirty = new ReadOnlyBooleanWrapper();
    private final SaveStatus saveStatus;
    private final ObjectProperty<Theme> theme = new SimpleObjectProperty<>(Theme.LIGHT);

    private final NoteService notes;
    private final Scheduler scheduler;
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
        this.saveStatus = new SaveStatus(messages);
        this.pages = new PageRendering(render, background, messages);
        fields.onChange(this::draftChanged);
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
        return fields.titleProperty();
    }

    /// The topic path as typed (`Face Swap / Disney`).
    public StringProperty topicProperty() {
        return fields.topicProperty();
    }

    public StringProperty bodyProperty() {
        return fields.bodyProperty();
    }

    public ObservableList<String> tags() {
        return fields.tags();
    }

    /// The paper's links as typed in the header.
    public PaperLinkFields links() {
        return fields.links();
    }

    /// The reading status as chosen (empty: none); saved with the note's other fields.
    public ObjectProperty<Optional<ReadingStatus>> statusProperty() {
        return fields.statusProperty();
    }

    /// The reading priority as chosen (empty: none); saved with the note's other fields.
    public ObjectProperty<Optional<ReadingPriority>> priorityProperty() {
        return fields.priorityProperty();
    }

    /// Whether the draft has changes not saved yet.
    public ReadOnlyBooleanProperty dirtyProperty() {
        return dirty.getReadOnlyProperty();
    }

    /// "Saved 10:32", "Unsaved changes", or why the last save failed.
    public ReadOnlyStringProperty saveStatusProperty() {
        return saveStatus.property();
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
            saveStatus.inTrash(stored.note().title());
            return false;
        }
        show(stored.note());
        saveStatus.clear();
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
            fields.clear();
        } finally {
            loading = false;
        }
        dirty.set(false);
        mode.set(Mode.READ);
        page.set("");
        saveStatus.clear();
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
            var changes = fields.draft().changesFrom(saved);
            var outcome = continuing ? notes.amend(saved.id(), changes, saved) : notes.edit(saved.id(), changes);
            continuing = continuing || outcome.changed();
            var after = outcome.note();
            loading = true;
            try {
                note.set(Optional.of(after));
            } finally {
                loading = false;
            }
            dirty.set(fields.draft().differsFrom(after));
            saveStatus.saved(after.updated());
            saveListeners.forEach(listener -> listener.accept(saved, after));
            return true;
        } catch (PaperNotesException e) {
            saveStatus.saveFailed(e);
            return false;
        }
    }

    /// Adds a tag typed in the header (ignored when already there or empty).
    public void addTag(String raw) {
        try {
            fields.addTag(raw);
        } catch (PaperNotesException e) {
            saveStatus.refused(e);
        }
    }

    public void removeTag(String tag) {
        fields.removeTag(tag);
    }

    /// Writes the open note as typed (saved or not) to a Markdown file outside the library, and says so in the
    /// save status; the way to keep a draft the library cannot take. Returns whether it was written.
    public boolean saveCopy(Path file) {
        if (note.get().isEmpty()) {
            return false;
        }
        try {
            copies.save(fields.copy(), file);
            saveStatus.copySaved(file);
            return true;
        } catch (PaperNotesException e) {
            saveStatus.refused(e);
            return false;
        }
    }

    /// The draft's tags as a note would carry them, for completion.
    public List<String> currentTags() {
        return List.copyOf(fields.tags());
    }

    private void show(Note shown) {
        continuing = false;
        loading = true;
        try {
            note.set(Optional.of(shown));
            fields.show(shown);
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
        dirty.set(fields.draft().differsFrom(note.get().get()));
        autosave.cancel();
        if (dirty.get()) {
            saveStatus.unsaved();
            autosave = scheduler.after(AUTOSAVE, this::flush);
        }
        if (mode.get() == Mode.EDIT) {
            preview.cancel();
            preview = scheduler.after(PREVIEW, this::renderPage);
        }
    }

    /// Renders in the background: the saved note when reading, the draft when editing (a draft that cannot be a
    /// note yet, such as one with an empty title, shows under the saved title).
    private void renderPage() {
        if (note.get().isEmpty()) {
            page.set("");
            return;
        }
        var saved = note.get().get();
        var shown = mode.get() == Mode.EDIT ? fields.draft().preview(saved) : saved;
        pages.render(shown, theme.get(), page::set, saveStatus::say);
    }
}
