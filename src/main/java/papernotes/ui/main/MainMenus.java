package papernotes.ui.main;

import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCombination;
import javafx.stage.Stage;
import papernotes.ui.Messages;
import papernotes.ui.transfer.TransferMenu;

/// The main window's menu bar: File (new note, save a copy, the quick switcher, the trash, import, export, backup
/// and restore, preferences, quit), View (given) and Help.
final class MainMenus {

    /// What the File menu's own items do.
    record FileActions(
            Runnable newNote,
            Runnable saveCopy,
            Runnable switcher,
            Runnable trash,
            Runnable preferences,
            Runnable quit) {}

    private MainMenus() {}

    static MenuBar bar(Messages messages, FileActions actions, TransferMenu transfers, Menu view, Stage stage) {
        var file = new Menu(
                messages.text("menu.file"),
                null,
                item(messages.text("menu.newNote"), "Shortcut+N", actions.newNote()),
                item(messages.text("menu.saveCopy"), "Shortcut+Shift+S", actions.saveCopy()),
                item(messages.text("menu.switcher"), "Shortcut+P", actions.switcher()),
                item(messages.text("menu.trash"), "Shortcut+Shift+T", actions.trash()),
                new SeparatorMenuItem(),
                transfers.importMenu(),
                transfers.exportMenu(),
                transfers.backupItem(),
                transfers.restoreItem(),
                new SeparatorMenuItem(),
                item(messages.text("menu.preferences"), "Shortcut+Comma", actions.preferences()),
                new SeparatorMenuItem(),
                item(messages.text("menu.quit"), "Shortcut+Q", actions.quit()));
        var bar = new MenuBar(file, view, AboutDialog.menu(messages, stage));
        bar.setId("menuBar");
        return bar;
    }

    private static MenuItem item(String text, String accelerator, Runnable action) {
        var item = new MenuItem(text);
        item.setAccelerator(KeyCombination.keyCombination(accelerator));
        item.setOnAction(event -> action.run());
        return item;
    }
}
