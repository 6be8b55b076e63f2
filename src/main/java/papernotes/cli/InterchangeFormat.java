package papernotes.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import papernotes.interchange.BackupArchive;
import papernotes.model.ByteSizes;
import papernotes.model.InvalidInputException;
import papernotes.model.TopicPath;
import papernotes.service.BibtexService;
import papernotes.service.ImportMode;
import papernotes.service.ImportOptions;
import papernotes.service.Library;

/// The formats `papernotes export` writes and `papernotes import` reads, by their `--format` names. **To add a
/// format, add a constant here** (nothing else in `cli` changes): [#export] writes the library in it and says so in
/// one sentence, [#recognizes] tells its files from the other formats' (for `import` without `--format`; the first
/// constant that recognizes a path wins), [#importFrom] imports, or with `dryRun` says what importing would do,
/// as lines to print. A format that goes one way only keeps the default of the other, which refuses with one
/// sentence.
enum InterchangeFormat {

    /// A Markdown vault: a folder per topic, a file per note (`VaultExport`, `VaultImport`).
    MARKDOWN {
        @Override
        String export(Library library, Path target) {
            var report = library.vaultExport().export(target);
            return "Exported " + report.notes() + " notes in " + report.topics() + " topics"
                    + (report.attachments() > 0 ? " with " + report.attachments() + " attachments" : "") + " to "
                    + report.folder();
        }

        @Override
        boolean recognizes(Path source) {
            return Files.isDirectory(source);
        }

        @Override
        Imported importFrom(Library library, Path source, Request request) {
            var options = new ImportOptions(request.strict(), request.topic());
            if (request.dryRun()) {
                return VaultImportReport.of(library.vaultImport().plan(source, options), true, 0);
            }
            var plan = library.vaultImport().apply(source, options);
            return VaultImportReport.of(plan, false, library.files().readUnread());
        }
    },

    /// The whole library as one zip (`JsonBackupService`); it is imported only into a new library (`import-json`).
    JSON {
        @Override
        String export(Library library, Path target) {
            var export = library.jsonBackup().exportTo(target);
            return "Exported " + export.notes() + " notes, " + export.revisions() + " revisions and "
                    + export.attachments() + " attachments to " + export.file() + " ("
                    + ByteSizes.describe(export.bytes()) + ")";
        }

        // A backup is told by its content (a zip holding the backup document), whatever its name.
        @Override
        boolean recognizes(Path source) {
            return BackupArchive.isBackup(source);
        }

        @Override
        Imported importFrom(Library library, Path source, Request request) {
            throw new InvalidInputException(
                    "A JSON backup is restored into a new, empty library: papernotes --data-dir "
                            + "NEW-FOLDER import-json " + source + ".");
        }
    },

    /// BibTeX: an entry per paper note (`BibtexService`); importing creates or updates paper notes.
    BIBTEX {
        @Override
        String export(Library library, Path target) {
            var export = library.bibtex().exportTo(target);
            return "Exported " + export.entries() + (export.entries() == 1 ? " entry" : " entries") + " to "
                    + export.file() + " (" + export.newKeys()
                    + (export.newKeys() == 1 ? " note got its" : " notes got their")
                    + " citation key now)";
        }

        @Override
        boolean recognizes(Path source) {
            return Files.isRegularFile(source)
                    && source.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".bib");
        }

        @Override
        Imported importFrom(Library library, Path source, Request request) {
            boolean dryRun = request.dryRun();
            var result = library.bibtex()
                    .importFrom(source, request.topic(), dryRun ? ImportMode.DRY_RUN : ImportMode.APPLY);
            var lines = new ArrayList<String>();
            var changes = new ArrayList<Map<String, Object>>();
            for (BibtexService.Change change : result.changes()) {
                var action = change.action().name().toLowerCase(Locale.ROOT);
                lines.add(action + "\t" + change.citekey() + "\t"
                        + change.note().map(Object::toString).orElse("-") + "\t" + change.title() + "\t"
                        + change.detail());
                var json = new LinkedHashMap<String, Object>();
                json.put("action", action);
                json.put("citekey", change.citekey());
                json.put("id", change.note().map(Object::toString).orElse(null));
                json.put("title", change.title());
                json.put("detail", change.detail());
                changes.add(json);
            }
            lines.add((dryRun ? "Would add " : "Added ") + result.count(BibtexService.Action.ADD) + ", "
                    + (dryRun ? "update " : "updated ") + result.count(BibtexService.Action.UPDATE) + ", "
                    + (dryRun ? "skip " : "skipped ") + result.count(BibtexService.Action.SKIP)
                    + (dryRun ? "; nothing was written." : "."));
            var json = new LinkedHashMap<String, Object>();
            json.put("source", source.toString());
            json.put("format", "bibtex");
            json.put("dryRun", dryRun);
            json.put("added", result.count(BibtexService.Action.ADD));
            json.put("updated", result.count(BibtexService.Action.UPDATE));
            json.put("skipped", result.count(BibtexService.Action.SKIP));
            json.put("changes", changes);
            return new Imported(lines, List.of(), json);
        }
    };

    /// What `import` was asked: a dry run, the topic to file notes under, all-or-nothing checks.
    record Request(boolean dryRun, Optional<TopicPath> topic, boolean strict) {}

    /// What an import printed: its lines, warnings for standard error, and the whole of it for `--json`.
    record Imported(List<String> lines, List<String> warnings, Map<String, Object> json) {}

    /// Writes the library in this format; answers what was written, as a sentence without its full stop.
    String export(Library library, Path target) {
        throw new InvalidInputException("The " + label() + " format can be imported but not exported.");
    }

    boolean recognizes(Path source) {
        return false;
    }

    Imported importFrom(Library library, Path source, Request request) {
        throw new InvalidInputException("The " + label() + " format can be exported but not imported.");
    }

    /// The name given to `--format`.
    String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /// The `--format` names, for picocli's `${COMPLETION-CANDIDATES}`.
    static final class Names implements Iterable<String> {

        @Override
        public Iterator<String> iterator() {
            return Arrays.stream(values()).map(InterchangeFormat::label).iterator();
        }
    }

    /// The format of `source`, told from what it is.
    static InterchangeFormat of(Path source) {
        if (!Files.exists(source)) {
            throw new InvalidInputException(source + " does not exist.");
        }
        return Arrays.stream(values())
                .filter(format -> format.recognizes(source))
                .findFirst()
                .orElseThrow(() -> new InvalidInputException("PaperNotes cannot tell what " + source
                        + " is; name its format with --format ("
                        + Arrays.stream(values()).map(InterchangeFormat::label).collect(Collectors.joining(", "))
                        + ")."));
    }
}
