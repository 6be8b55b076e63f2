package papernotes.ui.transfer;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import papernotes.service.BibtexService.Action;
import papernotes.service.ImportMode;
import papernotes.service.Library;
import papernotes.service.RestorePlan;
import papernotes.ui.Dialogs;
import papernotes.ui.Messages;

/// The File menu's export, import and backup items. Each asks for a place, runs through [TransferViewModel] (so
/// the window stays usable, with a progress bar in the status bar), and says how it went. Imports first run dry
/// and show what they would do, and only then change the library.
public final class TransferMenu {

    private final Library library;
    private final TransferViewModel transfer;
    private final Messages messages;
    private final Window owner;
    private final Runnable changed;
    private final Consumer<RestorePlan> restore;

    /// `changed` runs after an import changed the library (the list, counts and tags refresh); `restore` gets a
    /// restore of a backup the user confirmed (the window closes, and the library is replaced while it is closed).
    public TransferMenu(
            Library library,
            TransferViewModel transfer,
            Messages messages,
            Window owner,
            Runnable changed,
            Consumer<RestorePlan> restore) {
        this.library = library;
        this.transfer = transfer;
        this.messages = messages;
        this.owner = owner;
        this.changed = changed;
        this.restore = restore;
    }

    public Menu exportMenu() {
        var vault = item(messages.text("transfer.exportVault"), this::exportVault);
        var json = item(messages.text("transfer.exportJson"), this::exportJson);
        var bibtex = item(messages.text("transfer.exportBibtex"), this::exportBibtex);
        var menu = new Menu(messages.text("transfer.export"), null, vault, json, bibtex);
        menu.disableProperty().bind(transfer.runningProperty());
        return menu;
    }

    public Menu importMenu() {
        var vault = item(messages.text("transfer.importVault"), this::importVault);
        var bibtex = item(messages.text("transfer.importBibtex"), this::importBibtex);
        var json = item(messages.text("transfer.importJson"), this::importJson);
        var menu = new Menu(messages.text("transfer.import"), null, vault, bibtex, json);
        menu.disableProperty().bind(transfer.runningProperty());
        return menu;
    }

    public MenuItem backupItem() {
        var backup = item(
                messages.text("transfer.backup"),
                () -> transfer.run(
                        messages.text("transfer.backingUp"),
                        () -> library.backups().backup(Optional.empty()),
                        done -> messages.format("transfer.backedUp", done.file().toString()),
                        done -> {}));
        backup.disableProperty().bind(transfer.runningProperty());
        return backup;
    }

    /// File → Restore from backup: a library file (the backups folder to start with), checked on the worker, then
    /// what it holds against what the library holds, to confirm.
    public MenuItem restoreItem() {
        var item = item(
                messages.text("transfer.restore"),
                () -> open("*.db", Optional.of(library.backups().folder())).ifPresent(this::restoreFrom));
        item.disableProperty().bind(transfer.runningProperty());
        return item;
    }

    /// Checks `file` in the background, then asks whether to replace the library with it.
    public void restoreFrom(Path file) {
        transfer.run(
                messages.format("transfer.checking", file.toString()),
                () -> library.backups().planRestore(file),
                plan -> messages.format(
                        "transfer.checked",
                        file.getFileName().toString(),
                        plan.incoming().notes()),
                plan -> {
                    var current = plan.current().orElseThrow();
                    if (confirm(
                            messages.text("transfer.restoreTitle"),
                            messages.format(
                                    "transfer.confirmRestore",
                                    current.notes(),
                                    current.trashed(),
                                    file.getFileName().toString(),
                                    plan.incoming().notes(),
                                    plan.incoming().trashed(),
                                    plan.incoming()
                                            .lastChanged()
                                            .map(TransferMenu::localTime)
                                            .orElse("—")))) {
                        restore.accept(plan);
                    } else {
                        plan.close();
                    }
                });
    }

    private static String localTime(Instant instant) {
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM).format(instant.atZone(ZoneId.systemDefault()));
    }

    private static MenuItem item(String text, Runnable action) {
        var item = new MenuItem(text);
        item.setOnAction(event -> action.run());
        return item;
    }

    /// A Markdown vault goes into a new folder inside the one chosen (`PaperNotes 2026-11-24`).
    private void exportVault() {
        folder().ifPresent(parent -> {
            var target = parent.resolve("PaperNotes " + LocalDate.now(ZoneId.systemDefault()));
            transfer.run(
                    messages.format("transfer.exporting", target.toString()),
                    () -> library.vaultExport().export(target),
                    done -> messages.format(
                            "transfer.exportedVault",
                            done.notes(),
                            done.topics(),
                            done.folder().toString()),
                    done -> {});
        });
    }

    /// Asks for a folder of Markdown notes and imports it (the menu's item, the welcome pane's link).
    public void importVault() {
        folder().ifPresent(this::importFolder);
    }

    /// A folder of Markdown files (a PaperNotes export, an Obsidian vault, any folder): a dry run first, whose
    /// counts (and warnings, one a line, when files have problems) the user confirms, then the import in one
    /// transaction; its warnings stay one click away in the status bar.
    public void importFolder(Path source) {
        transfer.run(
                messages.format("transfer.reading", source.toString()),
                () -> library.vaultImport().plan(source),
                plan -> messages.format(
                        "transfer.planned",
                        plan.added().size(),
                        plan.updated().size(),
                        plan.skipped().size()),
                plan -> {
                    var name = source.getFileName().toString();
                    boolean go = plan.warnings().isEmpty()
                            ? confirm(messages.format(
                                    "transfer.confirmVault",
                                    name,
                                    plan.added().size(),
                                    plan.updated().size(),
                                    plan.skipped().size(),
                                    plan.conflicts().size()))
                            : ImportWarningsDialog.confirm(
                                    owner,
                                    messages,
                                    messages.format(
                                            "transfer.summaryVault",
                                            name,
                                            plan.added().size(),
                                            plan.updated().size(),
                                            plan.skipped().size(),
                                            plan.conflicts().size()),
                                    plan.warnings());
                    if (go) {
                        transfer.run(
                                messages.format("transfer.importing", source.toString()),
                                () -> {
                                    var done = library.vaultImport().apply(source);
                                    library.files().readUnread();
                                    return done;
                                },
                                done -> done.warnings().isEmpty()
                                        ? messages.format(
                                                "transfer.importedVault",
                                                done.added().size(),
                                                done.updated().size(),
                                                done.conflicts().size())
                                        : messages.format(
                                                "transfer.importedVaultWarnings",
                                                done.added().size(),
                                                done.warnings().size(),
                                                done.updated().size(),
                                                done.conflicts().size()),
                                done -> {
                                    transfer.keepWarnings(
                                            transfer.resultProperty().get(), done.warnings());
                                    changed.run();
                                });
                    }
                });
    }

    /// Shows the warnings of the last import (the status bar's link).
    public void showLastWarnings() {
        ImportWarningsDialog.show(
                owner, messages, transfer.warningsSummaryProperty().get(), List.copyOf(transfer.warnings()));
    }

    private void exportJson() {
        save("papernotes-backup.zip", "*.zip")
                .ifPresent(file -> transfer.run(
                        messages.format("transfer.exporting", file.toString()),
                        () -> library.jsonBackup().exportTo(file),
                        done -> messages.format(
                                "transfer.exportedJson",
                                done.notes(),
                                done.revisions(),
                                done.file().toString()),
                        done -> {}));
    }

    private void exportBibtex() {
        save("papernotes.bib", "*.bib")
                .ifPresent(file -> transfer.run(
                        messages.format("transfer.exporting", file.toString()),
                        () -> library.bibtex().exportTo(file),
                        done -> messages.format(
                                "transfer.exportedBibtex",
                                done.entries(),
                                done.file().toString()),
                        done -> {}));
    }

    private void importBibtex() {
        open("*.bib")
                .ifPresent(file -> transfer.run(
                        messages.format("transfer.reading", file.toString()),
                        () -> library.bibtex().importFrom(file, Optional.empty(), ImportMode.DRY_RUN),
                        plan -> messages.format(
                                "transfer.planned",
                                plan.count(Action.ADD),
                                plan.count(Action.UPDATE),
                                plan.count(Action.SKIP)),
                        plan -> {
                            if (confirm(messages.format(
                                    "transfer.confirmBibtex",
                                    file.getFileName().toString(),
                                    plan.count(Action.ADD),
                                    plan.count(Action.UPDATE),
                                    plan.count(Action.SKIP)))) {
                                transfer.run(
                                        messages.format("transfer.importing", file.toString()),
                                        () -> library.bibtex().importFrom(file, Optional.empty(), ImportMode.APPLY),
                                        done -> messages.format(
                                                "transfer.imported", done.count(Action.ADD), done.count(Action.UPDATE)),
                                        done -> changed.run());
                            }
                        }));
    }

    private void importJson() {
        open("*.zip")
                .ifPresent(file -> transfer.run(
                        messages.format("transfer.importing", file.toString()),
                        () -> {
                            var done = library.jsonBackup().importFrom(file, ImportMode.APPLY);
                            library.files().readUnread();
                            return done;
                        },
                        done -> messages.format("transfer.importedJson", done.notes(), done.revisions()),
                        done -> changed.run()));
    }

    private boolean confirm(String text) {
        return confirm(messages.text("transfer.confirmTitle"), text);
    }

    private boolean confirm(String title, String text) {
        return Dialogs.confirm(owner, messages, title, text);
    }

    private Optional<Path> save(String name, String pattern) {
        var chooser = new FileChooser();
        chooser.setInitialFileName(name);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(pattern, pattern));
        return Optional.ofNullable(chooser.showSaveDialog(owner)).map(File::toPath);
    }

    private Optional<Path> open(String pattern) {
        return open(pattern, Optional.empty());
    }

    /// A file to read, matching `pattern`, the chooser starting in `start` when that folder exists.
    private Optional<Path> open(String pattern, Optional<Path> start) {
        var chooser = new FileChooser();
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(pattern, pattern));
        start.filter(Files::isDirectory).ifPresent(folder -> chooser.setInitialDirectory(folder.toFile()));
        return Optional.ofNullable(chooser.showOpenDialog(owner)).map(File::toPath);
    }

    Optional<Path> folder() {
        return Optional.ofNullable(new DirectoryChooser().showDialog(owner)).map(File::toPath);
    }
}
