package papernotes.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import papernotes.model.FileText;
import papernotes.model.NoteFile;
import papernotes.service.Library;
import papernotes.service.NoteFileService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(
        name = "attach",
        description = "Attach files (PDFs) to a note: each is copied into the library and a PDF's text is read, so a"
                + " search finds the note by a word on any page.")
final class AttachCommand extends LibraryCommand {

    @Parameters(
            index = "0",
            paramLabel = "ID",
            description = "The note's id (or its first 4+ characters), title or alias.")
    String reference;

    @Parameters(index = "1..*", arity = "1..*", paramLabel = "FILE", description = "The files to attach.")
    List<Path> files = new ArrayList<>();

    @Option(
            names = "--json",
            description =
                    "Print JSON: {note, attached: [{file, stored, bytes, already, text, pages, message}], problems}.")
    boolean json;

    @Override
    int run(Library library, Output output) {
        var id = library.notes().resolve(reference);
        var note = library.notes().get(id).note();
        var outcome = library.files().attach(id, files);
        var read = outcome.attached().isEmpty()
                ? List.<NoteFileService.Attached>of()
                : library.files().readTexts(id);
        var attached = outcome.attached().stream()
                .map(a -> new NoteFileService.Attached(a.file(), a.already(), textOf(a.file(), read)))
                .toList();
        if (json) {
            var map = new LinkedHashMap<String, Object>();
            map.put("note", id.value());
            map.put("attached", attached.stream().map(AttachCommand::toJson).toList());
            map.put(
                    "problems",
                    outcome.problems().stream()
                            .map(p -> Map.of("file", p.file().toString(), "message", p.message()))
                            .toList());
            output.json(map);
        } else {
            for (var a : attached) {
                output.line((a.already() ? "Already attached " : "Attached ")
                        + a.file().fileName() + " to " + id + " (" + note.title() + ")" + describe(a.text()));
            }
            outcome.problems().forEach(p -> output.message(p.message()));
        }
        return outcome.problems().isEmpty() ? 0 : 1;
    }

    private static Optional<FileText> textOf(NoteFile file, List<NoteFileService.Attached> read) {
        return read.stream()
                .filter(r -> r.file().stored().equals(file.stored()))
                .findFirst()
                .flatMap(NoteFileService.Attached::text);
    }

    /// What reading the file gave, in a few words (`12 pages of text`).
    static String state(Optional<FileText> text) {
        return text.map(t -> switch (t.state()) {
                    case TEXT -> pages(t) + " of text";
                    case NONE -> pages(t) + ", no text to search";
                    case FAILED -> "text unreadable";
                })
                .orElse("text not read");
    }

    private static String pages(FileText text) {
        return text.pages() + (text.pages() == 1 ? " page" : " pages");
    }

    /// What reading the file gave, as the end of a sentence.
    static String describe(Optional<FileText> text) {
        if (text.isEmpty()) {
            return ".";
        }
        var t = text.get();
        return switch (t.state()) {
            case TEXT -> ": " + t.pages() + (t.pages() == 1 ? " page" : " pages") + " of text, searchable.";
            case NONE ->
                ": " + t.pages() + (t.pages() == 1 ? " page" : " pages")
                        + " without text to search (a scan, or fonts without a Unicode map).";
            case FAILED -> "; its text cannot be searched: " + t.message();
        };
    }

    /// What reading the file gave, for JSON: `text`, `none`, `failed` or `unread`.
    static String textState(Optional<FileText> text) {
        return text.map(t -> t.state().name().toLowerCase(Locale.ROOT)).orElse("unread");
    }

    private static Map<String, Object> toJson(NoteFileService.Attached a) {
        var map = new LinkedHashMap<String, Object>();
        map.put("file", a.file().fileName());
        map.put("stored", a.file().stored());
        map.put("bytes", a.file().bytes());
        map.put("already", a.already());
        map.put(
                "text",
                a.text().map(t -> t.state().name().toLowerCase(Locale.ROOT)).orElse("unread"));
        map.put("pages", a.text().map(FileText::pages).orElse(0));
        a.text().filter(t -> !t.message().isEmpty()).ifPresent(t -> map.put("message", t.message()));
        return map;
    }
}
