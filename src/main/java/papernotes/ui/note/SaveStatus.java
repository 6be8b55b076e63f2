package papernotes.ui.note;

import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import papernotes.model.Failures;
import papernotes.model.PaperNotesException;
import papernotes.ui.Messages;

/// The sentence under the open note about keeping it: when it was saved, that changes are not saved yet, why the
/// library refused a save, or where a copy went. Empty when there is nothing to say.
final class SaveStatus {

    private final ReadOnlyStringWrapper text = new ReadOnlyStringWrapper("");
    private final Messages messages;

    SaveStatus(Messages messages) {
        this.messages = messages;
    }

    /// "Saved 10:32", "Unsaved changes", or why the last save failed.
    ReadOnlyStringProperty property() {
        return text.getReadOnlyProperty();
    }

    /// The draft was saved at `updated` (said as a time of day, in the language's short form).
    void saved(Instant updated) {
        text.set(messages.format(
                "note.saved",
                DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT)
                        .withLocale(messages.locale())
                        .withZone(ZoneId.systemDefault())
                        .format(updated)));
    }

    void unsaved() {
        text.set(messages.text("note.unsaved"));
    }

    /// The library refused to save the draft, for the reason `e` gives.
    void saveFailed(PaperNotesException e) {
        text.set(messages.format("note.saveFailed", Failures.message(e)));
    }

    /// A copy of the draft was written to `file`.
    void copySaved(Path file) {
        text.set(messages.format("note.copySaved", file.toAbsolutePath().normalize()));
    }

    /// The note asked for, titled `title`, is in the trash.
    void inTrash(String title) {
        text.set(messages.format("note.inTrash", title));
    }

    /// Says why a tag or a copy was refused, in the failure's own sentence.
    void refused(PaperNotesException e) {
        text.set(e.getMessage());
    }

    /// Says a sentence made elsewhere (why the page could not be rendered).
    void say(String sentence) {
        text.set(sentence);
    }

    void clear() {
        text.set("");
    }
}
