package papernotes.ui.main;

import java.io.File;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.scene.Node;
import javafx.scene.input.Clipboard;
import javafx.scene.input.DragEvent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.TransferMode;
import papernotes.model.TopicPath;

/// The note list takes papers as Zotero's does: a PDF dropped on it, or an arXiv id, a DOI or a paper's address
/// dropped or pasted (Ctrl+V / ⌘V while the list has the focus), becomes a note ([CaptureViewModel]) in the topic
/// the sidebar has chosen (or Inbox).
final class ListCapture {

    private ListCapture() {}

    /// Lets `list` take drops and pastes; `topic` is where the notes go.
    static void install(Node list, CaptureViewModel capture, Supplier<Optional<TopicPath>> topic) {
        list.addEventHandler(DragEvent.DRAG_OVER, event -> {
            var board = event.getDragboard();
            if (event.getGestureSource() == null
                    && (board.hasFiles() || (board.hasString() && CaptureViewModel.namesPaper(board.getString())))) {
                event.acceptTransferModes(TransferMode.COPY);
                event.consume();
            }
        });
        list.addEventHandler(DragEvent.DRAG_DROPPED, event -> {
            var board = event.getDragboard();
            boolean taken = false;
            if (board.hasFiles()) {
                capture.fromFiles(board.getFiles().stream().map(File::toPath).toList(), topic.get());
                taken = true;
            } else if (board.hasString() && CaptureViewModel.namesPaper(board.getString())) {
                capture.fromReference(board.getString(), topic.get(), List.of());
                taken = true;
            }
            event.setDropCompleted(taken);
            event.consume();
        });
        list.addEventHandler(KeyEvent.KEY_PRESSED, event -> {
            if (event.getCode() == KeyCode.V && event.isShortcutDown() && !event.isShiftDown()) {
                var board = Clipboard.getSystemClipboard();
                if (board.hasFiles()) {
                    capture.fromFiles(
                            board.getFiles().stream().map(File::toPath).toList(), topic.get());
                    event.consume();
                } else if (board.hasString() && CaptureViewModel.namesPaper(board.getString())) {
                    capture.fromReference(board.getString(), topic.get(), List.of());
                    event.consume();
                }
            }
        });
    }
}
