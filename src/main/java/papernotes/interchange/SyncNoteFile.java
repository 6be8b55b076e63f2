package papernotes.interchange;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import papernotes.model.Labels;
import papernotes.model.Note;
import papernotes.model.NoteId;
import papernotes.model.NoteState;
import papernotes.model.PaperLinks;
import papernotes.model.PaperNotesException;
import papernotes.model.Reading;
import papernotes.model.ReadingPriority;
import papernotes.model.ReadingStatus;
import papernotes.model.TopicPath;

/// One note of a sync tree (`notes/<id>.md`, docs/decisions/0023-sync-through-git.md): the vault's note format
/// (front matter keys in [VaultWriter#NOTE_KEYS] order, then the body as stored) with `trashed` when the note is in
/// the trash and `files` as the stored names and the names they were attached as (`3f2a….pdf|fsgan.pdf`). Written
/// the same way every time, so that an unchanged note is an unchanged file, and read strictly: a file another
/// machine wrote is either the note it wrote or refused in one sentence naming the file and the key.
public final class SyncNoteFile {

    /// Between a file's stored name and the name it was attached as in a `files` entry.
    public static final char FILE_NAME_SEPARATOR = '|';

    private SyncNoteFile() {}

    /// The file of `state`.
    public static String write(NoteState state) {
        var note = state.note();
        return VaultWriter.matter(note, state.files())
                .text("trashed", state.trashed().map(VaultWriter::time))
                .text("created", VaultWriter.time(note.created()))
                .text("updated", VaultWriter.time(note.updated()))
                .document(note.body());
    }

    /// The note `text` holds; `source` names it in messages (`notes/k3v9x2mq.md`). Throws [InterchangeException]
    /// when a value is missing or cannot be the library's.
    public static NoteState read(String text, String source) {
        var matter = FrontMatter.parse(text, source);
        var id = field(matter, "id", () -> {
            var value = required(matter, "id");
            if (!NoteId.isWellFormed(value)) {
                throw matter.error("id", "is not a note id such as k3v9x2mq");
            }
            return new NoteId(value);
        });
        var title = field(matter, "title", () -> Labels.title(required(matter, "title")));
        var topic = field(matter, "topic", () -> TopicPath.parse(required(matter, "topic")));
        var tags = field(matter, "tags", () -> Labels.tags(matter.list("tags")));
        var aliases = field(matter, "aliases", () -> Labels.aliases(matter.list("aliases")));
        var links = field(
                matter,
                "paper",
                () -> new PaperLinks(
                                matter.text("paper"),
                                matter.text("code"),
                                matter.text("arxiv"),
                                matter.text("doi"),
                                matter.integer("year"),
                                matter.text("venue"))
                        .withPaperTitle(matter.text("paper-title"))
                        .withAuthors(matter.items("authors").stream()
                                .map(FrontMatter.Item::text)
                                .toList())
                        .withAbstract(matter.text("abstract")));
        var reading = field(
                matter,
                "reading",
                () -> new Reading(
                        matter.text("reading").flatMap(ReadingStatus::parse),
                        matter.integer("priority").map(ReadingPriority::ofLevel)));
        var files = matter.items("files").stream().map(FrontMatter.Item::text).toList();
        for (String file : files) {
            if (file.indexOf(FILE_NAME_SEPARATOR) <= 0) {
                throw matter.error("files", "must list each file as its stored name, '|' and its name");
            }
        }
        var trashed = time(matter, "trashed");
        var created = time(matter, "created").orElseThrow(() -> matter.error("created", "is missing"));
        var updated = time(matter, "updated").orElseThrow(() -> matter.error("updated", "is missing"));
        var note = new Note(id, title, topic, tags, aliases, links, reading, matter.body(), created, updated);
        return new NoteState(note, trashed, files);
    }

    private static String required(FrontMatter matter, String key) {
        return matter.text(key).orElseThrow(() -> matter.error(key, "is missing"));
    }

    private static Optional<Instant> time(FrontMatter matter, String key) {
        return field(
                matter,
                key,
                () -> matter.text(key)
                        .map(raw -> NoteFields.parseTime(raw)
                                .orElseThrow(
                                        () -> matter.error(key, "is not a time such as 2026-11-24T02:21:38.123Z"))));
    }

    /// Runs `read`; a value the library refuses is an error naming the file and the line of `key`.
    private static <T> T field(FrontMatter matter, String key, Supplier<T> read) {
        try {
            return read.get();
        } catch (InterchangeException e) {
            throw e;
        } catch (PaperNotesException | IllegalArgumentException e) {
            var why = Objects.requireNonNullElse(e.getMessage(), "it cannot be the library's");
            throw matter.error(key, "is refused: " + (why.endsWith(".") ? why.substring(0, why.length() - 1) : why));
        }
    }

    /// The `files` entry of a file attached to a note: its stored name and the name it was attached as.
    public static String fileEntry(String stored, String fileName) {
        return stored + FILE_NAME_SEPARATOR + fileName;
    }

    /// The stored names of a note's `files` entries, in order.
    public static List<String> storedNames(List<String> entries) {
        return entries.stream()
                .map(entry -> entry.substring(0, entry.indexOf(FILE_NAME_SEPARATOR)))
                .toList();
    }
}
