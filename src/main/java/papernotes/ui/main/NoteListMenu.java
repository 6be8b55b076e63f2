package papernotes.ui.main;

import java.util.Optional;

import javafx.scene.control.ContextMenu;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TableView;
import papernotes.model.NoteSummary;
import papernotes.model.TopicPath;
import papernotes.ui.Dialogs;
import papernotes.ui.Messages;
import papernotes.ui.search.NoteRow;

/// The note list's context menu: Open, Move to topic (the library's topics), Add tag… and Move to trash, for the
/// row chosen (a right-click chooses a row without opening it).
final class NoteListMenu {

    private final TableView<NoteRow> table;
    private final NoteListActions actions;
    private final Messages messages;

    private NoteListMenu(TableView<NoteRow> table, NoteListActions actions, Messages messages) {
        this.table = table;
        this.actions = actions;
        this.messages = messages;
    }

    /// Gives the list its context menu.
    static void attach(TableView<NoteRow> table, NoteListActions actions, Messages messages) {
        table.setContextMenu(new NoteListMenu(table, actions, messages).menu());
    }

    private ContextMenu menu() {
        var open = item("listOpen", messages.text("list.open"), () -> chosen().ifPresent(actions::open));
        var move = new Menu(messages.text("list.moveTo"));
        move.setId("listMoveTo");
        var tag = item("listAddTag", messages.text("list.addTag"), () -> chosen().ifPresent(note ->
                Dialogs.askText(table.getScene().getWindow(), messages, messages.text("list.addTag"),
                        messages.format("list.addTagHeader", note.title()), "")
                        .ifPresent(text -> actions.addTag(note, text))));
        var trash = item("listTrash", messages.text("list.trash"), () -> chosen().ifPresent(actions::trash));
        var menu = new ContextMenu(open, move, tag, new SeparatorMenuItem(), trash);
        menu.setOnShowing(event -> {
            var note = chosen();
            java.util.List.of(open, move, tag, trash).forEach(each -> each.setDisable(note.isEmpty()));
            move.getItems().setAll(actions.topics().stream().map(path -> {
                var topic = TopicPath.parse(path);
                var to = item("", path, () -> chosen().ifPresent(n -> actions.moveTo(n, topic)));
                to.setDisable(note.map(NoteSummary::topic).filter(topic::equals).isPresent());
                return to;
            }).toList());
        });
        return menu;
    }

    private Optional<NoteSummary> chosen() {
        return Optional.ofNullable(table.getSelectionModel().getSelectedItem()).map(NoteRow::note);
    }

    private static MenuItem item(String id, String text, Runnable action) {
        var item = new MenuItem(text);
        if (!id.isEmpty()) {
            item.setId(id);
        }
        // a topic's name is shown as it is: an underscore in it is no mnemonic
        item.setMnemonicParsing(false);
        item.setOnAction(event -> action.run());
        return item;
    }
}
