package papernotes.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

import papernotes.model.InvalidInputException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import papernotes.model.TopicPath;
import papernotes.service.BibtexService;
import papernotes.service.ImportMode;
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
        Imported importFrom(Library library, Path source, boolean dryRun, Optional<TopicPath> topic) {
            if (topic.isPresent()) {
                throw new InvalidInputException("--topic is for BibTeX files; a vault's folders say where its notes go.");
            }
            var plan = dryRun ? library.vaultImport().plan(source) : library.vaultImport().apply(source);
            return VaultImportReport.of(plan, dryRun);
        }
    },

    /// The whole library as one zip (`JsonBackupService`); it is imported only into a new library (`import-json`).
    JSON {
        @Override
        String export(Library library, Path target) {
            var export = library.jsonBackup().exportTo(target);
            return "Exported " + export.notes() + " notes, " + export.revisions() + " revisions and "
                    + export.attachments() + " attachments to " + export.file() + " (" + Sizes.of(export.bytes()) + ")";
        }

        @Override
        boolean recognizes(Path source) {
            return Files.isRegularFile(source) && source.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".zip");
        }

        @Override
        Imported importFrom(Library library, Path source, boolean dryRun, Optional<TopicPath> topic) {
            throw new InvalidInputException("A JSON backup is restored into a new, empty library: papernotes --data-dir "
                    + "NEW-FOLDER import-json " + source + ".");
        }
    },

    /// BibTeX: an entry per paper note (`BibtexService`); importing creates or updates paper notes.
    BIBTEX {
        @Override
        String export(Library library, Path target) {
            var export = library.bibtex().exportTo(target);
            return "Exported " + export.entries() + " entries to " + export.file() + " (" + export.newKeys()
                    + " notes got their citation key now)";
        }

        @Override
        boolean recognizes(Path source) {
            return Files.isRegularFile(source) && source.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".bib");
        }

        @Override
        Imported importFrom(Library library, Path source, boolean dryRun, Optional<TopicPath> topic) {
            var result = library.bibtex().importFrom(source, topic, dryRun ? ImportMode.DRY_RUN : ImportMode.APPLY);
            var lines = new ArrayList<String>();
            for (BibtexService.Change change : result.changes()) {
                lines.add(change.action().name().toLowerCase(Locale.ROOT) + "\t" + change.citekey() + "\t"
                        + change.note().map(Object::toString).orElse("-") + "\t" + change.title() + "\t" + change.detail());
            }
            lines.add((dryRun ? "Would add " : "Added ") + result.count(BibtexService.Action.ADD) + ", "
                    + (dryRun ? "update " : "updated ") + result.count(BibtexService.Action.UPDATE) + ", "
                    + (dryRun ? "skip " : "skipped ") + result.count(BibtexService.Action.SKIP)
                    + (dryRun ? "; nothing was written." : "."));
            return new Imported(lines, List.of());
        }
    };

    /// What an import printed: its lines, and warnings for standard error.
    record Imported(List<String> lines, List<String> warnings) {
    }

    /// Writes the library in this format; answers what was written, as a sentence without its full stop.
    String export(Library library, Path target) {
        throw new InvalidInputException("The " + label() + " format can be imported but not exported.");
    }

    boolean recognizes(Path source) {
        return false;
    }

    Imported importFrom(Library library, Path source, boolean dryRun, Optional<TopicPath> topic) {
        throw new InvalidInputException("The " + label() + " format can be exported but not imported.");
    }

    /// The name given to `--format`.
    String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /// The `--format` names, for picocli's `${COMPLETION-CANDIDATES}`.
    static final class Names implements Iterable<String> {

        @Override
        public java.util.Iterator<String> iterator() {
            return Arrays.stream(values()).map(InterchangeFormat::label).iterator();
        }
    }

    /// The format of `source`, told from what it is.
    static InterchangeFormat of(Path source) {
        if (!Files.exists(source)) {
            throw new InvalidInputException(source + " does not exist.");
        }
        return Arrays.stream(values()).filter(format -> format.recognizes(source)).findFirst().orElseThrow(() ->
                new InvalidInputException("PaperNotes cannot tell what " + source + " is; name its format with --format ("
                        + Arrays.stream(values()).map(InterchangeFormat::label).collect(Collectors.joining(", ")) + ")."));
    }
}
