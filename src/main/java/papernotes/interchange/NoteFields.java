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
import java.util.function.Function;
import java.util.function.Supplier;
import papernotes.model.Bodies;
import papernotes.model.Failures;
import papernotes.model.ImportWarning.Kind;
import papernotes.model.InvalidInputException;
import papernotes.model.Labels;
import papernotes.model.NoteDraft;
import papernotes.model.NoteId;
import papernotes.model.PaperLinks;
import papernotes.model.Reading;
import papernotes.model.ReadingPriority;
import papernotes.model.ReadingStatus;
import papernotes.model.TopicPath;

/// A note file's front matter read as a note, by the rules of its [VaultKind]. Every problem names the file and
/// the line of the key (or of the body) it was found on. A value that cannot be taken is a problem of its own
/// ([ImportProblems]): the note is read without it (a title the heading or the file name gives instead, a tag
/// left out), or the import is refused when strict.
final class NoteFields {

    /// Times outside these years are not taken from a file (the library keeps times with four-digit years).
    static final int FIRST_YEAR = 1900;
    static final int LAST_YEAR = 2100;

    private final VaultKind kind;
    private final ImportProblems problems;
    private final Optional<TopicPath> under;

    /// Fields read by the rules of `kind`; a topic a file names goes `under` a topic when one is given.
    NoteFields(VaultKind kind, ImportProblems problems, Optional<TopicPath> under) {
        this.kind = kind;
        this.problems = problems;
        this.under = under;
    }

    /// The note `matter` holds; empty when its body cannot be a note's (a binary file, too long): a problem of its
    /// own, the file skipped.
    Optional<VaultNote> note(FrontMatter matter, TopicPath folderTopic, String relative) {
        var fileName = relative.substring(relative.lastIndexOf('/') + 1);
        var stem = fileName.substring(0, fileName.lastIndexOf('.'));
        Optional<String> body;
        try {
            body = Optional.of(Bodies.check(matter.body()));
        } catch (InvalidInputException e) {
            var problem = matter.source() + ", line " + matter.bodyLine() + ": " + e.getMessage();
            problems.problem(Kind.SKIPPED, matter.source(), matter.bodyLine(), problem, "the file is skipped.");
            body = Optional.empty();
        }
        if (body.isEmpty()) {
            return Optional.empty();
        }
        var title = title(matter, stem);
        var aliases = new ArrayList<>(field(matter, "aliases", () -> listOf(matter, "aliases", "alias"), List.of()));
        if (kind == VaultKind.OBSIDIAN && !title.equals(stem.strip()) && !stem.isBlank()) {
            aliases.add(stem.strip());
        }
        var topic = kind == VaultKind.PAPERNOTES
                ? field(
                                matter,
                                "topic",
                                () -> matter.text("topic").map(TopicPath::parse).map(this::placed),
                                Optional.<TopicPath>empty())
                        .orElse(folderTopic)
                : folderTopic;
        var id = id(matter);
        var none = PaperLinks.NONE;
        var links = new PaperLinks(
                field(
                        matter,
                        "paper",
                        () -> none.withPaper(matter.text("paper")).paper(),
                        Optional.empty()),
                field(matter, "code", () -> none.withCode(matter.text("code")).code(), Optional.empty()),
                field(
                        matter,
                        "arxiv",
                        () -> none.withArxiv(matter.literal("arxiv")).arxiv(),
                        Optional.empty()),
                field(matter, "doi", () -> none.withDoi(matter.text("doi")).doi(), Optional.empty()),
                field(matter, "year", () -> matter.text("year").flatMap(PaperLinks::parseYear), Optional.empty()),
                field(
                        matter,
                        "venue",
                        () -> none.withVenue(matter.text("venue")).venue(),
                        Optional.empty()),
                field(
                        matter,
                        "paper-title",
                        () -> none.withPaperTitle(matter.text("paper-title")).paperTitle(),
                        Optional.empty()),
                field(
                        matter,
                        "authors",
                        () -> none.withAuthors(listOf(matter, "authors", "author"))
                                .authors(),
                        List.of()),
                field(
                        matter,
                        "abstract",
                        () -> none.withAbstract(matter.text("abstract")).abstractText(),
                        Optional.empty()));
        var tags = labels(matter, "tags", listOf(matter, "tags", "tag"), Labels::tags);
        var checkedAliases = labels(matter, "aliases", aliases, Labels::aliases);
        var reading = new Reading(
                field(matter, "reading", () -> matter.text("reading").flatMap(ReadingStatus::parse), Optional.empty()),
                field(
                        matter,
                        "priority",
                        () -> matter.text("priority").flatMap(ReadingPriority::parse),
                        Optional.empty()));
        var draft = new NoteDraft(id, title, topic, tags, checkedAliases, links, reading, body.get());
        var created = time(matter, "created");
        var updated = time(matter, "updated");
        if (created.isPresent() && updated.isPresent() && updated.get().isBefore(created.get())) {
            problems.warn(
                    Kind.OTHER,
                    matter.source(),
                    matter.lineOf("updated"),
                    matter.source() + ", line "
                            + matter.lineOf("updated") + ": 'updated' is before 'created';"
                            + " the note is taken as updated when it was created.");
            updated = created;
        }
        var files = field(matter, "files", () -> matter.items("files"), List.<FrontMatter.Item>of());
        return Optional.of(new VaultNote(draft, created, updated, matter.source(), relative, matter.bodyLine(), files));
    }

    /// `topic` below the topic the import goes under, if any.
    private TopicPath placed(TopicPath topic) {
        if (under.isEmpty()) {
            return topic;
        }
        var names = new ArrayList<>(under.get().names());
        names.addAll(topic.names());
        return new TopicPath(names);
    }

    /// Tags or aliases: the list as a whole, or (when one of them cannot be taken) each that can, the others a
    /// problem of their own.
    private List<String> labels(
            FrontMatter matter, String key, List<String> raw, Function<List<String>, List<String>> rule) {
        try {
            return rule.apply(raw);
        } catch (InvalidInputException e) {
            var kept = new ArrayList<String>();
            for (String label : raw) {
                kept.addAll(field(matter, key, () -> rule.apply(List.of(label)), List.of()));
            }
            return rule.apply(kept);
        }
    }

    /// The `order` a file gives (its place among its siblings), or last.
    int order(FrontMatter matter) {
        return field(matter, "order", () -> matter.integer("order"), Optional.<Integer>empty())
                .orElse(Integer.MAX_VALUE);
    }

    /// The front matter's title, else (but in an Obsidian vault) the first `# heading`, else the file name; one
    /// that cannot be a title is a problem of its own and the next is tried. A file name that cannot be one either
    /// is cut to the length a title may have, its control characters made spaces.
    private String title(FrontMatter matter, String stem) {
        var node = matter.fields().get("title");
        if (node != null) {
            Optional<String> given = field(
                    matter,
                    "title",
                    () -> {
                        if (!node.isValueNode()) {
                            throw matter.error("title", "must be a single value");
                        }
                        var text = matter.text("title");
                        if (text.isEmpty()) {
                            throw matter.error("title", "is empty; give the note a title or leave the key out");
                        }
                        return Optional.of(Labels.title(text.get()));
                    },
                    Optional.empty(),
                    "the title is taken from the heading or the file name.");
            if (given.isPresent()) {
                return given.get();
            }
        }
        if (kind != VaultKind.OBSIDIAN) {
            var heading = firstHeading(matter.body());
            if (heading.isPresent()) {
                int line = matter.bodyLine() + heading.get().line();
                try {
                    return Labels.title(heading.get().text());
                } catch (InvalidInputException e) {
                    problems.problem(
                            Kind.FIELD,
                            matter.source(),
                            line,
                            matter.source() + ", line " + line + ": the heading cannot be the note's title: "
                                    + e.getMessage(),
                            "the file name is.");
                }
            }
        }
        try {
            return Labels.title(stem);
        } catch (InvalidInputException e) {
            var fallback = stem.replaceAll("\\p{Cntrl}", " ").strip();
            fallback = fallback.isEmpty()
                    ? "Untitled"
                    : fallback.substring(0, Math.min(fallback.length(), Labels.MAX_TITLE_LENGTH))
                            .strip();
            problems.problem(
                    Kind.FIELD,
                    matter.source(),
                    0,
                    matter.source() + ": the file name cannot be the note's" + " title: " + e.getMessage(),
                    "the title is '" + shorten(fallback) + "'.");
            return fallback;
        }
    }

    private record Heading(String text, int line) {}

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
            var error = matter.error("id", "is not a note id (8 characters such as k3v9x2mq)");
            problems.problem(
                    Kind.FIELD,
                    matter.source(),
                    matter.lineOf("id"),
                    Failures.message(error),
                    "the note is imported as a new note.");
        }
        return Optional.empty();
    }

    /// `key`, or Obsidian's older singular `alternative` when `key` is absent.
    private List<String> listOf(FrontMatter matter, String key, String alternative) {
        var read = matter.fields().has(key) || kind == VaultKind.PAPERNOTES ? key : alternative;
        return field(matter, read, () -> matter.list(read), List.of());
    }

    /// A time as written: `2026-11-24T02:21:38.123Z` (as PaperNotes writes it), with any offset, or a local date and
    /// time or a date taken as UTC (as Obsidian's templates write them). Anything else is reported as a warning and
    /// left out, so the note gets the time of the import.
    private Optional<Instant> time(FrontMatter matter, String key) {
        Optional<String> text = field(matter, key, () -> matter.text(key), Optional.empty());
        if (text.isEmpty()) {
            return Optional.empty();
        }
        var instant = parseTime(text.get());
        if (instant.isEmpty()) {
            problems.warn(
                    Kind.FIELD,
                    matter.source(),
                    matter.lineOf(key),
                    matter.source() + ", line "
                            + matter.lineOf(key) + ": '" + key + "' is not a date and time ('" + shorten(text.get())
                            + "'); the time of the import is used instead.");
            return Optional.empty();
        }
        int year = instant.get().atZone(ZoneOffset.UTC).getYear();
        if (year < FIRST_YEAR || year > LAST_YEAR) {
            problems.warn(
                    Kind.FIELD,
                    matter.source(),
                    matter.lineOf(key),
                    matter.source() + ", line "
                            + matter.lineOf(key) + ": '" + key + "' lies outside the years " + FIRST_YEAR + " to "
                            + LAST_YEAR
                            + "; the time of the import is used instead.");
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
            return Optional.of(LocalDateTime.parse(text.replaceFirst("^(\\d{4}-\\d{2}-\\d{2}) ", "$1T"))
                    .toInstant(ZoneOffset.UTC));
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

    /// Runs `read`; a value refused is a problem naming the file and the line of `key`, and `fallback` is taken.
    <T> T field(FrontMatter matter, String key, Supplier<T> read, T fallback) {
        return field(matter, key, read, fallback, "the value is left out.");
    }

    /// As [#field(FrontMatter, String, Supplier, Object)], saying what is done instead: `done`.
    <T> T field(FrontMatter matter, String key, Supplier<T> read, T fallback, String done) {
        try {
            return read.get();
        } catch (InterchangeException e) {
            problems.problem(Kind.FIELD, matter.source(), matter.lineOf(key), Failures.message(e), done);
        } catch (InvalidInputException e) {
            problems.problem(
                    Kind.FIELD,
                    matter.source(),
                    matter.lineOf(key),
                    matter.source() + ", line " + matter.lineOf(key) + ": '" + key + "': " + e.getMessage(),
                    done);
        }
        return fallback;
    }

    /// Runs `read`, naming the file and the line of `key` when the value is refused.
    <T> T wrap(FrontMatter matter, String key, Supplier<T> read) {
        try {
            return read.get();
        } catch (InvalidInputException e) {
            throw new InterchangeException(
                    matter.source() + ", line " + matter.lineOf(key) + ": '" + key + "': " + e.getMessage(), e);
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
