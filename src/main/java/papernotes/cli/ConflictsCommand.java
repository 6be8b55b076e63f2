package papernotes.cli;

import java.util.LinkedHashMap;
import java.util.Locale;
import papernotes.service.Library;
import papernotes.service.SyncConflict;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(
        name = "conflicts",
        description = {
            "The notes sync found changed in the same places here and on another machine: each kept one version,",
            "the other is kept whole until 'papernotes resolve ID --keep mine|theirs|both' settles it."
        })
final class ConflictsCommand extends LibraryCommand {

    @Option(
            names = "--json",
            description = "Print one JSON array of {id, title, fields, kept, mine, theirs, base}, each text whole.")
    boolean json;

    @Override
    int run(Library library, Output output) {
        var conflicts = library.sync().conflicts();
        if (json) {
            output.json(conflicts.stream().map(ConflictsCommand::json).toList());
            return 0;
        }
        if (conflicts.isEmpty()) {
            output.line("No conflicts.");
        }
        for (var conflict : conflicts) {
            output.line(conflict.id().value() + "  " + conflict.mine().note().title() + "  ("
                    + String.join(", ", conflict.fields()).toLowerCase(Locale.ROOT) + " changed on both sides; the note"
                    + " kept "
                    + (conflict.kept() == SyncConflict.Keep.THEIRS ? "the other machine's" : "this library's")
                    + ")");
        }
        return 0;
    }

    private static Object json(SyncConflict conflict) {
        var map = new LinkedHashMap<String, Object>();
        map.put("id", conflict.id().value());
        map.put("title", conflict.mine().note().title());
        map.put("fields", conflict.fields());
        map.put("kept", conflict.kept().name().toLowerCase(Locale.ROOT));
        map.put(
                "mine",
                side(conflict.mine().note().title(), conflict.mine().note().body()));
        map.put(
                "theirs",
                side(conflict.theirs().note().title(), conflict.theirs().note().body()));
        map.put(
                "base",
                conflict.base()
                        .map(base -> side(base.note().title(), base.note().body()))
                        .orElse(null));
        return map;
    }

    private static Object side(String title, String body) {
        var map = new LinkedHashMap<String, Object>();
        map.put("title", title);
        map.put("body", body);
        return map;
    }
}
