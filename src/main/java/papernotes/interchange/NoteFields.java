package papernotes.interchange;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import papernotes.model.Bodies;
import papernotes.model.InvalidInputException;
import papernotes.model.Labels;
import papernotes.model.NoteDraft;
import papernotes.model.NoteId;
import papernotes.model.PaperLinks;
import papernotes.model.TopicPath;

/// A note file's front matter read as a note, by the rules of its [VaultKind]. Every problem names the file and
/// the line of the key (or of the body) it was found on.
final class NoteFields {

    /// Times outside these years are not taken from a file (the library keeps times with four-digit years).
    static final int FIRST_YEAR = 1900;
    static final int LAST_YEAR = 2100;

    private final VaultKind kind;
    private final List<String> warnings;

    NoteFields(VaultKind kind, List<String> warnings) {
        this.kind = kind;
        this.warnings = warnings;
    }

    VaultNote note(FrontMatter matter, TopicPath folderTopic, String relative) {
        var fileName = relative.substring(relative.lastIndexOf('/') + 1);
        var stem = fileName.substring(0, fileName.lastIndexOf('.'));
        var title = title(matter, stem);
        var aliases = new ArrayList<>(wrap(matter, "aliases", () -> listOf(matter, "aliases", "alias")));
        if (kind == VaultKind.OBSIDIAN && !title.equals(stem.strip()) && !stem.isBlank()) {
            aliases.add(stem.strip());
        }
        var topic = kind == VaultKind.PAPERNOTES
                ? wrap(matter, "topic", () -> matter.text("topic").map(TopicPath::parse)).orElse(folderTopic)
                : folderTopic;
        var id = id(matter);
        var none = PaperLinks.NONE;
        var links = new PaperLinks(
                wrap(matter, "paper", () -> none.withPaper(matter.text("paper")).paper()),
                wrap(matter, "code", () -> none.withCode(matter.text("code")).code()),
                wrap(matter, "arxiv", () -> none.withArxiv(matter.literal("arxiv")).arxiv()),
                wrap(matter, "doi", () -> none.withDoi(matter.text("doi")).doi()),
                wrap(matter, "year", () -> matter.text("year").flatMap(PaperLinks::parseYear)),
                wrap(matter, "venue", () -> none.withVenue(matter.text("venue")).venue()));
        var tags = wrap(matter, "tags", () -> Labels.tags(listOf(matter, "tags", "tag")));
        var checkedAliases = wrap(matter, "aliases", () -> Labels.aliases(aliases));
        var body = wrapBody(matter, () -> Bodies.check(matter.body()));
        var draft = new NoteDraft(id, title, topic, tags, checkedAliases, links, body);
        var created = time(matter, "created");
        var updated = time(matter, "updated");
        if (created.isPresent() && updated.isPresent() && updated.get().isBefore(created.get())) {
            warnings.add(matter.source() + ", line " + matter.lineOf("updated") + ": 'updated' is before 'created';"
                    + " the note is taken as updated when it was created.");
            updated = created;
        }
        return new VaultNote(draft, created, updated, matter.source(), relative,
                matter.bodyLine());
    }

    /// The `order` a file gives (its place among its siblings), or last.
    int order(FrontMatter matter) {
        return matter.integer("order").orElse(Integer.MAX_VALUE);
    }

    private String title(FrontMatter matter, String stem) {
        var node = matter.fields().get("title");
        if (node != null) {
            if (!node.isValueNode()) {
                throw matter.error("title", "must be a single value");
            }
            var text = matter.text("title");
            if (text.isEmpty()) {
                throw matter.error("title", "is empty; give the note a title or leave the key out");
            }
            return wrap(matter, "title", () -> Labels.title(text.get()));
        }
        if (kind != VaultKind.OBSIDIAN) {
            var heading = firstHeading(matter.body());
            if (heading.isPresent()) {
                try {
                    return Labels.title(heading.get().text());
                } catch (InvalidInputException e) {
                    throw new InterchangeException(matter.source() + ", line " + (matter.bodyLine() + heading.get().line())
                            + ": the heading cannot be the note's title: " + e.getMessage(), e);
                }
            }
        }
        try {
            return Labels.title(stem);
        } catch (InvalidInputException e) {
            throw new InterchangeException(matter.source() + ": the file name cannot be the note's title: "
                    + e.getMessage(), e);
        }
    }

    private record Heading(String text, int line) {
    }

    private static Optional<Heading> firstHeading(String body) {
        var lines = body.split("\n", -1);
        boolean fenced = false;
        for (int i = 0; i < lines.length; i++) {
            var line = lines[i];
            if (line.startsWith("```") || line.startsWith("~~~")) {
                fenced = !fenced;
            } else if (!fenced && line.startsWith("# ")) {
                var text = line.substring(2).replaceFirst("\\s+#+\\s*$", "").strip();
                if (!text.isEmpty()) {
                    return Optional.of(new Heading(text, i));
                }
            }
        }
        return Optional.empty();
    }

    private Optional<NoteId> id(FrontMatter matter) {
        var text = matter.text("id");
        if (text.isEmpty()) {
            return Optional.empty();
        }
        if (NoteId.isWellFormed(text.get())) {
            return Optional.of(new NoteId(text.get()));
        }
        if (kind == VaultKind.PAPERNOTES) {
            throw matter.error("id", "is not a note id (8 characters such as k3v9x2mq)");
        }
        return Optional.empty();
    }

    /// `key`, or Obsidian's older singular `alternative` when `key` is absent.
    private List<String> listOf(FrontMatter matter, String key, String alternative) {
        if (matter.fields().has(key) || kind == VaultKind.PAPERNOTES) {
            return matter.list(key);
        }
        return matter.list(alternative);
    }

    /// A time as written: `2026-11-24T02:21:38.123Z` (as PaperNotes writes it), with any offset, or a local date and
    /// time or a date taken as UTC (as Obsidian's templates write them). Anything else is reported as a warning and
    /// left out, so the note gets the time of the import.
    private Optional<Instant> time(FrontMatter matter, String key) {
        Optional<String> text = matter.text(key);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        var instant = parseTime(text.get());
        if (instant.isEmpty()) {
            warnings.add(matter.source() + ", line " + matter.lineOf(key) + ": '" + key + "' is not a date and time ('"
                    + shorten(text.get()) + "'); the time of the import is used instead.");
            return Optional.empty();
        }
        int year = instant.get().atZone(ZoneOffset.UTC).getYear();
        if (year < FIRST_YEAR || year > LAST_YEAR) {
            warnings.add(matter.source() + ", line " + matter.lineOf(key) + ": '" + key + "' lies outside the years "
                    + FIRST_YEAR + " to " + LAST_YEAR + "; the time of the import is used instead.");
            return Optional.empty();
        }
        return instant.map(i -> i.truncatedTo(ChronoUnit.MILLIS));
    }

    static Optional<Instant> parseTime(String raw) {
        var text = raw.strip();
        try {
            return Optional.of(OffsetDateTime.parse(text).toInstant());
        } catch (DateTimeParseException e) {
            // not with an offset
        }
        try {
            return Optional.of(LocalDateTime.parse(text.replaceFirst("^(\\d{4}-\\d{2}-\\d{2}) ", "$1T")).toInstant(ZoneOffset.UTC));
        } catch (DateTimeParseException e) {
            // not a local date and time
        }
        try {
            return Optional.of(LocalDate.parse(text).atStartOfDay().toInstant(ZoneOffset.UTC));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private static String shorten(String text) {
        return text.length() > 40 ? text.substring(0, 40) + "…" : text;
    }

    /// Runs `read`, naming the file and the line of `key` when the value is refused.
    <T> T wrap(FrontMatter matter, String key, Supplier<T> read) {
        try {
            return read.get();
        } catch (InvalidInputException e) {
            throw new InterchangeException(matter.source() + ", line " + matter.lineOf(key) + ": '" + key + "': "
                    + e.getMessage(), e);
        }
    }

    /// Runs `read`, naming the file and the line the body starts on when the body is refused.
    <T> T wrapBody(FrontMatter matter, Supplier<T> read) {
        try {
            return read.get();
        } catch (InvalidInputException e) {
            throw new InterchangeException(matter.source() + ", line " + matter.bodyLine() + ": " + e.getMessage(), e);
        }
    }
}
