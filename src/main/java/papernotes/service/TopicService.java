package papernotes.service;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import papernotes.model.InvalidInputException;
import papernotes.model.Labels;
import papernotes.model.NoteId;
import papernotes.model.Topic;
import papernotes.model.TopicPath;
import papernotes.storage.LibraryStore;
import papernotes.storage.StoreSession;
import papernotes.storage.TopicRepository;

/// The topic tree as people browse and arrange it: creating, renaming, moving and trashing topics. Each change is
/// one transaction. Names match ignoring ASCII case, as everywhere in the tree.
///
/// Renaming or moving a topic changes the topic path that every note in it and below it shows, so those notes are
/// stamped with a new change number and announced to the search index; their `updated` times stay and no revision
/// is kept (the notes themselves were not edited). A new display name is announced the same way, since the index
/// searches topic names in both languages.
///
/// **The trash.** [#trash] moves every note in the topic and below it to the trash. Notes in the trash keep their
/// topic, so that restoring one puts it back where it was: topics that still file a note in the trash stay in the
/// library, marked as trashed and hidden from [#list]; those that file none are deleted at once. Restoring a note
/// brings its topic and the topics above it back; so does creating a topic of the same path, or filing a note there.
/// Deleting the notes for good (`NoteService.purge`, `emptyTrash`) deletes the trashed topics left empty. A topic
/// renamed or moved onto the name of a trashed sibling takes it over: the trashed topic's notes and sub-topics
/// become its own (they would have come back to that path anyway).
public final class TopicService {

    private final LibraryStore store;
    private final Clock clock;
    private final Announcer announcer;

    public TopicService(LibraryStore store, Clock clock, ChangeListener listener) {
        this.store = store;
        this.clock = clock;
        this.announcer = new Announcer(listener);
    }

    public TopicService(LibraryStore store) {
        this(store, Clock.systemUTC(), ChangeListener.NONE);
    }

    /// All topics outside the trash in tree order, with their note counts.
    public List<Topic> list() {
        return store.read(session -> session.topics().list());
    }

    /// Creates the topic at `path` with a display name (may be empty), and any missing topic above it.
    public Topic create(TopicPath path, String nameZh) {
        var zh = Labels.topicNameZh(nameZh);
        return store.write(session -> {
            var topics = session.topics();
            if (topics.find(path).isPresent()) {
                throw new InvalidInputException("The topic '" + path + "' already exists.");
            }
            long id = topics.ensure(path);
            topics.rename(id, path.name(), zh);
            return topic(topics, id);
        });
    }

    /// Gives the topic at `path` a new name and display name; the topics and notes below it move with it.
    public Topic rename(TopicPath path, String newName, String newNameZh) {
        var name = newName.strip();
        var renamed = path.parent().map(parent -> parent.child(name)).orElseGet(() -> TopicPath.of(name));
        var zh = Labels.topicNameZh(newNameZh);
        var outcome = store.write(session -> {
            var topics = session.topics();
            long id = require(topics, path);
            var before = topic(topics, id);
            if (before.path().name().equals(renamed.name()) && before.nameZh().equals(zh)) {
                return new Outcome(before, List.<NoteId>of());
            }
            makeRoom(topics, topics.parentOf(id), renamed.name(), id);
            topics.rename(id, renamed.name(), zh);
            return new Outcome(topic(topics, id), notesBelow(session, id));
        });
        announcer.notes(outcome.notes());
        return outcome.topic();
    }

    /// Files the topic at `path` (with everything below it) under `newParent`, or at the top level when empty,
    /// after its new siblings. Refuses to move a topic into itself or below itself, and onto the name of a topic
    /// already there (ignoring case).
    public Topic move(TopicPath path, Optional<TopicPath> newParent) {
        var outcome = store.write(session -> {
            var topics = session.topics();
            long id = require(topics, path);
            Optional<Long> parent = newParent.map(p -> require(topics, p));
            var subtree = topics.subtree(id);
            if (parent.isPresent() && subtree.contains(parent.get())) {
                throw new InvalidInputException(
                        "The topic '" + path + "' cannot be moved into itself or one of its sub-topics.");
            }
            var before = topic(topics, id);
            if (topics.parentOf(id).equals(parent)) {
                return new Outcome(before, List.<NoteId>of());
            }
            checkDepth(topics, subtree, before.path(), parent);
            makeRoom(topics, parent, before.path().name(), id);
            topics.move(id, parent);
            return new Outcome(topic(topics, id), notesBelow(session, id));
        });
        announcer.notes(outcome.notes());
        return outcome.topic();
    }

    /// Moves every note in the topic at `path` and below it to the trash and takes the topics out of the tree (see
    /// the class comment). Returns the number of notes moved to the trash.
    public int trash(TopicPath path) {
        var trashed = store.write(session -> {
            var topics = session.topics();
            var subtree = topics.subtree(require(topics, path));
            var notes = session.notes().liveFiledIn(subtree);
            var now = clock.instant();
            notes.forEach(id -> session.notes().trash(id, now));
            topics.trash(subtree, now);
            topics.removeEmptyTrashed();
            return notes;
        });
        announcer.notes(trashed);
        return trashed.size();
    }

    private record Outcome(Topic topic, List<NoteId> notes) {}

    private static long require(TopicRepository topics, TopicPath path) {
        return topics.find(path).orElseThrow(() -> new TopicNotFoundException(path));
    }

    private static Topic topic(TopicRepository topics, long id) {
        return topics.get(topics.path(id)).orElseThrow();
    }

    /// Frees the name `name` below `parent` for the topic `id`: a topic of that name in the trash is merged into it,
    /// one outside the trash is a clash.
    private static void makeRoom(TopicRepository topics, Optional<Long> parent, String name, long id) {
        var sibling = topics.child(parent, name).filter(s -> s.id() != id);
        if (sibling.isEmpty()) {
            return;
        }
        if (!sibling.get().trashed()) {
            var where = parent.map(p -> "in '" + topics.path(p) + "'").orElse("at the top level");
            throw new InvalidInputException(
                    "There is already a topic '" + sibling.get().name() + "' " + where + ".");
        }
        topics.absorb(sibling.get().id(), id);
    }

    /// Refuses a move that would nest the deepest topic below `moved` deeper than topics may go.
    private static void checkDepth(TopicRepository topics, List<Long> subtree, TopicPath moved, Optional<Long> parent) {
        var paths = topics.paths();
        var deepest = subtree.stream()
                .map(paths::get)
                .max(Comparator.comparingInt(TopicPath::depth))
                .orElse(moved);
        var names = new ArrayList<String>(
                parent.map(p -> Objects.requireNonNull(paths.get(p), "a topic's parent has a path")
                                .names())
                        .orElse(List.of()));
        names.addAll(deepest.names().subList(moved.depth() - 1, deepest.depth()));
        new TopicPath(names);
    }

    /// Notes in the topic `id` and below it, in the trash or not, stamped with a new change number.
    private static List<NoteId> notesBelow(StoreSession session, long id) {
        var notes = session.notes().filedIn(session.topics().subtree(id));
        session.changes().stamp(notes);
        return notes;
    }
}
