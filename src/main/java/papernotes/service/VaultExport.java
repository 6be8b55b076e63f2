package papernotes.service;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.StreamSupport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import papernotes.interchange.VaultWriter;
import papernotes.markdown.BodyReferences;
import papernotes.model.FileMoves;
import papernotes.model.InvalidInputException;
import papernotes.model.Note;
import papernotes.model.NoteFile;
import papernotes.model.NoteId;
import papernotes.model.PaperNotesException;
import papernotes.model.Topic;
import papernotes.storage.LibraryStore;

/// Writes the library out as a Markdown vault in PaperNotes' own layout ([VaultWriter]): every note outside the
/// trash, every topic, the collection's title, the images the notes show from the attachments folder and the files
/// attached to the notes (each note listing its own under `files`, [VaultWriter#fileLink]). The library is read in
/// one consistent snapshot; the files are written into a hidden folder beside the target and that folder is renamed
/// into place at the end, so the target holds the whole export or nothing. A target that exists and is not an
/// empty folder is refused.
public final class VaultExport {

    private static final Logger LOG = LoggerFactory.getLogger(VaultExport.class);
    private static final Pattern SCHEME = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]*:");

    private final LibraryStore store;
    private final Path attachments;
    private final BodyReferences references = new BodyReferences();
    private final VaultWriter writer = new VaultWriter();

    public VaultExport(LibraryStore store) {
        this.store = store;
        this.attachments = store.dataDir()
                .resolve(AttachmentCopier.FOLDER)
                .toAbsolutePath()
                .normalize();
    }

    private record Snapshot(
            Optional<String> title, List<Topic> topics, List<Note> notes, Map<NoteId, List<NoteFile>> files) {}

    /// Exports into `folder`; returns what was written.
    public ExportReport export(Path folder) {
        var target = folder.toAbsolutePath().normalize();
        checkTarget(target);
        var snapshot = store.read(session -> {
            var notes = new ArrayList<Note>();
            var attached = new HashMap<NoteId, List<NoteFile>>();
            for (NoteId id : session.notes().liveIds()) {
                notes.add(session.notes().find(id).orElseThrow().note());
                var held = session.files().of(id).stream()
                        .filter(file -> isHeld(file.stored()))
                        .toList();
                if (!held.isEmpty()) {
                    attached.put(id, held);
                }
            }
            return new Snapshot(
                    session.meta().get(LibrarySeeder.TITLE_KEY),
                    session.topics().list(),
                    notes,
                    attached);
        });
        var files = writer.files(
                snapshot.title(),
                snapshot.topics(),
                snapshot.notes().stream().map(this::withImagesBesideTheNote).toList(),
                snapshot.files());
        var names = new TreeSet<>(images(snapshot.notes()));
        snapshot.files().values().forEach(list -> list.forEach(file -> names.add(file.stored())));
        var images = List.copyOf(names);
        Path temporary = temporaryFolder(target);
        try {
            writer.write(temporary, files);
            for (String image : images) {
                writer.attachment(temporary, image, attachments.resolve(image));
            }
            moveIntoPlace(temporary, target);
        } catch (RuntimeException e) {
            deleteTree(temporary);
            throw e;
        }
        return new ExportReport(
                target, snapshot.notes().size(), snapshot.topics().size(), images.size());
    }

    private static void checkTarget(Path target) {
        if (Files.isSymbolicLink(target)) {
            throw new InvalidInputException(target + " is a symbolic link; export into a new or empty folder.");
        }
        if (Files.exists(target) && !Files.isDirectory(target)) {
            throw new InvalidInputException(target + " is a file; export into a new or empty folder.");
        }
        if (Files.isDirectory(target)) {
            try (var entries = Files.list(target)) {
                if (entries.findAny().isPresent()) {
                    throw new InvalidInputException(target + " is not empty; export into a new or empty folder.");
                }
            } catch (IOException e) {
                throw new PaperNotesException("Cannot read the folder " + target + ": " + e.getMessage() + ".", e);
            }
        }
    }

    private static Path temporaryFolder(Path target) {
        try {
            var parent = target.getParent();
            Files.createDirectories(parent);
            return Files.createTempDirectory(parent, "." + target.getFileName() + ".export-");
        } catch (IOException e) {
            throw new PaperNotesException("Cannot create a folder beside " + target + ": " + e.getMessage() + ".", e);
        }
    }

    private static void moveIntoPlace(Path temporary, Path target) {
        try {
            if (Files.isDirectory(target, LinkOption.NOFOLLOW_LINKS)) {
                Files.delete(target);
            }
            FileMoves.move(temporary, target);
        } catch (DirectoryNotEmptyException e) {
            throw new InvalidInputException(target + " is not empty any more; export into a new or empty folder.");
        } catch (IOException e) {
            throw new PaperNotesException("Cannot move the export into " + target + ": " + e.getMessage() + ".", e);
        }
    }

    /// The note as its file holds it: its links to the images of the attachments folder written relative to the
    /// note's own folder (`../../attachments/a.png` for a note in `A/B/`), so that any Markdown viewer finds them,
    /// not only Obsidian, which looks from the vault's top. Importing the vault reads them back as they were.
    private Note withImagesBesideTheNote(Note note) {
        var found = new ArrayList<Target>();
        for (var reference : references.images(note.body())) {
            var raw = reference.target().strip();
            if (!reference.embed() && !SCHEME.matcher(raw).find()) {
                attachment(decode(raw.replaceFirst("^(\\./)?attachments/", "")))
                        .ifPresent(name -> found.add(new Target(reference.start(), reference.end(), name)));
            }
        }
        for (var link : references.links(note.body())) {
            linkedAttachment(link.target())
                    .ifPresent(name -> found.add(new Target(link.targetStart(), link.targetEnd(), name)));
        }
        if (found.isEmpty()) {
            return note;
        }
        var up = "../".repeat(note.topic().depth());
        var body = new StringBuilder(note.body());
        found.sort(Comparator.comparingInt(Target::start).reversed());
        for (var target : found) {
            body.replace(
                    target.start(),
                    target.end(),
                    up + VaultWriter.ATTACHMENTS + "/" + VaultPaths.encode(target.name()));
        }
        return new Note(
                note.id(),
                note.title(),
                note.topic(),
                note.tags(),
                note.aliases(),
                note.links(),
                note.reading(),
                body.toString(),
                note.created(),
                note.updated());
    }

    /// Where in a body a link's target to the attachment `name` is written.
    private record Target(int start, int end, String name) {}

    /// The attachment a link (`[PDF](attachments/paper.pdf)`) leads to, when the folder holds it.
    private Optional<String> linkedAttachment(String target) {
        var raw = target.strip();
        return raw.startsWith(VaultWriter.ATTACHMENTS + "/")
                ? attachment(decode(raw.substring(VaultWriter.ATTACHMENTS.length() + 1)))
                : Optional.empty();
    }

    /// Names (below the attachments folder) of the images the notes show and the files they link to that the folder
    /// holds, in name order.
    private List<String> images(List<Note> notes) {
        var names = new TreeSet<String>();
        for (Note note : notes) {
            references
                    .links(note.body())
                    .forEach(link -> linkedAttachment(link.target()).ifPresent(names::add));
            for (var reference : references.images(note.body())) {
                var raw = reference.target().strip();
                if (reference.embed() || SCHEME.matcher(raw).find()) {
                    continue;
                }
                var name = decode(raw.replaceFirst("^(\\./)?attachments/", ""));
                attachment(name).ifPresent(names::add);
            }
        }
        return List.copyOf(names);
    }

    /// Whether the attachments folder holds the stored file of a note's list (directly, as a regular file); one it
    /// lost is left out of the note's `files`, said in the log.
    private boolean isHeld(String stored) {
        boolean held = !stored.contains("/") && attachment(stored).isPresent();
        if (!held) {
            LOG.warn("The attached file {} is not in {}; it is left out of the export", stored, attachments);
        }
        return held;
    }

    /// `name` when it is a regular file inside the attachments folder (not through a symbolic link).
    private Optional<String> attachment(String name) {
        if (name.isEmpty() || name.startsWith("/") || name.contains("\\") || name.indexOf('\0') >= 0) {
            return Optional.empty();
        }
        try {
            var file = attachments.resolve(name).normalize();
            if (!file.startsWith(attachments)
                    || !Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)
                    || !file.toRealPath().startsWith(attachments.toRealPath())) {
                return Optional.empty();
            }
            return Optional.of(String.join(
                    "/",
                    StreamSupport.stream(attachments.relativize(file).spliterator(), false)
                            .map(Path::toString)
                            .toList()));
        } catch (IOException | InvalidPathException e) {
            return Optional.empty();
        }
    }

    private static String decode(String text) {
        try {
            return URLDecoder.decode(text.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return text;
        }
    }

    private static void deleteTree(Path folder) {
        try {
            Files.walkFileTree(folder, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                    Files.delete(file);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
                    Files.delete(dir);
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            // best effort: a hidden, partial folder beside the target is all that is left
        }
    }
}
