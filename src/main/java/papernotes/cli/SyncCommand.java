package papernotes.cli;

import java.util.LinkedHashMap;
import papernotes.model.InvalidInputException;
import papernotes.model.NoteConflict;
import papernotes.service.Library;
import papernotes.service.SyncService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(
        name = "sync",
        description = {
            "Keep this library and others in step through a git remote (docs/decisions/0023-sync-through-git.md).",
            "'sync init REMOTE': attach the library to a git remote (a local path, git://, or a public https address);",
            "  an empty remote receives the library, one that holds a library is merged into this one.",
            "'sync': one round now: this library's changes go out, the remote's come in, merged note by note; a note",
            "  both sides changed in the same lines keeps the later edit and the other is reported whole.",
            "'sync status': whether the library is attached."
        })
final class SyncCommand extends LibraryCommand {

    @Parameters(index = "0", arity = "0..1", paramLabel = "ACTION", description = "init or status; none: a round.")
    String action = "";

    @Parameters(index = "1", arity = "0..1", paramLabel = "REMOTE", description = "init: the git remote.")
    String remote = "";

    @Option(names = "--json", description = "A round: print one JSON object of {received, sent, conflicts}.")
    boolean json;

    @Override
    int run(Library library, Output output) {
        var sync = library.sync();
        switch (action) {
            case "init" -> {
                if (remote.isBlank()) {
                    throw new InvalidInputException("Say the git remote: papernotes sync init /srv/git/notes.git");
                }
                sync.attach(remote.strip());
                output.line("Attached to " + SyncService.shown(remote.strip()) + "; 'papernotes sync' runs a round.");
            }
            case "status" ->
                output.line(
                        sync.attached()
                                ? "Attached to a remote; 'papernotes sync' runs a round."
                                : "Not attached: 'papernotes sync init REMOTE' attaches the library.");
            case "" -> {
                if (!sync.attached()) {
                    throw new InvalidInputException(
                            "The library is not attached to a remote: papernotes sync init REMOTE first.");
                }
                var outcome = sync.round();
                if (json) {
                    var map = new LinkedHashMap<String, Object>();
                    map.put("received", outcome.received());
                    map.put("sent", outcome.sent());
                    map.put(
                            "conflicts",
                            outcome.conflicts().stream()
                                    .map(SyncCommand::conflict)
                                    .toList());
                    output.json(map);
                } else {
                    output.line(outcome.received() + (outcome.received() == 1 ? " note" : " notes") + " came in; "
                            + (outcome.sent() ? "this library's changes went out" : "nothing went out") + "; "
                            + outcome.conflicts().size()
                            + (outcome.conflicts().size() == 1 ? " conflict." : " conflicts."));
                    for (var conflict : outcome.conflicts()) {
                        output.line("  " + conflict.id().value() + "  "
                                + conflict.mine().note().title() + ": "
                                + String.join(
                                        ", ",
                                        conflict.fields().stream()
                                                .map(Enum::name)
                                                .toList())
                                + " changed on both sides");
                    }
                }
            }
            default ->
                throw new InvalidInputException(
                        "Say what to do: 'sync init REMOTE', 'sync' for a round, or 'sync status'.");
        }
        return 0;
    }

    private static Object conflict(NoteConflict conflict) {
        var map = new LinkedHashMap<String, Object>();
        map.put("id", conflict.id().value());
        map.put("title", conflict.mine().note().title());
        map.put("fields", conflict.fields().stream().map(Enum::name).toList());
        map.put("mine", conflict.mine().note().body());
        map.put("theirs", conflict.theirs().note().body());
        map.put("base", conflict.base().map(state -> state.note().body()).orElse(null));
        return map;
    }
}
