package papernotes.service;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Optional;
import papernotes.interchange.FrontMatter;
import papernotes.markdown.NoteHeader;
import papernotes.markdown.NoteLinks;
import papernotes.markdown.NoteOutline;
import papernotes.markdown.NotePage;
import papernotes.model.ArxivId;
import papernotes.model.Note;
import papernotes.model.NoteId;
import papernotes.model.OutlineEntry;
import papernotes.model.PaperLinks;
import papernotes.model.Theme;
import papernotes.model.TopicPath;
import papernotes.storage.LibraryStore;

/// The HTML page of a note exactly as the note view shows it, for a note of the library or a Markdown file.
public final class RenderService {

    private final LibraryStore store;
    private final NotePage page;
    private final Path attachments;
    private final NoteOutline outline = new NoteOutline();

    public RenderService(LibraryStore store, NotePage page) {
        this.store = store;
        this.page = page;
        this.attachments = store.dataDir().resolve("attachments");
    }

    public String note(NoteId id, Theme theme) {
        return note(id, theme, LinkLabels.ENGLISH);
    }

    /// A note of the library, the header's link words as given.
    public String note(NoteId id, Theme theme, LinkLabels labels) {
        Note note = store.read(session -> session.notes().find(id))
                .orElseThrow(() -> new NoteNotFoundException("There is no note with the id " + id + "."))
                .note();
        return note(note, theme, labels);
    }

    public String note(Note note, Theme theme) {
        return note(note, theme, LinkLabels.ENGLISH);
    }

    /// A note as given, saved or not (the live preview of the editor renders the draft through here), the header's
    /// link words as given.
    public String note(Note note, Theme theme, LinkLabels labels) {
        var paper = note.links();
        var links = new ArrayList<NoteHeader.Link>();
        paper.paper().ifPresent(link -> links.add(new NoteHeader.Link(labels.paper(), link)));
        paper.code().ifPresent(link -> links.add(new NoteHeader.Link(labels.code(), link)));
        paper.arxiv().ifPresent(arxiv -> links.add(new NoteHeader.Link(labels.arxiv(), ArxivId.address(arxiv))));
        paper.doi().ifPresent(doi -> links.add(new NoteHeader.Link(labels.doi(), "https://doi.org/" + doi)));
        // the note's files, each opening the window's page view (or the system's viewer)
        store.read(session -> session.files().of(note.id()))
                .forEach(file -> links.add(new NoteHeader.Link(
                        file.fileName(), "attachment:" + URLEncoder.encode(file.stored(), StandardCharsets.UTF_8))));
        var header = new NoteHeader(
                note.title(),
                note.aliases(),
                note.topic().names(),
                note.tags(),
                published(paper),
                links,
                new NoteHeader.Paper(
                        paper.paperTitle(), paper.authors(), paper.abstractText(), labels.abstractHeading()));
        return page.html(header, note.body(), links(), theme);
    }

    /// A Markdown file (front matter for the header, as in `notes/`), its `[[links]]` resolved against the library.
    public String file(String text, String name, Theme theme) {
        var matter = FrontMatter.parse(text, name);
        var title = matter.text("title")
                .orElse(Path.of(name).getFileName().toString().replaceFirst("\\.md$", ""));
        var topic = matter.text("topic").map(t -> TopicPath.parse(t).names()).orElse(List.of());
        var links = new ArrayList<NoteHeader.Link>();
        for (String key : List.of("paper", "code", "arxiv", "doi")) {
            matter.text(key).ifPresent(value -> links.add(new NoteHeader.Link(key, address(key, value))));
        }
        var published = String.join(
                        " ",
                        matter.text("venue").orElse(""),
                        matter.text("year").orElse(""))
                .strip();
        var header = new NoteHeader(
                title, matter.list("aliases"), topic, matter.list("tags"), Optional.of(published), links);
        return page.html(header, matter.body(), links(), theme);
    }

    /// The headings of a note's text (`markdown`, saved or as typed), for its outline; a leading heading that
    /// repeats the title is left out, as the page leaves it out.
    public List<OutlineEntry> outline(String title, String markdown) {
        return outline.of(markdown, title);
    }

    /// Where and when the paper appeared, as the header shows it: `CVPR 2021`, `CVPR`, `2021`.
    static Optional<String> published(PaperLinks paper) {
        var text = String.join(
                        " ",
                        paper.venue().orElse(""),
                        paper.year().map(String::valueOf).orElse(""))
                .strip();
        return text.isEmpty() ? Optional.empty() : Optional.of(text);
    }

    private static String address(String key, String value) {
        return switch (key) {
            case "arxiv" ->
                value.startsWith("http") ? value : "https://arxiv.org/abs/" + value.replaceFirst("(?i)^arxiv:", "");
            case "doi" -> value.startsWith("http") ? value : "https://doi.org/" + value.replaceFirst("(?i)^doi:", "");
            default -> value;
        };
    }

    /// An image of the attachments folder as a `data:` address: PNG, JPEG, GIF or WebP (recognised by content, not
    /// name), at most [#MAX_IMAGE_BYTES]; names that leave the folder find nothing.
    Optional<String> inlineImage(String name) {
        try {
            var file = attachments.resolve(name).normalize();
            if (!file.startsWith(attachments) || !Files.isRegularFile(file) || Files.size(file) > MAX_IMAGE_BYTES) {
                return Optional.empty();
            }
            var bytes = Files.readAllBytes(file);
            return imageType(bytes)
                    .map(type -> "data:image/" + type + ";base64,"
                            + Base64.getEncoder().encodeToString(bytes));
        } catch (IOException | InvalidPathException e) {
            return Optional.empty();
        }
    }

    static Optional<String> imageType(byte[] b) {
        if (b.length > 8 && (b[0] & 0xff) == 0x89 && b[1] == 'P' && b[2] == 'N' && b[3] == 'G') {
            return Optional.of("png");
        }
        if (b.length > 3 && (b[0] & 0xff) == 0xFF && (b[1] & 0xff) == 0xD8 && (b[2] & 0xff) == 0xFF) {
            return Optional.of("jpeg");
        }
        if (b.length > 6 && b[0] == 'G' && b[1] == 'I' && b[2] == 'F' && b[3] == '8') {
            return Optional.of("gif");
        }
        if (b.length > 12
                && b[0] == 'R'
                && b[1] == 'I'
                && b[2] == 'F'
                && b[3] == 'F'
                && b[8] == 'W'
                && b[9] == 'E'
                && b[10] == 'B'
                && b[11] == 'P') {
            return Optional.of("webp");
        }
        return Optional.empty();
    }

    static final long MAX_IMAGE_BYTES = 20L * 1024 * 1024;

    /// Links of one rendering: each title is looked up once, however often the note links to it.
    private NoteLinks links() {
        var known = new HashMap<String, Optional<String>>();
        return new NoteLinks() {
            @Override
            public Optional<String> noteId(String title) {
                return known.computeIfAbsent(title, this::lookUp);
            }

            private Optional<String> lookUp(String title) {
                return store.read(session -> {
                    var ids = session.noteNames().withTitle(title).stream()
                            .filter(id -> session.notes()
                                    .find(id)
                                    .map(s -> !s.isTrashed())
                                    .orElse(false))
                            .toList();
                    return ids.size() == 1 ? Optional.of(ids.getFirst().value()) : Optional.<String>empty();
                });
            }

            @Override
            public Optional<String> attachment(String name) {
                return inlineImage(name);
            }

            @Override
            public boolean hasFile(String name) {
                return attachmentFile(name).isPresent();
            }
        };
    }

    /// The file `name` of the attachments folder, when it is one (names that leave the folder find nothing): what
    /// an `attachment:` link of the note view opens.
    public Optional<Path> attachmentFile(String name) {
        try {
            var file = attachments.resolve(name).normalize();
            return file.startsWith(attachments) && Files.isRegularFile(file) ? Optional.of(file) : Optional.empty();
        } catch (InvalidPathException e) {
            return Optional.empty();
        }
    }
}
