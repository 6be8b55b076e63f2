package papernotes.ui.main;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import papernotes.model.Failures;
import papernotes.model.NoteChanges;
import papernotes.model.NoteSummary;
import papernotes.model.PaperNotesException;
import papernotes.model.ReadingStatus;
import papernotes.model.TopicPath;
import papernotes.service.NoteService;
import papernotes.ui.Messages;
import papernotes.ui.ReadingLabels;

/// What the note list's context menu does to the notes chosen: open one, move them to a topic, add a tag, mark
/// them to read, reading or read, move them to the trash. They go through the same services as the note's header (an
/// edit, which keeps the version
/// before as a revision) and its bin button (the trash, from which they are restored), one write per note; the open
/// note's draft is saved first, and afterwards the open note, the list, the counts and the status bar follow. A note
/// that cannot be changed (trashed meanwhile) does not stop the others; the status bar says why.
public final class NoteListActions {

    private final MainViewModel main;
    private final NoteService notes;
    private final Messages messages;

    public NoteListActions(MainViewModel main, NoteService notes, Messages messages) {
        this.main = main;
        this.notes = notes;
        this.messages = messages;
    }

    /// The topics notes can be moved to, as paths (`3D Face Reconstruction/帝国理工组`).
    public List<String> topics() {
        return main.sidebar().topicPaths();
    }

    public void open(NoteSummary note) {
        main.open(note.id());
    }

    /// Moves the notes to `topic`. Returns false when any was not moved (the reason is in the status bar).
    public boolean moveTo(List<NoteSummary> chosen, TopicPath topic) {
        var changes = NoteChanges.none().withTopic(topic);
        return command(
                chosen,
                note -> notes.edit(note.id(), changes),
                done -> done.size() == 1
                        ? messages.format("list.moved", done.getFirst().title(), topic.toString())
                        : messages.format("list.movedMany", done.size(), topic.toString()));
    }

    /// Adds `tag` (as typed; blank does nothing) to the notes.
    public boolean addTag(List<NoteSummary> chosen, String tag) {
        if (tag.isBlank()) {
            return false;
        }
        NoteChanges changes;
        try {
            changes = NoteChanges.none().withAddedTags(List.of(tag));
        } catch (PaperNotesException e) {
            main.say(Failures.message(e));
            return false;
        }
        var added = changes.addTags().getFirst();
        return command(
                chosen,
                note -> notes.edit(note.id(), changes),
                done -> done.size() == 1
                        ? messages.format("list.tagged", added, done.getFirst().title())
                        : messages.format("list.taggedMany", added, done.size()));
    }

    /// Gives the notes the reading status `status`, or takes theirs away (empty).
    public boolean markAs(List<NoteSummary> chosen, Optional<ReadingStatus> status) {
        var changes = NoteChanges.none().withStatus(status);
        var labels = new ReadingLabels(messages);
        return command(
                chosen,
                note -> notes.edit(note.id(), changes),
                done -> status.map(labels::status)
                        .map(name -> done.size() == 1
                                ? messages.format("list.marked", done.getFirst().title(), name)
                                : messages.format("list.markedMany", done.size(), name))
                        .orElseGet(() -> done.size() == 1
                                ? messages.format(
                                        "list.unmarked", done.getFirst().title())
                                : messages.format("list.unmarkedMany", done.size())));
    }

    /// What to ask before several notes go to the trash ("Move 3 notes to the trash?").
    public String trashQuestion(List<NoteSummary> chosen) {
        return messages.format("list.trashConfirm", chosen.size());
    }

    /// Moves the notes to the trash; the open note is closed when it is one of them.
    public boolean trash(List<NoteSummary> chosen) {
        return command(
                chosen,
                note -> notes.trash(note.id()),
                done -> done.size() == 1
                        ? messages.format("note.trashed", done.getFirst().title())
                        : messages.format("list.trashedMany", done.size()));
    }

    /// Saves the draft, writes each note, reads the window's state again and says what was done (and why not).
    private boolean command(
            List<NoteSummary> chosen, Consumer<NoteSummary> write, Function<List<NoteSummary>, String> said) {
        if (chosen.isEmpty()) {
            return false;
        }
        if (!main.note().flush()) {
            main.sayRefused();
            return false;
        }
        var done = new ArrayList<NoteSummary>();
        var problems = new ArrayList<String>();
        for (var note : chosen) {
            try {
                write.accept(note);
                done.add(note);
            } catch (PaperNotesException e) {
                problems.add(e.getMessage());
            }
        }
        main.reload();
        var sentences = new ArrayList<String>();
        if (!done.isEmpty()) {
            sentences.add(said.apply(done));
        }
        problems.stream().findFirst().ifPresent(sentences::add);
        main.say(String.join(" ", sentences));
        return problems.isEmpty();
    }
}
