package papernotes.service;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import papernotes.interchange.ImportProblems;
import papernotes.interchange.VaultKind;
import papernotes.interchange.VaultLimits;
import papernotes.interchange.VaultNote;
import papernotes.interchange.VaultReader;
import papernotes.markdown.BodyReferences;
import papernotes.model.ImportWarning.Kind;
import papernotes.model.InvalidInputException;
import papernotes.model.Labels;
import papernotes.model.NoteDraft;
import papernotes.storage.LibraryStore;

/// Imports a folder of Markdown notes: PaperNotes' own vault (an export, the repository's `notes/`), an Obsidian
/// vault or any folder of Markdown files (see [VaultKind] and [VaultReader]). Every file is read and checked, and
/// every image found, before anything is written; then [Importer] plans the notes against the library (add,
/// update, skip, conflict copy) and writes them in one transaction. The files a note lists under `files` are copied
/// into the library by their content and listed on it ([VaultNoteFiles]). In an Obsidian vault, `#tags` in the text
/// become tags too. A problem with one file (an image outside the folder, front matter that is not YAML, a file in
/// GBK) is a warning naming the file and line, and the rest is imported; only what concerns the import as a whole
/// (the folder unreadable, over the limits, the library failing), or any problem when [ImportOptions#strict],
/// refuses it, and a refused import leaves the library as it was.
public final class VaultImport {

    private final LibraryStore store;
    private final VaultLimits limits;
    private final Importer importer;
    private final BodyReferences references = new BodyReferences();

    public VaultImport(
            LibraryStore store, NoteService notes, Clock clock, ChangeListener listener, VaultLimits limits) {
        this.store = store;
        this.limits = limits;
        this.importer = new Importer(store, notes, clock, listener);
    }

    public VaultImport(LibraryStore store, NoteService notes, Clock clock, ChangeListener listener) {
        this(store, notes, clock, listener, VaultLimits.DEFAULT);
    }

    /// What importing `folder` would do; reads and checks everything, writes nothing.
    public ImportPlan plan(Path folder) {
        return plan(folder, ImportOptions.DEFAULT);
    }

    public ImportPlan plan(Path folder, ImportOptions options) {
        return importer.plan(read(folder, options));
    }

    /// Imports `folder` all at once, or nothing of it; returns what was done.
    public ImportPlan apply(Path folder) {
        return apply(folder, ImportOptions.DEFAULT);
    }

    public ImportPlan apply(Path folder, ImportOptions options) {
        return importer.apply(read(folder, options));
    }

    /// The folder's notes, tags and images, checked: the batch [Importer] plans and applies.
    ImportBatch read(Path folder, ImportOptions options) {
        var problems = new ImportProblems(options.strict());
        var vault = new VaultReader(limits).read(folder, problems, options.topic());
        long markdownBytes = vault.files().stream()
                .mapToLong(file -> file.draft().body().length())
                .sum();
        var images = new VaultImages(
                vault,
                new AttachmentCopier(store.dataDir().resolve(AttachmentCopier.FOLDER)),
                limits,
                problems,
                references,
                markdownBytes);
        var noteLinks = new VaultNoteLinks(vault.files(), references, problems, images);
        var noteFiles = new VaultNoteFiles(vault, images.vaultFiles(), problems);
        var notes = new ArrayList<ImportedNote>();
        for (VaultNote file : vault.files()) {
            var draft = file.draft();
            var body = noteLinks.body(file, images.body(file));
            var tags = vault.kind() == VaultKind.OBSIDIAN ? withHashtags(file, draft.tags(), problems) : draft.tags();
            var checked = new NoteDraft(
                    draft.id(),
                    draft.title(),
                    draft.topic(),
                    tags,
                    draft.aliases(),
                    draft.links(),
                    draft.reading(),
                    body);
            notes.add(new ImportedNote(checked, file.created(), file.updated(), file.file(), noteFiles.files(file)));
        }
        return new ImportBatch(
                folder.toString(),
                vault.kind().description(),
                vault.title(),
                vault.topics(),
                notes,
                images.attachments(),
                problems.warnings());
    }

    private List<String> withHashtags(VaultNote file, List<String> tags, ImportProblems problems) {
        var all = new ArrayList<>(tags);
        for (var hashtag : references.hashtags(file.draft().body())) {
            try {
                all.add(Labels.tag(hashtag.tag()));
            } catch (InvalidInputException e) {
                int line = file.bodyLine() + hashtag.line();
                problems.problem(
                        Kind.FIELD,
                        file.file(),
                        line,
                        file.file() + ", line " + line + ": the tag #" + shorten(hashtag.tag()) + " cannot be a tag: "
                                + e.getMessage(),
                        "it stays in the text only.");
            }
        }
        return Labels.tags(all);
    }

    private static String shorten(String text) {
        return text.length() > 40 ? text.substring(0, 40) + "…" : text;
    }
}
