package papernotes.ui.main;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import papernotes.model.Failures;
import papernotes.model.Note;
import papernotes.model.NoteId;
import papernotes.model.PaperNotesException;
import papernotes.model.PaperReference;
import papernotes.model.TopicPath;
import papernotes.service.NoteFileService;
import papernotes.service.PaperCapture;
import papernotes.service.PaperPdfs;
import papernotes.service.PdfCapture;
import papernotes.ui.Background;
import papernotes.ui.Messages;

/// Notes made from papers in the window, as `new --from` makes them: from an arXiv id, a DOI or a paper's address
/// pasted on the list or given in the new-note form without a title, and from PDFs dropped on the list. The lookups
/// and the reading of PDFs run in the background (a 300-page PDF never holds the window); each note made is opened,
/// and the status bar says what was done, or in one sentence why not.
final class CaptureViewModel {

    /// What a note made in the window is shown with, and where sentences for the status bar go.
    interface Window {
        void showMade(NoteId id);

        void say(String sentence);

        /// Whether the user says yes to `question` (a dialog over the window).
        boolean confirm(String header, String question);
    }

    private final PaperCapture papers;
    private final PdfCapture pdfs;
    private final PaperPdfs downloads;
    private final NoteFileService files;
    private final Background background;
    private final Messages messages;
    private final Window window;
    private final ReadOnlyIntegerWrapper working = new ReadOnlyIntegerWrapper(0);

    CaptureViewModel(
            PaperCapture papers,
            PdfCapture pdfs,
            PaperPdfs downloads,
            NoteFileService files,
            Background background,
            Messages messages,
            Window window) {
        this.papers = papers;
        this.pdfs = pdfs;
        this.downloads = downloads;
        this.files = files;
        this.background = background;
        this.messages = messages;
        this.window = window;
    }

    /// How many captures are under way.
    ReadOnlyIntegerProperty workingProperty() {
        return working.getReadOnlyProperty();
    }

    /// Whether `text` names a paper by id or address (a title alone is not taken from a paste or a drop: it could
    /// be any text).
    static boolean namesPaper(String text) {
        try {
            return !(PaperReference.parse(text) instanceof PaperReference.ByTitle);
        } catch (PaperNotesException e) {
            return false;
        }
    }

    /// Makes the note about the paper `text` names (an arXiv id, a DOI, an address or a title), in `topic`.
    void fromReference(String text, Optional<TopicPath> topic, List<String> tags) {
        var reference = text.strip();
        var where = topic.or(this::inbox);
        window.say(messages.format("capture.lookingUp", reference));
        run(
                () -> {
                    var captured = papers.capture(reference, where, Optional.empty(), tags);
                    var note = captured.note();
                    boolean offer = downloads.address(note).isPresent()
                            && files.files(note.id()).isEmpty();
                    return Map.entry(captured, offer);
                },
                made -> {
                    var captured = made.getKey();
                    window.showMade(captured.note().id());
                    window.say(
                            captured.existed()
                                    ? messages.format(
                                            "capture.existed", captured.note().title())
                                    : messages.format(
                                            "capture.made", captured.note().title()));
                    if (made.getValue()) {
                        offerPdf(captured.note());
                    }
                });
    }

    /// Asks whether to fetch the paper's PDF (arXiv's) and attach it: asked, never done by itself.
    private void offerPdf(Note note) {
        if (!window.confirm(
                messages.text("capture.askPdfTitle"),
                messages.format(
                        "capture.askPdf", note.title(), note.links().arxiv().orElse("")))) {
            return;
        }
        window.say(messages.format("capture.downloading", note.links().arxiv().orElse("")));
        run(
                () -> downloads.fetch(note),
                attached -> window.say(
                        messages.format("capture.pdfAttached", attached.file().fileName(), note.title())));
    }

    /// Makes a note from each PDF (the paper it names looked up, the PDF attached), in `topic`; other files are
    /// named in the status bar and left alone.
    void fromFiles(List<Path> files, Optional<TopicPath> topic) {
        var refused = new ArrayList<String>();
        for (Path file : files) {
            var name = String.valueOf(file.getFileName());
            if (!name.toLowerCase(Locale.ROOT).endsWith(".pdf")) {
                refused.add(name);
                continue;
            }
            window.say(messages.format("capture.reading", name));
            var where = topic.or(this::inbox);
            run(() -> pdfs.capture(file, where), captured -> {
                window.showMade(captured.note().id());
                var done = captured.existed()
                        ? messages.format("capture.existed", captured.note().title())
                        : messages.format("capture.madeFromPdf", captured.note().title(), name);
                window.say(
                        captured.problem().map(problem -> problem + " " + done).orElse(done));
            });
        }
        if (!refused.isEmpty()) {
            window.say(messages.format("capture.notPdf", String.join(", ", refused)));
        }
    }

    /// Where notes go when no topic is chosen: the window's Inbox, in its language.
    private Optional<TopicPath> inbox() {
        return Optional.of(TopicPath.of(messages.text("newNote.defaultTopic")));
    }

    private <T> void run(Callable<T> work, Consumer<T> done) {
        working.set(working.get() + 1);
        background.submit(
                work,
                result -> {
                    working.set(working.get() - 1);
                    done.accept(result);
                },
                failure -> {
                    working.set(working.get() - 1);
                    window.say(Failures.message(failure));
                });
    }
}
