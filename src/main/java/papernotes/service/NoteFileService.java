package papernotes.service;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Optional;
import papernotes.model.Failures;
import papernotes.model.FileText;
import papernotes.model.NoteFile;
import papernotes.model.NoteId;
import papernotes.model.PaperNotesException;
import papernotes.pdf.PdfContent;
import papernotes.pdf.PdfException;
import papernotes.pdf.PdfTexts;
import papernotes.storage.LibraryStore;

/// Files attached to notes (PDFs first): attaching copies each into the library ([FileStore]) and lists it on the
/// note; reading a PDF's text keeps it page by page in the library and puts its pages in the search index, so a
/// search finds the note by a word on any page and names the page. Reading is apart from attaching, so a window
/// attaches at once and reads in the background; each file is read once, when it is first attached (the same
/// content is the same stored file). One file that cannot be copied or read never stops the others.
public final class NoteFileService {

    /// A file attached: how the note lists it, whether the note listed it already, and what reading it gave.
    public record Attached(NoteFile file, boolean already, Optional<FileText> text) {}

    /// A file that could not be attached, and why, in one sentence.
    public record Problem(Path file, String message) {}

    /// What an attach did.
    public record Outcome(List<Attached> attached, List<Problem> problems) {
        public Outcome {
            attached = List.copyOf(attached);
            problems = List.copyOf(problems);
        }
    }

    private final LibraryStore store;
    private final FileStore files;
    private final PdfTexts pdf;
    private final SearchService search;
    private final ChangeListener changes;

    public NoteFileService(LibraryStore store, PdfTexts pdf, SearchService search) {
        this.store = store;
        this.files = new FileStore(store.dataDir());
        this.pdf = pdf;
        this.search = search;
        this.changes = search;
    }

    /// Copies the files into the library and lists them on the note, without reading them ([#readTexts]).
    public Outcome attach(NoteId id, List<Path> sources) {
        var note = store.read(session -> session.notes().find(id))
                .orElseThrow(() -> new NoteNotFoundException("There is no note with the id " + id + "."));
        if (note.trashed().isPresent()) {
            throw new PaperNotesException("The note " + id.value() + " is in the trash; restore it to attach files.");
        }
        var attached = new ArrayList<Attached>();
        var problems = new ArrayList<Problem>();
        for (Path source : sources) {
            try {
                var file = files.store(source);
                attached.add(new Attached(file, listed(id, file), text(file.stored())));
            } catch (PaperNotesException e) {
                problems.add(new Problem(source, Failures.message(e)));
            }
        }
        if (attached.stream().anyMatch(a -> !a.already())) {
            changes.noteChanged(id);
        }
        return new Outcome(attached, problems);
    }

    /// Copies the file into the library and, when it is a PDF not read before, reads its text; lists it on no note
    /// yet ([#list]). For a note made from the file (a PDF dropped on the list): its text says what paper it is.
    public Attached keep(Path source) {
        return readOnce(files.store(source));
    }

    /// The file with what reading its text gave: read now if it is a PDF never read before.
    private Attached readOnce(NoteFile file) {
        var known = text(file.stored());
        var text = known.isPresent() || !FileStore.isPdf(file.stored()) ? known : Optional.of(read(file));
        return new Attached(file, known.isPresent(), text);
    }

    /// Lists the file on the note in one transaction, giving the note a change number when it is new there;
    /// returns whether the note listed it already.
    private boolean listed(NoteId id, NoteFile file) {
        return store.write(session -> {
            boolean had = session.files().add(id, file);
            if (!had) {
                session.changes().stamp(id);
            }
            return had;
        });
    }

    /// Lists a file kept by [#keep] on the note, and puts its pages in the search index.
    public void list(NoteId id, NoteFile file) {
        if (!listed(id, file)) {
            changes.noteChanged(id);
        }
        search.catchUpPages();
    }

    /// The text of the stored file's pages, page 1 first (none when it has no text or was not read).
    public List<String> pages(NoteFile file) {
        return store.read(session -> session.files().pages(file.stored()));
    }

    /// Reads the text of the attached files not read yet (PDFs; other files have none), keeps it, and puts their
    /// pages in the search index. Returns what reading each gave, by stored name.
    public List<Attached> readTexts(NoteId id) {
        var result = new ArrayList<Attached>();
        for (NoteFile file : files(id)) {
            result.add(readOnce(file));
        }
        search.catchUpPages();
        return result;
    }

    /// Reads the text of every PDF some note lists whose text was never read (after an import: a vault or a backup
    /// brings the files, not their text), keeps it and puts the pages in the search index; returns how many PDFs
    /// were read. A PDF that cannot be read is kept as unreadable, as when it is attached.
    public int readUnread() {
        var unread = store.read(session -> {
            var byStored = new HashMap<String, NoteFile>();
            session.files().all().values().forEach(list -> list.forEach(f -> byStored.putIfAbsent(f.stored(), f)));
            return session.files().unread().stream()
                    .filter(FileStore::isPdf)
                    .map(stored -> byStored.getOrDefault(stored, new NoteFile(stored, stored, 0)))
                    .toList();
        });
        unread.forEach(this::read);
        if (!unread.isEmpty()) {
            search.catchUpPages();
        }
        return unread.size();
    }

    private FileText read(NoteFile file) {
        FileText text;
        List<String> pages = List.of();
        try {
            switch (pdf.read(files.path(file.stored()))) {
                case PdfContent.Pages read -> {
                    pages = read.pages();
                    text = new FileText(FileText.State.TEXT, pages.size(), "");
                }
                case PdfContent.NoText none -> text = new FileText(FileText.State.NONE, none.pageCount(), "");
            }
        } catch (PdfException e) {
            // the reader names the file it read, the stored copy: the user knows it by the name it was attached as
            text = new FileText(FileText.State.FAILED, 0, Failures.message(e).replace(file.stored(), file.fileName()));
        }
        var kept = text;
        var keptPages = pages;
        store.write(session -> {
            session.files().keepText(file.stored(), kept, keptPages);
            return kept;
        });
        return kept;
    }

    /// The files attached to the note, in the order they were attached.
    public List<NoteFile> files(NoteId id) {
        return store.read(session -> session.files().of(id));
    }

    /// What reading the stored file's text gave, if it was read.
    public Optional<FileText> text(String stored) {
        return store.read(session -> session.files().text(stored));
    }

    /// Where the stored file lies, for opening it in the system's viewer.
    public Path path(NoteFile file) {
        return files.path(file.stored());
    }

    /// The page (1 for the first) of the stored PDF as a PNG picture at `dpi`.
    public byte[] pagePicture(NoteFile file, int page, float dpi) {
        return pdf.pagePng(files.path(file.stored()), page, dpi);
    }

    /// Takes the file (by its stored name or its file name) off the note's list; the stored file stays.
    public NoteFile detach(NoteId id, String name) {
        var file = files(id).stream()
                .filter(f -> f.stored().equals(name) || f.fileName().equals(name))
                .findFirst()
                .orElseThrow(
                        () -> new PaperNotesException("The note " + id.value() + " has no file named " + name + "."));
        store.write(session -> {
            session.files().remove(id, file.stored());
            return session.changes().stamp(id);
        });
        changes.noteChanged(id);
        search.catchUpPages();
        return file;
    }
}
