package papernotes.cli;

import java.util.Locale;
import papernotes.model.InvalidInputException;
import papernotes.service.Library;
import papernotes.service.SyncConflict;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(
        name = "resolve",
        description = {
            "Settle a sync conflict ('papernotes conflicts' lists them): --keep mine or theirs gives the note that",
            "version (the one it replaces stays in its history); --keep both keeps the note as it is and makes the",
            "other version a conflict copy beside it, tagged #conflict."
        })
final class ResolveCommand extends LibraryCommand {

    @Parameters(index = "0", paramLabel = "ID", description = "The note's id or title.")
    String reference;

    @Option(names = "--keep", required = true, paramLabel = "mine|theirs|both", description = "What to keep.")
    String keep;

    @Override
    int run(Library library, Output output) {
        var choice = switch (keep.strip().toLowerCase(Locale.ROOT)) {
            case "mine" -> SyncConflict.Keep.MINE;
            case "theirs" -> SyncConflict.Keep.THEIRS;
            case "both" -> SyncConflict.Keep.BOTH;
            default -> throw new InvalidInputException("Say what to keep: --keep mine, --keep theirs or --keep both.");
        };
        var id = library.notes().resolve(reference);
        var resolved = library.sync().resolve(id, choice);
        output.line(resolved.copy()
                .map(copy -> "Kept " + resolved.note().title() + " as it is; the other version is " + copy.title()
                        + " (" + copy.id().value() + ").")
                .orElse("Settled " + resolved.note().title() + ": it now has "
                        + (choice == SyncConflict.Keep.MINE ? "this library's" : "the other machine's")
                        + " version; the one it replaced is in its history."));
        return 0;
    }
}
