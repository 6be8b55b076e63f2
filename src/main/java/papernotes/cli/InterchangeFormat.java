package papernotes.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

import papernotes.model.InvalidInputException;
import papernotes.service.ExportReport;
import papernotes.service.ImportPlan;
import papernotes.service.Library;

/// The formats `papernotes export` writes and `papernotes import` reads, by their `--format` names. **To add a
/// format, add a constant here** (nothing else in `cli` changes): [#export] writes the library in it, [#recognizes]
/// tells its files from the other formats' (for `import` without `--format`; the first constant that recognizes a
/// path wins), [#plan] says what importing would do and [#apply] imports. A format that goes one way only keeps the
/// default of the other, which refuses with one sentence.
enum InterchangeFormat {

    /// A Markdown vault: a folder per topic, a file per note (`VaultExport`, `VaultImport`).
    MARKDOWN {
        @Override
        ExportReport export(Library library, Path target) {
            return library.vaultExport().export(target);
        }

        @Override
        boolean recognizes(Path source) {
            return Files.isDirectory(source);
        }

        @Override
        ImportPlan plan(Library library, Path source) {
            return library.vaultImport().plan(source);
        }

        @Override
        ImportPlan apply(Library library, Path source) {
            return library.vaultImport().apply(source);
        }
    };

    ExportReport export(Library library, Path target) {
        throw new InvalidInputException("The " + label() + " format can be imported but not exported.");
    }

    boolean recognizes(Path source) {
        return false;
    }

    ImportPlan plan(Library library, Path source) {
        throw new InvalidInputException("The " + label() + " format can be exported but not imported.");
    }

    ImportPlan apply(Library library, Path source) {
        return plan(library, source);
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
