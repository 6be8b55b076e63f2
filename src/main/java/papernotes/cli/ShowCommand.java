package papernotes.cli;

import java.util.LinkedHashMap;
import java.util.List;
import papernotes.model.ByteSizes;
import papernotes.model.FileText;
import papernotes.service.Library;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "show", description = "Print a note: its metadata, then its Markdown body.")
final class ShowCommand extends LibraryCommand {

    @Parameters(
            arity = "1..*",
            paramLabel = "ID|TITLE",
            description = "The note's id (or its first 4+ characters), title or alias.")
    List<String> reference;

    @Option(names = "--json", description = "Print one JSON object with the metadata and the body.")
    boolean json;

    @Override
    int run(Library library, Output output) {
        var stored = library.notes().get(library.notes().resolve(String.join(" ", reference)));
        var note = stored.note();
        if (json) {
            var map = JsonViews.note(note, stored.isTrashed());
            map.put(
                    "files",
                    library.files().files(note.id()).stream()
                            .map(file -> {
                                var text = library.files().text(file.stored());
                                var f = new LinkedHashMap<String, Object>();
                                f.put("file", file.fileName());
                                f.put("stored", file.stored());
                                f.put("bytes", file.bytes());
                                f.put("text", AttachCommand.textState(text));
                                f.put("pages", text.map(FileText::pages).orElse(0));
                                return f;
                            })
                            .toList());
            output.json(map);
            return 0;
        }
        output.line("# " + note.title());
        output.line("id:      " + note.id());
        output.line("topic:   " + note.topic());
        if (!note.tags().isEmpty()) {
            output.line("tags:    " + String.join(", ", note.tags()));
        }
        if (!note.aliases().isEmpty()) {
            output.line("aliases: " + String.join(", ", note.aliases()));
        }
        note.reading().status().ifPresent(status -> output.line("status:  " + status.key()));
        note.reading().priority().ifPresent(priority -> output.line("priority: " + priority.level()));
        note.links().paper().ifPresent(link -> output.line("paper:   " + link));
        note.links().code().ifPresent(link -> output.line("code:    " + link));
        note.links().arxiv().ifPresent(id -> output.line("arxiv:   " + id));
        note.links().doi().ifPresent(doi -> output.line("doi:     " + doi));
        note.links().year().ifPresent(year -> output.line("year:    " + year));
        note.links().venue().ifPresent(venue -> output.line("venue:   " + venue));
        note.links().paperTitle().ifPresent(title -> output.line("paper title: " + title));
        if (!note.links().authors().isEmpty()) {
            output.line("authors: " + String.join(", ", note.links().authors()));
        }
        note.links().abstractText().ifPresent(text -> output.line("abstract: " + text.replace("\n", " ")));
        for (var file : library.files().files(note.id())) {
            output.line("file:    " + file.fileName() + " (" + ByteSizes.describe(file.bytes()) + ", "
                    + AttachCommand.state(library.files().text(file.stored())) + ")");
        }
        output.line("created: " + note.created());
        output.line("updated: " + note.updated());
        stored.trashed().ifPresent(when -> output.line("trashed: " + when + " (in the trash)"));
        output.line("");
        output.line(note.body());
        return 0;
    }
}
