package papernotes.cli;

import java.nio.file.Path;
import papernotes.service.ImportMode;
import papernotes.service.JsonBackupService;
import papernotes.service.LibraryFolder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(
        name = "import-json",
        description = {
            "Recreate a library from a JSON backup zip, exactly (ids, times, history,",
            "trash, attached files), into an empty library: use a new --data-dir. Checked completely before anything",
            "is written; the text of the attached PDFs is then read again, so that a search finds their pages."
        })
final class ImportJsonCommand extends FolderCommand {

    @Parameters(index = "0", paramLabel = "FILE.zip", description = "A backup written by export-json.")
    Path file;

    @Option(names = "--dry-run", description = "Check the backup and say what it would bring; write nothing.")
    boolean dryRun;

    @Override
    int run(LibraryFolder folder, Output output) {
        var result = folder.importJson(file, dryRun ? ImportMode.DRY_RUN : ImportMode.APPLY);
        int read = readPdfs(root, result);
        output.line((dryRun ? "Would add " : "Added ") + result.notes() + " notes (" + result.trashed()
                + " in the trash), " + result.topics() + " topics, " + result.revisions() + " revisions and "
                + result.attachments() + " attachments"
                + (dryRun ? "; nothing was written." : " to " + folder.dataDir() + readText(read) + "."));
        return 0;
    }

    /// After a backup was imported whose notes list files: opens the library and reads the text of its PDFs (a
    /// backup holds the files, not their text), so that a search finds their pages. Returns how many were read.
    static int readPdfs(PaperNotesCommand root, JsonBackupService.Import result) {
        if (result.mode() != ImportMode.APPLY || result.noteFiles() == 0) {
            return 0;
        }
        try (var library = root.openWithoutSamples()) {
            return library.files().readUnread();
        }
    }

    /// `; read the text of 2 PDFs` after a report, when any was read.
    static String readText(int read) {
        return read == 0 ? "" : "; " + VaultImportReport.pdfsRead(read);
    }
}
