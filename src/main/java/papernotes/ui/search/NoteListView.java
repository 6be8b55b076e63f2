package papernotes.ui.search;

import atlantafx.base.theme.Styles;
import atlantafx.base.theme.Tweaks;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.value.ObservableValue;
import javafx.collections.ListChangeListener;
import javafx.collections.transformation.SortedList;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import papernotes.model.NoteId;
import papernotes.ui.Messages;

/// The note list: title (with the matching passages while searching), reading status and priority, topic, tags, the
/// day it was created and when it was updated;
/// sortable by any column, best hit first while searching until a column is chosen; the order chosen while browsing
/// comes back when the search is cleared.
public final class NoteListView {

    private static final DateTimeFormatter UPDATED =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.systemDefault());
    private static final DateTimeFormatter CREATED =
            DateTimeFormatter.ofPattern("yyyy-MM-dd").withZone(ZoneId.systemDefault());

    private final TableView<NoteRow> table = new TableView<>();
    private final VBox root = new VBox();
    /// The list's widths from which its Created, Tags and Topic columns are shown.
    static final double CREATED_ROOM = 640;
    static final double TAGS_ROOM = 520;
    static final double TOPIC_ROOM = 420;
    /// The list's width from which its Status column is shown: it steps aside last.
    static final double STATUS_ROOM = 330;

    private final Consumer<NoteId> open;
    private final SearchViewModel search;
    private final Hyperlink teachLink = new Hyperlink();
    /// What a click on a page a search matched in a note's PDF does.
    private BiConsumer<NoteId, PageLine> pageOpener = (id, page) -> {};

    private boolean syncing;
    /// Whether the last press was the right mouse button's: it chooses a row for the context menu, not to open it.
    private boolean forMenu;
    /// Whether the arrow keys chose a line since the query or the filters last changed: Enter keeps that line.
    private boolean chosenByKeys;
    /// The columns the list was sorted by before the search began.
    private List<ColumnSort> browsingOrder = List.of();

    private record ColumnSort(TableColumn<NoteRow, ?> column, TableColumn.SortType type) {}

    /// `opened` is the note open in the note pane: its line stays selected as the list changes.
    public NoteListView(
            SearchViewModel viewModel,
            Messages messages,
            Consumer<NoteId> open,
            ObservableValue<Optional<NoteId>> opened) {
        this.open = open;
        this.search = viewModel;
        table.setId("noteList");
        table.getStyleClass().addAll(Styles.DENSE, Tweaks.EDGE_TO_EDGE);
        var sorted = new SortedList<>(viewModel.rows());
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setItems(sorted);
        // Shift or Ctrl and a click, or Shift and the arrows, choose several notes for the context menu
        table.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(new Label(messages.text("list.empty")));

        var title = new TableColumn<NoteRow, NoteRow>(messages.text("list.title"));
        title.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue()));
        title.setComparator(Comparator.comparing((NoteRow row) -> row.note().title(), String.CASE_INSENSITIVE_ORDER));
        title.setCellFactory(column -> new TitleCell((id, page) -> pageOpener.accept(id, page)));
        title.setPrefWidth(320);
        var topic = new TableColumn<NoteRow, String>(messages.text("list.topic"));
        topic.setCellValueFactory(cell ->
                new ReadOnlyObjectWrapper<>(cell.getValue().note().topic().toString()));
        topic.setPrefWidth(110);
        var tags = new TableColumn<NoteRow, String>(messages.text("list.tags"));
        tags.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(String.join(
                "  ", cell.getValue().note().tags().stream().map(t -> "#" + t).toList())));
        tags.setPrefWidth(110);
        var updated = new TableColumn<NoteRow, String>(messages.text("list.updated"));
        updated.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(
                UPDATED.format(cell.getValue().note().updated())));
        updated.setPrefWidth(130);
        // the day, sorted by the moment
        var created = new TableColumn<NoteRow, Instant>(messages.text("list.created"));
        created.setCellValueFactory(
                cell -> new ReadOnlyObjectWrapper<>(cell.getValue().note().created()));
        created.setCellFactory(column -> new CutShortCell<>(CREATED::format));
        created.setPrefWidth(100);
        var status = ReadingColumn.create(messages);
        table.getColumns().setAll(List.of(title, status, topic, tags, created, updated));
        // a narrow list keeps its titles readable: the columns that tell least step aside first, and come back
        // when the list is wider again
        title.setMinWidth(150);
        table.widthProperty().subscribe(width -> {
            created.setVisible(width.doubleValue() >= CREATED_ROOM);
            tags.setVisible(width.doubleValue() >= TAGS_ROOM);
            topic.setVisible(width.doubleValue() >= TOPIC_ROOM);
            status.setVisible(width.doubleValue() >= STATUS_ROOM);
        });
        List.of(topic, tags, updated).forEach(column -> column.setCellFactory(c -> new CutShortCell<>(text -> text)));

        table.addEventFilter(MouseEvent.MOUSE_PRESSED, event -> {
            forMenu = event.getButton() == MouseButton.SECONDARY;
            if (forMenu) {
                chooseForMenu(event.getPickResult().getIntersectedNode());
            }
        });
        table.addEventFilter(KeyEvent.KEY_PRESSED, event -> forMenu = false);
        table.getSelectionModel().selectedItemProperty().subscribe(row -> {
            if (row != null && !syncing && !forMenu) {
                open.accept(row.note().id());
                // a note that could not be opened (the draft before it was refused): the open one stays selected
                Platform.runLater(() -> select(opened.getValue()));
            }
        });
        sorted.addListener((ListChangeListener<NoteRow>) change -> select(opened.getValue()));
        opened.addListener((property, before, after) -> select(after));
        viewModel.queryProperty().addListener((property, before, after) -> chosenByKeys = false);
        viewModel.topicFilterProperty().addListener((property, before, after) -> chosenByKeys = false);
        viewModel.tagFilterProperty().addListener((property, before, after) -> chosenByKeys = false);
        viewModel.statusFilterProperty().addListener((property, before, after) -> chosenByKeys = false);
        // a search's answer starts at its best hit, in the order it was given; the order chosen while browsing comes
        // back when the search is cleared
        viewModel.searchingProperty().addListener((property, before, searching) -> {
            if (searching) {
                browsingOrder = table.getSortOrder().stream()
                        .map(column -> new ColumnSort(column, column.getSortType()))
                        .toList();
                table.getSortOrder().clear();
            } else {
                browsingOrder.forEach(sort -> sort.column().setSortType(sort.type()));
                table.getSortOrder()
                        .setAll(browsingOrder.stream()
                                .<TableColumn<NoteRow, ?>>map(ColumnSort::column)
                                .toList());
            }
        });

        var expansion = new Label();
        expansion.setId("expansion");
        expansion.getStyleClass().addAll("text-small", "text-muted");
        expansion.setWrapText(true);
        expansion.textProperty().bind(viewModel.expansionProperty());
        expansion.managedProperty().bind(expansion.textProperty().isNotEmpty());
        expansion.visibleProperty().bind(expansion.managedProperty());
        var notice = new Label();
        notice.setId("searchNotice");
        notice.getStyleClass().addAll("text-small", "warning");
        notice.setWrapText(true);
        notice.textProperty().bind(viewModel.noticeProperty());
        notice.managedProperty().bind(notice.textProperty().isNotEmpty());
        notice.visibleProperty().bind(notice.managedProperty());
        var summary = new Label();
        summary.setId("listSummary");
        summary.getStyleClass().addAll("text-small", "text-muted");
        summary.textProperty().bind(viewModel.summaryProperty());
        // while it lists hits: what a word of the search means in the other language, one click away
        teachLink.setId("teachLink");
        teachLink.setText(messages.text("teach.action"));
        teachLink.getStyleClass().add("text-small");
        teachLink.visibleProperty().bind(viewModel.searchingProperty());
        teachLink.managedProperty().bind(teachLink.visibleProperty());
        var spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        var summaryLine = new HBox(8, summary, teachLink, spacer, ReadingFilter.create(viewModel, messages));
        summaryLine.setAlignment(Pos.CENTER_LEFT);
        var info = new VBox(2, summaryLine, expansion, notice);
        info.setPadding(new Insets(4, 8, 4, 8));
        VBox.setVgrow(table, Priority.ALWAYS);
        root.getChildren().addAll(info, table);
    }

    public Parent root() {
        return root;
    }

    public TableView<NoteRow> table() {
        return table;
    }

    /// What "Teach a translation…" above the hits does.
    /// A click on a page a search matched (`fsgan.pdf, p. 2 — …`, under its note) runs `open` with the note and the
    /// page.
    public void onPage(BiConsumer<NoteId, PageLine> open) {
        pageOpener = open;
    }

    public void onTeach(Runnable teach) {
        teachLink.setOnAction(event -> teach.run());
    }

    /// A right-click on a line outside the selection chooses that line alone, for the context menu (the table does
    /// it only when the button is released, which the menu, open by then on some systems, takes).
    // Walking up to this very table: identity is meant.
    @SuppressWarnings("ReferenceEquality")
    private void chooseForMenu(Node clicked) {
        for (var node = clicked; node != null && node != table; node = node.getParent()) {
            if (node instanceof TableRow<?> row) {
                if (!row.isEmpty() && !row.isSelected()) {
                    table.getSelectionModel().clearAndSelect(row.getIndex());
                }
                return;
            }
        }
    }

    /// Shows which line is the open note, without opening anything.
    private void select(Optional<NoteId> id) {
        syncing = true;
        try {
            var items = table.getItems();
            int at = -1;
            for (int i = 0; id.isPresent() && i < items.size(); i++) {
                if (items.get(i).note().id().equals(id.get())) {
                    at = i;
                    break;
                }
            }
            if (at < 0) {
                table.getSelectionModel().clearSelection();
            } else if (table.getSelectionModel().getSelectedIndex() != at) {
                table.getSelectionModel().clearAndSelect(at);
            }
        } finally {
            syncing = false;
        }
    }

    /// Enter in the search field: opens the line the arrow keys chose for this query, or else the best hit (the
    /// first line). The open note's line, selected only because it is open, is not a choice.
    public void openChosen() {
        int chosen = table.getSelectionModel().getSelectedIndex();
        if (chosenByKeys && chosen >= 0) {
            open.accept(table.getItems().get(chosen).note().id());
        } else {
            // typed fast, Enter can come before the hits: it opens the best of them, not of the list before
            search.whenAnswered(() -> {
                if (!table.getItems().isEmpty()) {
                    table.getSelectionModel().clearAndSelect(0);
                    table.scrollTo(0);
                }
            });
        }
    }

    /// Moves the selection one hit down or up (arrow keys in the search field) and opens it.
    public void move(int step) {
        if (table.getItems().isEmpty()) {
            return;
        }
        int at = table.getSelectionModel().getSelectedIndex();
        int next = Math.clamp(
                at < 0 ? (step > 0 ? 0 : table.getItems().size() - 1) : at + step,
                0,
                table.getItems().size() - 1);
        chosenByKeys = true;
        table.getSelectionModel().clearAndSelect(next);
        table.scrollTo(next);
    }
}
