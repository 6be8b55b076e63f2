package papernotes.git;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import papernotes.model.Note;
import papernotes.model.NoteId;
import papernotes.model.NoteState;
import papernotes.model.PaperLinks;
import papernotes.model.Reading;
import papernotes.model.ReadingPriority;
import papernotes.model.ReadingStatus;
import papernotes.model.TopicPath;

/// A note's state with some of its parts replaced, for the merge tests.
final class NoteStateBuilder {

    private final NoteId id;
    private String title;
    private TopicPath topic;
    private List<String> tags;
    private List<String> aliases;
    private PaperLinks links;
    private Reading reading;
    private String body;
    private Instant created;
    private Instant updated;
    private Optional<Instant> trashed;
    private List<String> files;

    private NoteStateBuilder(NoteState state) {
        var note = state.note();
        id = note.id();
        title = note.title();
        topic = note.topic();
        tags = note.tags();
        aliases = note.aliases();
        links = note.links();
        reading = note.reading();
        body = note.body();
        created = note.created();
        updated = note.updated();
        trashed = state.trashed();
        files = state.files();
    }

    static NoteStateBuilder from(NoteState state) {
        return new NoteStateBuilder(state);
    }

    NoteStateBuilder title(String value) {
        title = value;
        return this;
    }

    NoteStateBuilder topic(String value) {
        topic = TopicPath.parse(value);
        return this;
    }

    NoteStateBuilder tags(String... values) {
        tags = List.of(values);
        return this;
    }

    NoteStateBuilder aliases(String... values) {
        aliases = List.of(values);
        return this;
    }

    NoteStateBuilder links(PaperLinks value) {
        links = value;
        return this;
    }

    NoteStateBuilder venue(String value) {
        links = links.withVenue(Optional.of(value));
        return this;
    }

    NoteStateBuilder authors(String... values) {
        links = links.withAuthors(List.of(values));
        return this;
    }

    NoteStateBuilder status(Optional<ReadingStatus> value) {
        reading = reading.withStatus(value);
        return this;
    }

    NoteStateBuilder priority(Optional<ReadingPriority> value) {
        reading = reading.withPriority(value);
        return this;
    }

    NoteStateBuilder body(String value) {
        body = value;
        return this;
    }

    NoteStateBuilder created(Instant value) {
        created = value;
        return this;
    }

    NoteStateBuilder updated(Instant value) {
        updated = value;
        return this;
    }

    NoteStateBuilder trashed(Optional<Instant> value) {
        trashed = value;
        return this;
    }

    NoteStateBuilder files(String... values) {
        files = List.of(values);
        return this;
    }

    NoteState build() {
        return new NoteState(
                new Note(id, title, topic, tags, aliases, links, reading, body, created, updated), trashed, files);
    }
}
