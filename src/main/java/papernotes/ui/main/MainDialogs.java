package papernotes.ui.main;

import java.util.Optional;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.stage.Stage;
import papernotes.service.Library;
import papernotes.ui.Background;
import papernotes.ui.Dialogs;
import papernotes.ui.Messages;
import papernotes.ui.history.HistoryDialog;
import papernotes.ui.history.HistoryViewModel;
import papernotes.ui.switcher.QuickSwitcher;
import papernotes.ui.switcher.QuickSwitcherViewModel;
import papernotes.ui.trash.TrashDialog;
import papernotes.ui.trash.TrashViewModel;

/// The dialogs the main window opens over its contents: the open note's history, the quick switcher, the trash,
/// and the offer to copy an address nothing could open.
final class MainDialogs {

    private final Library library;
    private final Background background;
    private final Stage stage;
    private final Messages messages;
    private final MainViewModel viewModel;

    MainDialogs(Library library, Background background, Stage stage, Messages messages, MainViewModel viewModel) {
        this.library = library;
        this.background = background;
        this.stage = stage;
        this.messages = messages;
        this.viewModel = viewModel;
    }

    /// Opens the history of the open note (its toolbar button, Ctrl+Shift+H); the draft is saved first, so the
    /// comparison is with what is typed.
    Optional<HistoryDialog> showHistory() {
        var open = viewModel.note().noteProperty().get();
        if (open.isEmpty()) {
            return Optional.empty();
        }
        viewModel.note().flush();
        var history = new HistoryViewModel(
                library.notes(), library.history(), open.get().id(), messages);
        var dialog = new HistoryDialog(stage, history, messages, open.get().title(), restored -> viewModel.reload());
        dialog.show();
        return Optional.of(dialog);
    }

    /// Opens the quick switcher (Ctrl+P).
    QuickSwitcher showSwitcher() {
        var switcher = new QuickSwitcher(
                stage, new QuickSwitcherViewModel(library.quickSwitch(), background), messages, viewModel::open);
        switcher.show();
        return switcher;
    }

    /// Opens the trash (File → Trash, Ctrl+Shift+T).
    TrashDialog showTrash() {
        var trash = new TrashViewModel(
                library.notes(), messages, restored -> viewModel.open(restored.id()), viewModel::reload);
        var dialog = new TrashDialog(stage, trash, messages);
        dialog.show();
        return dialog;
    }

    /// Nothing could open a web address or attachment (no browser set up): says so, and offers to copy it.
    void cannotOpen(String target) {
        if (Dialogs.offer(stage, messages, messages.format("browser.failed", target), messages.text("browser.copy"))) {
            var content = new ClipboardContent();
            content.putString(target);
            Clipboard.getSystemClipboard().setContent(content);
        }
    }
}
