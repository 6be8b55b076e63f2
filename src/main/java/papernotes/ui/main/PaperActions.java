package papernotes.ui.main;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import papernotes.model.Failures;
import papernotes.model.NoteId;
import papernotes.service.BibtexService;
import papernotes.service.PaperCapture;
import papernotes.ui.Background;
import papernotes.ui.Messages;

/// The open note's paper, as the note toolbar's paper menu offers it: its citation copied in four forms (the key,
/// `[@key]`, the reference, the BibTeX entry), and its missing fields fetched from arXiv, Crossref or doi.org, shown
/// first and filled only when the user agrees. Lookups run in the background.
final class PaperActions {

    /// What the window does for these actions: the note open, the clipboard, the question before filling, the
    /// note read again after it was filled, and the status bar.
    interface Window {
        Optional<NoteId> openNote();

        void copy(String text);

        boolean agree(List<String> fields);

        void filled(NoteId id);

        void say(String sentence);
    }

    /// The forms a citation is copied in.
    enum Form {
        KEY,
        PANDOC,
        REFERENCE,
        BIBTEX
    }

    private final BibtexService bibtex;
    private final PaperCapture papers;
    private final Background background;
    private final Messages messages;
    private final Window window;

    PaperActions(BibtexService bibtex, PaperCapture papers, Background background, Messages messages, Window window) {
        this.bibtex = bibtex;
        this.papers = papers;
        this.background = background;
        this.messages = messages;
        this.window = window;
    }

    /// Copies the open note's citation in `form` (giving the note its key if it has none).
    void copy(Form form) {
        window.openNote().ifPresent(id -> {
            try {
                var citation = bibtex.cite(id);
                var text = switch (form) {
                    case KEY -> citation.key();
                    case PANDOC -> citation.pandoc();
                    case REFERENCE -> citation.reference();
                    case BIBTEX -> citation.bibtex();
                };
                window.copy(text);
                window.say(messages.format("paper.copied", oneLine(text)));
            } catch (RuntimeException e) {
                window.say(Failures.message(e));
            }
        });
    }

    /// Looks the open note's paper up; shows what would be filled, and fills it when the user agrees.
    void fetch() {
        window.openNote().ifPresent(id -> {
            window.say(messages.text("paper.fetching"));
            run(() -> papers.fill(id, false), found -> {
                if (found.fields().isEmpty()) {
                    window.say(messages.text("paper.nothingToFill"));
                } else if (window.agree(found.fields())) {
                    run(() -> papers.fill(id, true), filled -> {
                        window.filled(id);
                        window.say(
                                messages.format("paper.filled", filled.fields().size()));
                    });
                } else {
                    window.say("");
                }
            });
        });
    }

    private <T> void run(Callable<T> work, Consumer<T> done) {
        background.submit(work, done, failure -> window.say(Failures.message(failure)));
    }

    private static String oneLine(String text) {
        var line = text.replaceAll("\\s+", " ").strip();
        return line.length() <= 80 ? line : line.substring(0, 79) + "…";
    }
}
