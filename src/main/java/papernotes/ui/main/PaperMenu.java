package papernotes.ui.main;

import java.util.List;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.stage.Window;
import papernotes.ui.Dialogs;
import papernotes.ui.Messages;

/// The menu bar's Paper menu, for the open note: copy the citation key, `[@key]`, the reference or the BibTeX entry,
/// and fetch
/// the paper's missing fields ([PaperActions]).
final class PaperMenu {

    private PaperMenu() {}

    static Menu of(PaperActions actions, Messages messages) {
        var key = item("paperCopyKey", messages.text("paper.copyKey"), () -> actions.copy(PaperActions.Form.KEY));
        var pandoc = item(
                "paperCopyPandoc", messages.text("paper.copyPandoc"), () -> actions.copy(PaperActions.Form.PANDOC));
        var reference = item(
                "paperCopyReference",
                messages.text("paper.copyReference"),
                () -> actions.copy(PaperActions.Form.REFERENCE));
        var bibtex = item(
                "paperCopyBibtex", messages.text("paper.copyBibtex"), () -> actions.copy(PaperActions.Form.BIBTEX));
        var fetch = item("paperFetch", messages.text("paper.fetch"), actions::fetch);
        var menu = new Menu(messages.text("paper.menuTitle"));
        menu.setId("paperMenu");
        menu.getItems().setAll(key, pandoc, reference, bibtex, new SeparatorMenuItem(), fetch);
        return menu;
    }

    private static MenuItem item(String id, String text, Runnable action) {
        var item = new MenuItem(text);
        item.setId(id);
        item.setOnAction(event -> action.run());
        return item;
    }

    /// Puts `text` on the system clipboard.
    static void copy(String text) {
        var content = new ClipboardContent();
        content.putString(text);
        Clipboard.getSystemClipboard().setContent(content);
    }

    /// Asks whether to fill `fields` (`name: value` each).
    static boolean agree(Window owner, Messages messages, List<String> fields) {
        return Dialogs.confirm(owner, messages, messages.text("paper.fillQuestion"), String.join("\n", fields));
    }
}
