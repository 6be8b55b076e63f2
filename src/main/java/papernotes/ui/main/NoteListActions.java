package papernotes.ui.main;

import java.util.List;

import papernotes.model.NoteChanges;
import papernotes.model.NoteSummary;
import papernotes.model.PaperNotesException;
import papernotes.model.TopicPath;
import papernotes.service.NoteService;
import papernotes.ui.Messages;

/// What the note list's context menu does to a note: open it, move it to a topic, add a tag, move it to the trash.
/// They go through the same services as the note's header (an edit, which keeps the version before as a revision)
/// and its bin button (the trash, from which it is restored); the open note's draft is saved first, and afterwards
/// the open note, the list, the counts and the status bar follow.
public final class NoteListActions {

    private final MainViewModel main;
    private final NoteService notes;
    private final Messages messages;

    public NoteListActions(MainViewModel main, NoteService notes, Messages messages) {
        this.main = main;
        this.notes = notes;
        this.messages = messages;
    }

    /// The topics a note can be moved to, as paths (`3D Face Reconstruction/帝国理工组`).
    public List<String> topics() {
        return main.sidebar().topicPaths();
    }

    public void open(NoteSummary note) {
        main.open(note.id());
    }

    /// Moves the note to `topic`. Returns false, with the reason in the status bar, when nothing was done.
    public boolean moveTo(NoteSummary note, TopicPath topic) {
        return command(() -> {
            notes.edit(note.id(), NoteChanges.none().withTopic(topic));
            return messages.format("list.moved", note.title(), topic.toString());
        });
    }

    /// Adds `tag` (as typed; blank does nothing) to the note.
    public boolean addTag(NoteSummary note, String tag) {
        if (tag.isBlank()) {
            return false;
        }
        return command(() -> {
            var changes = NoteChanges.none().withAddedTags(List.of(tag));
            notes.edit(note.id(), changes);
            return messages.format("list.tagged", changes.addTags().getFirst(), note.title());
        });
    }

    /// Moves the note to the trash; the open note is closed when it is the one.
    public boolean trash(NoteSummary note) {
        return command(() -> {
            notes.trash(note.id());
            return messages.format("note.trashed", note.title());
        });
    }

    /// Saves the draft, runs `action`, reads the window's state again and says what was done (or why not).
    private boolean command(java.util.function.Supplier<String> action) {
        if (!main.note().flush()) {
            main.sayRefused();
            return false;
        }
        try {
            var done = action.get();
            main.reload();
            main.say(done);
            return true;
        } catch (PaperNotesException e) {
            main.reload();
            main.say(e.getMessage());
            return false;
        }
    }
}
