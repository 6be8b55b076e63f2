package papernotes.cli;

import java.nio.file.Path;
import papernotes.service.ImportMode;
import papernotes.service.LibraryFolder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(
        name = "import-json",
        description = {
            "Recreate a library from a JSON backup zip, exactly (ids, times, history,",
            "trash), into an empty library: use a new --data-dir. Checked completely before anything is written."
        })
final class ImportJsonCommand extends FolderCommand {

    @Parameters(index = "0", paramLabel = "FILE.zip", description = "A backup written by export-json.")
    Path file;

    @Option(names = "--dry-run", description = "Check the backup and say what it would bring; write nothing.")
    boolean dryRun;

    @Override
    int run(LibraryFolder folder, Output output) {
        var result = folder.importJson(file, dryRun ? ImportMode.DRY_RUN : ImportMode.APPLY);
        output.line((dryRun ? "Would add " : "Added ") + result.notes() + " notes (" + result.trashed()
                + " in the trash), " + result.topics() + " topics, " + result.revisions() + " revisions and "
                + result.attachments() + " attachments"
                + (dryRun ? "; nothing was written." : " to " + folder.dataDir() + "."));
        return 0;
    }
}
