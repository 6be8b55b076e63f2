package papernotes.ui.main;

import java.util.List;
import java.util.Optional;
import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import papernotes.model.NoteSummary;
import papernotes.model.ReadingStatus;
import papernotes.model.TopicPath;
import papernotes.ui.Dialogs;
import papernotes.ui.Messages;
import papernotes.ui.ReadingLabels;
import papernotes.ui.search.NoteRow;

/// The note list's context menu: Open (the focused row), and for every row chosen (Shift or Ctrl and a click,
/// Shift and the arrows) Move to topic (the library's topics), Add tag…, Mark as (to read, reading, read, no
/// status) and Move to trash; Delete moves them to the
/// trash too. Several notes go to the trash after one question that counts them. A right-click chooses a row
/// without opening it. While the list shows search hits, Teach a translation… says what a word of the search means.
final class NoteListMenu {

    private final TableView<NoteRow> table;
    private final NoteListActions actions;
    private final Messages messages;

    private final Teaching teaching;

    /// "Teach a translation…", offered while the list shows search hits.
    record Teaching(ObservableBooleanValue searching, Runnable ask) {}

    private NoteListMenu(TableView<NoteRow> table, NoteListActions actions, Messages messages, Teaching teaching) {
        this.table = table;
        this.actions = actions;
        this.messages = messages;
        this.teaching = teaching;
    }

    /// Gives the list its context menu and the Delete key.
    static void attach(TableView<NoteRow> table, NoteListActions actions, Messages messages, Teaching teaching) {
        var menu = new NoteListMenu(table, actions, messages, teaching);
        table.setContextMenu(menu.menu());
        table.addEventHandler(KeyEvent.KEY_PRESSED, event -> {
            // Ctrl+Delete stays the open note's (a shortcut of the window)
            if (event.getCode() == KeyCode.DELETE && !event.isShortcutDown() && !event.isAltDown()) {
                menu.trash();
                event.consume();
            }
        });
    }

    private ContextMenu menu() {
        var open = item("listOpen", messages.text("list.open"), () -> focused().ifPresent(actions::open));
        var move = new Menu(messages.text("list.moveTo"));
        move.setId("listMoveTo");
        var tag = item("listAddTag", messages.text("list.addTag"), this::addTag);
        var mark = markMenu();
        var trash = item("listTrash", messages.text("list.trash"), this::trash);
        var teach = item("listTeach", messages.text("teach.action"), teaching.ask());
        var menu =
                new ContextMenu(open, move, tag, mark, new SeparatorMenuItem(), trash, new SeparatorMenuItem(), teach);
        menu.setOnShowing(event -> {
            teach.setDisable(!teaching.searching().get());
            var notes = chosen();
            List.of(move, tag, mark, trash).forEach(each -> each.setDisable(notes.isEmpty()));
            open.setDisable(focused().isEmpty());
            move.getItems()
                    .setAll(actions.topics().stream()
                            .map(path -> {
                                var topic = TopicPath.parse(path);
                                var to = item("", path, () -> actions.moveTo(chosen(), topic));
                                // a topic every chosen note is in already is no move
                                to.setDisable(!notes.isEmpty()
                                        && notes.stream()
                                                .allMatch(note -> note.topic().equals(topic)));
                                return to;
                            })
                            .toList());
        });
        return menu;
    }

    /// Mark as: to read, reading, read, or no status.
    private Menu markMenu() {
        var labels = new ReadingLabels(messages);
        var mark = new Menu(messages.text("list.markAs"));
        mark.setId("listMarkAs");
        mark.getItems()
                .setAll(
                        markItem("listMarkToRead", labels, Optional.of(ReadingStatus.TO_READ)),
                        markItem("listMarkReading", labels, Optional.of(ReadingStatus.READING)),
                        markItem("listMarkRead", labels, Optional.of(ReadingStatus.READ)),
                        new SeparatorMenuItem(),
                        markItem("listMarkNone", labels, Optional.empty()));
        return mark;
    }

    private MenuItem markItem(String id, ReadingLabels labels, Optional<ReadingStatus> status) {
        return item(id, labels.status(status), () -> actions.markAs(chosen(), status));
    }

    private void addTag() {
        var notes = chosen();
        if (notes.isEmpty()) {
            return;
        }
        var header = notes.size() == 1
                ? messages.format("list.addTagHeader", notes.getFirst().title())
                : messages.format("list.addTagHeaderMany", notes.size());
        Dialogs.askText(table.getScene().getWindow(), messages, messages.text("list.addTag"), header, "")
                .ifPresent(text -> actions.addTag(notes, text));
    }

    /// Moves the chosen notes to the trash; several after one question.
    private void trash() {
        var notes = chosen();
        if (notes.size() > 1
                && !Dialogs.confirm(table.getScene().getWindow(), messages, "", actions.trashQuestion(notes))) {
            return;
        }
        actions.trash(notes);
    }

    /// The notes of the rows chosen, in the list's order.
    private List<NoteSummary> chosen() {
        return table.getSelectionModel().getSelectedIndices().stream()
                .sorted()
                .map(i -> table.getItems().get(i).note())
                .toList();
    }

    /// The note of the row that has the focus (the one opened), if chosen.
    private Optional<NoteSummary> focused() {
        var row = table.getFocusModel().getFocusedIndex();
        return row >= 0 && table.getSelectionModel().isSelected(row)
                ? Optional.of(table.getItems().get(row).note())
                : Optional.empty();
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
