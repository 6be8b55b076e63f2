package papernotes.interchange;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import papernotes.interchange.BackupJson.AttachmentJson;
import papernotes.interchange.BackupJson.Located;
import papernotes.interchange.BackupJson.NoteJson;
import papernotes.interchange.BackupJson.Parsed;
import papernotes.interchange.BackupJson.RevisionJson;
import papernotes.interchange.BackupJson.TopicJson;
import papernotes.model.Bodies;
import papernotes.model.Failures;
import papernotes.model.InvalidInputException;
import papernotes.model.Labels;
import papernotes.model.LibrarySnapshot;
import papernotes.model.LibrarySnapshot.NoteRow;
import papernotes.model.LibrarySnapshot.RevisionRow;
import papernotes.model.LibrarySnapshot.TopicRow;
import papernotes.model.NoteFile;
import papernotes.model.NoteId;
import papernotes.model.PaperLinks;
import papernotes.model.Reading;
import papernotes.model.ReadingPriority;
import papernotes.model.ReadingStatus;
import papernotes.model.TopicPath;

/// Checks a parsed backup document against every rule the library keeps (ids, references, names, sizes, times) and
/// turns it into a [LibrarySnapshot]. The first problem found is reported with the line of the element it is in, so
/// nothing of a bad backup reaches the library.
final class BackupValidator {

    /// An attachment the document lists: its file name, size and SHA-256 (hex).
    record Attachment(String name, long size, String sha256) {}

    record Result(LibrarySnapshot snapshot, List<Attachment> attachments) {}

    static final int MAX_META_KEY = 100;
    static final int MAX_META_VALUE = 64 * 1024;
    static final int MAX_CITEKEY = 100;
    private static final Pattern TIME = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\.\\d{3}Z");
    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");
    private static final Pattern CITEKEY = Pattern.compile("[^\\s{}(),\"#%'=\\\\~]+");

    private final String where;

    BackupValidator(String where) {
        this.where = where;
    }

    Result validate(Parsed parsed) {
        var meta = meta(parsed);
        var topics = topics(parsed.topics());
        var topicsById = new HashMap<Long, TopicRow>();
        topics.forEach(t -> topicsById.put(t.id(), t));
        var notes = new ArrayList<NoteRow>();
        var noteIds = new HashMap<NoteId, Integer>();
        var citekeys = new HashMap<String, Integer>();
        for (Located<NoteJson> located : parsed.notes()) {
            var note = note(located.value(), located.line(), topicsById);
            var earlier = noteIds.putIfAbsent(note.id(), located.line());
            if (earlier != null) {
                throw fail(
                        located.line(), "the note id " + note.id() + " is used twice (also on line " + earlier + ")");
            }
            note.citekey().ifPresent(key -> {
                var other = citekeys.putIfAbsent(key.toLowerCase(Locale.ROOT), located.line());
                if (other != null) {
                    throw fail(
                            located.line(),
                            "the citation key '" + key + "' is used twice (also on line " + other + ")");
                }
            });
            notes.add(note);
        }
        var revisions = new ArrayList<RevisionRow>();
        var revisionKeys = new HashSet<String>();
        for (Located<RevisionJson> located : parsed.revisions()) {
            var revision = revision(located.value(), located.line(), noteIds.keySet());
            if (!revisionKeys.add(revision.note() + "#" + revision.number())) {
                throw fail(
                        located.line(),
                        "the note " + revision.note() + " has revision " + revision.number() + " twice");
            }
            revisions.add(revision);
        }
        var attachments = attachments(parsed.attachments());
        var held = new HashSet<String>();
        attachments.forEach(attachment -> held.add(attachment.name()));
        for (NoteRow note : notes) {
            for (NoteFile file : note.files()) {
                if (!held.contains(file.stored())) {
                    throw fail(
                            noteIds.getOrDefault(note.id(), 1),
                            "the note " + note.id() + " lists the file " + file.fileName() + " (attachments/"
                                    + file.stored() + "), which the backup does not hold");
                }
            }
        }
        return new Result(new LibrarySnapshot(meta, topics, notes, revisions), attachments);
    }

    private Map<String, String> meta(Parsed parsed) {
        for (var entry : parsed.meta().entrySet()) {
            if (entry.getKey().isBlank()
                    || entry.getKey().length() > MAX_META_KEY
                    || entry.getValue().length() > MAX_META_VALUE) {
                throw fail(
                        parsed.metaLine(),
                        "the meta entry '" + ZipEntryNames.printable(entry.getKey())
                                + "' has an empty or too long key, or a value longer than " + MAX_META_VALUE
                                + " characters");
            }
        }
        return parsed.meta();
    }

    private List<TopicRow> topics(List<Located<TopicJson>> located) {
        var rows = new ArrayList<TopicRow>();
        var lines = new HashMap<Long, Integer>();
        for (Located<TopicJson> element : located) {
            var json = element.value();
            int line = element.line();
            long id = required(json.id(), line, "topic", "id");
            if (id < 1) {
                throw fail(line, "the topic id " + id + " is not a positive number");
            }
            var earlier = lines.putIfAbsent(id, line);
            if (earlier != null) {
                throw fail(line, "the topic id " + id + " is used twice (also on line " + earlier + ")");
            }
            var name = required(json.name(), line, "topic", "name");
            try {
                TopicPath.of(name);
                var nameZh =
                        Labels.topicNameZh(Optional.ofNullable(json.nameZh()).orElse(""));
                var description =
                        Bodies.check(Optional.ofNullable(json.description()).orElse(""));
                rows.add(new TopicRow(
                        id,
                        Optional.ofNullable(json.parent()),
                        name,
                        nameZh,
                        description,
                        required(json.position(), line, "topic", "position"),
                        time(json.trashed(), line, "trashed")));
            } catch (InvalidInputException e) {
                throw fail(line, lower(Failures.message(e)));
            }
        }
        var byId = new HashMap<Long, TopicRow>();
        rows.forEach(row -> byId.put(row.id(), row));
        var siblings = new HashMap<String, Long>();
        for (TopicRow row : rows) {
            int line = lines.getOrDefault(row.id(), 0);
            if (row.parent().isPresent() && !byId.containsKey(row.parent().get())) {
                throw fail(
                        line,
                        "the topic '" + row.name() + "' has the parent "
                                + row.parent().get() + ", which is not a topic of the backup");
            }
            int depth = 0;
            for (var at = Optional.of(row);
                    at.isPresent();
                    at = at.get().parent().map(byId::get)) {
                if (++depth > 16) {
                    throw fail(
                            line,
                            "the topic '" + row.name() + "' lies more than 16 levels deep, or in a cycle of parents");
                }
            }
            var siblingKey = row.parent().orElse(0L) + "/" + row.name().toLowerCase(Locale.ROOT);
            var other = siblings.putIfAbsent(siblingKey, row.id());
            if (other != null) {
                throw fail(line, "the topic '" + row.name() + "' has a sibling of the same name (topic " + other + ")");
            }
            if (row.trashed().isEmpty()
                    && row.parent().map(byId::get).flatMap(TopicRow::trashed).isPresent()) {
                throw fail(line, "the topic '" + row.name() + "' is not in the trash but its parent is");
            }
        }
        return rows;
    }

    private NoteRow note(NoteJson json, int line, Map<Long, TopicRow> topics) {
        var idText = required(json.id(), line, "note", "id");
        if (!NoteId.isWellFormed(idText)) {
            throw fail(
                    line, "'" + ZipEntryNames.printable(idText) + "' is not a note id (8 characters such as k3v9x2mq)");
        }
        var id = new NoteId(idText);
        long topicId = required(json.topic(), line, "note", "topic");
        var topic = topics.get(topicId);
        if (topic == null) {
            throw fail(
                    line, "the note " + id + " is filed in topic " + topicId + ", which is not a topic of the backup");
        }
        var created = time(required(json.created(), line, "note", "created"), line, "created")
                .orElseThrow();
        var updated = time(required(json.updated(), line, "note", "updated"), line, "updated")
                .orElseThrow();
        if (updated.isBefore(created)) {
            throw fail(
                    line,
                    "the note " + id + " was updated (" + json.updated() + ") before it was created (" + json.created()
                            + ")");
        }
        var trashed = time(json.trashed(), line, "trashed");
        if (trashed.isEmpty() && topic.trashed().isPresent()) {
            throw fail(line, "the note " + id + " is not in the trash but its topic " + topicId + " is");
        }
        var citekey = Optional.ofNullable(json.citekey());
        citekey.ifPresent(key -> {
            if (key.isEmpty()
                    || key.length() > MAX_CITEKEY
                    || !CITEKEY.matcher(key).matches()) {
                throw fail(
                        line,
                        "'" + ZipEntryNames.printable(key) + "' is not a citation key (up to " + MAX_CITEKEY
                                + " characters without spaces, braces, commas or quotes)");
            }
        });
        try {
            var title = Labels.title(required(json.title(), line, "note", "title"));
            var tags = Labels.tags(list(json.tags(), line, "tags"));
            var aliases = Labels.aliases(list(json.aliases(), line, "aliases"));
            var links = new PaperLinks(
                    Optional.ofNullable(json.paper()),
                    Optional.ofNullable(json.code()),
                    Optional.ofNullable(json.arxiv()),
                    Optional.ofNullable(json.doi()),
                    Optional.ofNullable(json.year()),
                    Optional.ofNullable(json.venue()),
                    Optional.ofNullable(json.paperTitle()),
                    list(json.authors(), line, "authors"),
                    Optional.ofNullable(json.abstractText()));
            var reading = new Reading(
                    Optional.ofNullable(json.reading()).flatMap(ReadingStatus::parse),
                    Optional.ofNullable(json.priority()).map(String::valueOf).flatMap(ReadingPriority::parse));
            var body = Bodies.check(Optional.ofNullable(json.body()).orElse(""));
            var files = BackupNoteFiles.read(json.files(), id, problem -> fail(line, problem));
            return new NoteRow(
                    id, title, topicId, tags, aliases, links, reading, citekey, body, created, updated, trashed, files);
        } catch (InvalidInputException e) {
            throw fail(line, "the note " + id + ": " + lower(Failures.message(e)));
        }
    }

    private RevisionRow revision(RevisionJson json, int line, Set<NoteId> notes) {
        var noteText = required(json.note(), line, "revision", "note");
        if (!NoteId.isWellFormed(noteText) || !notes.contains(new NoteId(noteText))) {
            throw fail(
                    line,
                    "the revision belongs to the note '" + ZipEntryNames.printable(noteText)
                            + "', which is not a note of the backup");
        }
        int number = required(json.number(), line, "revision", "number");
        if (number < 1) {
            throw fail(line, "the revision number " + number + " is not a positive number");
        }
        var saved = time(required(json.saved(), line, "revision", "saved"), line, "saved")
                .orElseThrow();
        try {
            var title = Labels.title(required(json.title(), line, "revision", "title"));
            var topic = TopicPath.parse(required(json.topic(), line, "revision", "topic"))
                    .toString();
            var tags = Labels.tags(list(json.tags(), line, "tags"));
            var body = Bodies.check(Optional.ofNullable(json.body()).orElse(""));
            return new RevisionRow(new NoteId(noteText), number, title, topic, tags, body, saved);
        } catch (InvalidInputException e) {
            throw fail(line, "revision " + number + " of " + noteText + ": " + lower(Failures.message(e)));
        }
    }

    private List<Attachment> attachments(List<Located<AttachmentJson>> located) {
        var result = new ArrayList<Attachment>();
        var names = new HashSet<String>();
        for (Located<AttachmentJson> element : located) {
            var json = element.value();
            int line = element.line();
            var name = required(json.name(), line, "attachment", "name");
            if (!ZipEntryNames.isAttachmentName(name)) {
                throw fail(line, "'" + ZipEntryNames.printable(name) + "' is not an attachment's file name");
            }
            if (!names.add(name.toLowerCase(Locale.ROOT))) {
                throw fail(line, "the attachment '" + name + "' is listed twice");
            }
            long size = required(json.size(), line, "attachment", "size");
            var sha = required(json.sha256(), line, "attachment", "sha256");
            if (size < 0 || !SHA256.matcher(sha).matches()) {
                throw fail(line, "the attachment '" + name + "' has a negative size or a malformed sha256");
            }
            result.add(new Attachment(name, size, sha));
        }
        return result;
    }

    private List<String> list(@Nullable List<String> values, int line, String field) {
        var list = Optional.ofNullable(values).orElse(List.of());
        if (list.stream().anyMatch(Objects::isNull)) {
            throw fail(line, "'" + field + "' must be a list of texts");
        }
        return list;
    }

    private Optional<Instant> time(@Nullable String text, int line, String field) {
        if (text == null) {
            return Optional.empty();
        }
        if (!TIME.matcher(text).matches()) {
            throw fail(
                    line,
                    "'" + field + "' is '" + ZipEntryNames.printable(text)
                            + "', not a UTC time such as 2026-11-24T02:21:38.123Z");
        }
        try {
            return Optional.of(Instant.parse(text));
        } catch (DateTimeParseException e) {
            throw fail(line, "'" + field + "' is '" + text + "', which is not a valid time");
        }
    }

    private <T> T required(@Nullable T value, int line, String what, String field) {
        if (value == null) {
            throw fail(line, "the " + what + " has no '" + field + "'");
        }
        return value;
    }

    private static String lower(String message) {
        var text = message.endsWith(".") ? message.substring(0, message.length() - 1) : message;
        return text.isEmpty() ? text : Character.toLowerCase(text.charAt(0)) + text.substring(1);
    }

    private InterchangeException fail(int line, String problem) {
        return new InterchangeException(where + " line " + line + ": " + problem + ".");
    }
}
