package papernotes.service;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import papernotes.interchange.VaultKind;
import papernotes.interchange.VaultLimits;
import papernotes.interchange.VaultNote;
import papernotes.interchange.VaultReader;
import papernotes.markdown.BodyReferences;
import papernotes.model.InvalidInputException;
import papernotes.model.Labels;
import papernotes.model.NoteDraft;
import papernotes.storage.LibraryStore;

/// Imports a folder of Markdown notes: PaperNotes' own vault (an export, the repository's `notes/`), an Obsidian
/// vault or any folder of Markdown files (see [VaultKind] and [VaultReader]). Every file is read and checked, and
/// every image found, before anything is written; then [Importer] plans the notes against the library (add,
/// update, skip, conflict copy) and writes them in one transaction. In an Obsidian vault, `#tags` in the text
/// become tags too. Problems name the file and line; a refused import leaves the library as it was.
public final class VaultImport {

    private final LibraryStore store;
    private final VaultLimits limits;
    private final Importer importer;
    private final BodyReferences references = new BodyReferences();

    public VaultImport(LibraryStore store, NoteService notes, Clock clock, ChangeListener listener, VaultLimits limits) {
        this.store = store;
        this.limits = limits;
        this.importer = new Importer(store, notes, clock, listener);
    }

    public VaultImport(LibraryStore store, NoteService notes, Clock clock, ChangeListener listener) {
        this(store, notes, clock, listener, VaultLimits.DEFAULT);
    }

    /// What importing `folder` would do; reads and checks everything, writes nothing.
    public ImportPlan plan(Path folder) {
        return importer.plan(read(folder));
    }

    /// Imports `folder` all at once, or nothing of it; returns what was done.
    public ImportPlan apply(Path folder) {
        return importer.apply(read(folder));
    }

    /// The folder's notes, tags and images, checked: the batch [Importer] plans and applies.
    ImportBatch read(Path folder) {
        var vault = new VaultReader(limits).read(folder);
        var warnings = new ArrayList<>(vault.warnings());
        long markdownBytes = vault.files().stream().mapToLong(file -> file.draft().body().length()).sum();
        var images = new VaultImages(vault, new AttachmentCopier(store.dataDir().resolve(AttachmentCopier.FOLDER)),
                limits, warnings, references, markdownBytes);
        var notes = new ArrayList<ImportedNote>();
        for (VaultNote file : vault.files()) {
            var draft = file.draft();
            var body = images.body(file);
            var tags = vault.kind() == VaultKind.OBSIDIAN ? withHashtags(file, draft.tags()) : draft.tags();
            var checked = new NoteDraft(draft.id(), draft.title(), draft.topic(), tags, draft.aliases(), draft.links(),
                    body);
            notes.add(new ImportedNote(checked, file.created(), file.updated(), file.file()));
        }
        return new ImportBatch(folder.toString(), vault.kind().description(), vault.title(), vault.topics(), notes,
                images.attachments(), warnings);
    }

    private List<String> withHashtags(VaultNote file, List<String> tags) {
        var all = new ArrayList<>(tags);
        for (var hashtag : references.hashtags(file.draft().body())) {
            try {
                all.add(Labels.tag(hashtag.tag()));
            } catch (InvalidInputException e) {
                throw new InvalidInputException(file.file() + ", line " + (file.bodyLine() + hashtag.line()) + ": the tag #"
                        + shorten(hashtag.tag()) + " cannot be a tag: " + e.getMessage());
            }
        }
        return Labels.tags(all);
    }

    private static String shorten(String text) {
        return text.length() > 40 ? text.substring(0, 40) + "…" : text;
    }
}
