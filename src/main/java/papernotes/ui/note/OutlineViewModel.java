package papernotes.ui.note;

import java.util.List;
import java.util.function.BiFunction;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import papernotes.model.Note;
import papernotes.model.OutlineEntry;
import papernotes.ui.Background;

/// The outline of the open note: its headings, read again in the background whenever its page is rendered again
/// (another note opened, the live preview following the draft), so that it always matches what the page shows.
public final class OutlineViewModel {

    private final ObservableList<OutlineEntry> entries = FXCollections.observableArrayList();
    private final NoteViewModel note;
    private final BiFunction<String, String, List<OutlineEntry>> outline;
    private final Background background;
    private Background.Cancellable reading = Background.Cancellable.DONE;

    /// `outline` reads the headings of a text under a title (see `RenderService#outline`).
    public OutlineViewModel(
            NoteViewModel note, BiFunction<String, String, List<OutlineEntry>> outline, Background background) {
        this.note = note;
        this.outline = outline;
        this.background = background;
        note.pageProperty().subscribe(page -> refresh());
    }

    /// The headings, in order; empty when no note is open or it has none.
    public ObservableList<OutlineEntry> entries() {
        return entries;
    }

    private void refresh() {
        reading.cancel();
        var open = note.noteProperty().get();
        if (open.isEmpty()) {
            entries.clear();
            return;
        }
        var typed = note.titleProperty().get();
        var title = typed.isBlank() ? open.map(Note::title).orElse("") : typed;
        var body = note.bodyProperty().get();
        reading = background.submit(
                () -> outline.apply(title, body),
                headings -> {
                    if (!headings.equals(entries)) {
                        entries.setAll(headings);
                    }
                },
                e -> entries.clear());
    }
}
