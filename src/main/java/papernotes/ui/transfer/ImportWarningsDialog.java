package papernotes.ui.transfer;

import java.util.List;
import java.util.stream.Collectors;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import papernotes.model.ImportWarning;
import papernotes.ui.Dialogs;
import papernotes.ui.Messages;

/// What an import met in the folder's files, one warning a line (file, line, what was wrong, what was done),
/// under a summary that counts them by kind: shown before an import with warnings, to decide on (Import or Cancel),
/// and after it, from the status bar (Close).
final class ImportWarningsDialog {

    private ImportWarningsDialog() {}

    /// Asks whether to import, showing `summary` and the warnings; true for Import.
    static boolean confirm(Window owner, Messages messages, String summary, List<ImportWarning> warnings) {
        var importing = new ButtonType(messages.text("transfer.importButton"), ButtonBar.ButtonData.OK_DONE);
        var cancel = Dialogs.cancel(messages);
        var dialog = dialog(owner, messages, summary, warnings, importing, cancel);
        return dialog.showAndWait().filter(importing::equals).isPresent();
    }

    /// Shows the warnings of an import that is done.
    static void show(Window owner, Messages messages, String summary, List<ImportWarning> warnings) {
        var close = Dialogs.close(messages);
        dialog(owner, messages, summary, warnings, close).show();
    }

    /// `summary` followed by the count of warnings by kind: `…; 2 warnings (1 encoding, 1 front matter).`
    static String withCounts(Messages messages, String summary, List<ImportWarning> warnings) {
        if (warnings.isEmpty()) {
            return summary;
        }
        var kinds = ImportWarning.countByKind(warnings).entrySet().stream()
                .map(entry -> counted(messages, entry.getKey(), entry.getValue()))
                .collect(Collectors.joining(messages.text("transfer.kindSeparator")));
        return messages.format("transfer.withWarnings", summary, warnings.size(), kinds);
    }

    private static String counted(Messages messages, ImportWarning.Kind kind, int n) {
        return switch (kind) {
            case IMAGE -> messages.format("transfer.kind.image", n);
            case LINK -> messages.format("transfer.kind.link", n);
            case ENCODING -> messages.format("transfer.kind.encoding", n);
            case FRONT_MATTER -> messages.format("transfer.kind.frontMatter", n);
            case FIELD -> messages.format("transfer.kind.field", n);
            case SKIPPED -> messages.format("transfer.kind.skipped", n);
            case OTHER -> messages.format("transfer.kind.other", n);
        };
    }

    private static Dialog<ButtonType> dialog(
            Window owner, Messages messages, String summary, List<ImportWarning> warnings, ButtonType... buttons) {
        var dialog = new Dialog<ButtonType>();
        dialog.initOwner(owner);
        dialog.setTitle(messages.text("transfer.warningsTitle"));
        dialog.setResizable(true);
        var heading = new Label(withCounts(messages, summary, warnings));
        heading.setId("importSummary");
        heading.setWrapText(true);
        var list = new ListView<ImportWarning>();
        list.setId("importWarningList");
        list.getItems().setAll(warnings);
        list.setCellFactory(view -> new ListCell<>() {
            {
                setWrapText(true);
                prefWidthProperty().bind(view.widthProperty().subtract(24));
            }

            @Override
            protected void updateItem(ImportWarning warning, boolean empty) {
                super.updateItem(warning, empty);
                setText(empty || warning == null ? null : warning.text());
            }
        });
        list.setPrefSize(720, 360);
        var content = new VBox(10, heading, list);
        content.setPrefWidth(740);
        dialog.getDialogPane().setContent(content);
        dialog.getDialogPane().getButtonTypes().setAll(buttons);
        return dialog;
    }
}
