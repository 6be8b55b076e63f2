package papernotes.ui.main;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.SplitPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.text.Font;
import papernotes.ui.Messages;
import papernotes.ui.UiFont;
import papernotes.ui.note.NotePane;
import papernotes.ui.search.NoteListView;
import papernotes.ui.search.SearchBar;
import papernotes.ui.sidebar.SidebarView;
import papernotes.ui.transfer.TransferViewModel;

/// The main window's layout: menu bar and search bar on top; sidebar, note list and note pane side by side; the
/// status bar below. The sidebar can be folded away, and the editor can have the window to itself ([LayoutViewModel]).
/// Keyboard: Ctrl+K or Ctrl+F search, Ctrl+E edit/read, Ctrl+N new note, Ctrl+P quick switcher, Ctrl+S save now,
/// Ctrl+Shift+B sidebar, Ctrl+Shift+M the note's fields, F11 or Ctrl+Shift+F the editor alone (Esc leaves it).
public final class MainView {

    private final MainViewModel viewModel;
    private final BorderPane root = new BorderPane();
    private final SearchBar searchBar;
    private final NoteListView list;
    private final SidebarView sidebar;
    private final NotePane notePane;
    private final SplitPane split;
    private final LayoutViewModel layout;
    /// Where the dividers were put last, for the panes folded away.
    private SplitPositions placed = SplitPositions.DEFAULT;
    static final double SIDEBAR_MIN_WIDTH = 150;
    static final double LIST_MIN_WIDTH = 250;
    static final double NOTE_MIN_WIDTH = 300;
    /// Below this width the sidebar steps aside by itself (the list and the note keep their minimum widths); it
    /// comes back when the window is wider again, and the View menu's choice is left as it was.
    static final double SIDEBAR_ROOM = SIDEBAR_MIN_WIDTH + LIST_MIN_WIDTH + NOTE_MIN_WIDTH + 24;
    /// The smallest window: the list and the note side by side at their minimum widths.
    public static final double MIN_WINDOW_WIDTH = LIST_MIN_WIDTH + NOTE_MIN_WIDTH + 24;
    public static final double MIN_WINDOW_HEIGHT = 400;
    private boolean narrow;

    /// `showWarnings` opens the list of the last import's warnings (from the status bar).
    public MainView(
            MainViewModel viewModel,
            LayoutViewModel layout,
            Messages messages,
            Parent menuBar,
            NotePane notePane,
            TransferViewModel transfer,
            Runnable showWarnings) {
        this.viewModel = viewModel;
        this.layout = layout;
        this.notePane = notePane;
        var search = viewModel.search();
        this.list = new NoteListView(
                search,
                messages,
                viewModel::open,
                viewModel.note().noteProperty().map(note -> note.map(n -> n.id())));
        this.searchBar = new SearchBar(search, messages, new SearchBar.Keys() {
            @Override
            public void openChosen() {
                list.openChosen();
            }

            @Override
            public void move(int step) {
                list.move(step);
            }
        });
        this.sidebar = new SidebarView(
                viewModel.sidebar(),
                messages,
                search.topicFilterProperty(),
                search.tagFilterProperty(),
                search::chooseTopic,
                tag -> search.tagFilterProperty().set(Optional.of(tag)));
        split = new SplitPane(sidebar.root(), list.root(), notePane.root());
        split.setId("mainSplit");
        sidebar.root().setId("sidebar");
        list.root().setId("noteListPane");
        // however wide their contents ask to be (a long title), each pane keeps a width to work in
        minWidth(sidebar.root(), SIDEBAR_MIN_WIDTH);
        minWidth(list.root(), LIST_MIN_WIDTH);
        minWidth(notePane.root(), NOTE_MIN_WIDTH);
        place(SplitPositions.DEFAULT);
        SplitPane.setResizableWithParent(sidebar.root(), false);
        var top = new VBox(menuBar, searchBar.root());
        var bottom = new StatusBar(viewModel, search, transfer, messages, showWarnings).root();
        root.setTop(top);
        root.setCenter(split);
        root.setBottom(bottom);
        root.getStyleClass().add("papernotes");
        root.setStyle(UiFont.style(Font.getFamilies()));
        notePane.fieldsShownProperty().bind(layout.fieldsShownProperty());
        notePane.editorAloneProperty().bind(layout.distractionFreeProperty());
        layout.sidebarShownProperty().subscribe(shown -> arrange());
        root.widthProperty().subscribe(width -> {
            if (narrow != width.doubleValue() < SIDEBAR_ROOM) {
                narrow = !narrow;
                arrange();
            }
        });
        layout.distractionFreeProperty().subscribe(alone -> {
            // hidden, not taken out: the menu bar's shortcuts stay with the window
            for (var part : List.of(top, bottom)) {
                part.setVisible(!alone);
                part.setManaged(!alone);
            }
            arrange();
        });
        // Esc gives the window back from the editor alone (a handler, so that what has the focus sees Esc first)
        root.addEventHandler(KeyEvent.KEY_PRESSED, event -> {
            if (event.getCode() == KeyCode.ESCAPE
                    && layout.distractionFreeProperty().get()) {
                layout.leaveDistractionFree();
                event.consume();
            }
        });
    }

    public Parent root() {
        return root;
    }

    private static void minWidth(Parent pane, double width) {
        if (pane instanceof Region region) {
            region.setMinWidth(width);
        }
    }

    /// Puts the dividers where they were (clamped when read, see [SplitPositions]).
    public void place(SplitPositions positions) {
        placed = positions;
        var items = split.getItems().size();
        if (items == 3) {
            split.setDividerPositions(positions.sidebar(), positions.list());
        } else if (items == 2) {
            // without the sidebar the note pane keeps its width, the list gets the sidebar's
            split.setDividerPositions(positions.list());
        }
    }

    /// Where the dividers are now; with the sidebar folded away, the sidebar's where it was.
    public SplitPositions positions() {
        var dividers = split.getDividerPositions();
        return switch (dividers.length) {
            case 2 -> new SplitPositions(dividers[0], dividers[1]);
            case 1 -> new SplitPositions(placed.sidebar(), dividers[0]);
            default -> placed;
        };
    }

    /// Puts the panes the layout shows into the split, the dividers where they were.
    private void arrange() {
        var positions = positions();
        var panes = new ArrayList<Node>();
        if (!layout.distractionFreeProperty().get()) {
            if (layout.sidebarShownProperty().get() && !narrow) {
                panes.add(sidebar.root());
            }
            panes.add(list.root());
        }
        panes.add(notePane.root());
        if (!split.getItems().equals(panes)) {
            split.getItems().setAll(panes);
            place(positions);
        }
    }

    public SplitPane split() {
        return split;
    }

    public SearchBar searchBar() {
        return searchBar;
    }

    public NoteListView noteList() {
        return list;
    }

    public NotePane notePane() {
        return notePane;
    }

    public void focusSearch() {
        searchBar.focus();
    }

    /// The window's shortcuts (Ctrl is Cmd on macOS).
    public void installShortcuts(Scene scene, Runnable newNote, Runnable quickSwitcher) {
        var accelerators = scene.getAccelerators();
        accelerators.put(new KeyCodeCombination(KeyCode.K, KeyCombination.SHORTCUT_DOWN), this::focusSearch);
        accelerators.put(new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN), this::focusSearch);
        accelerators.put(new KeyCodeCombination(KeyCode.E, KeyCombination.SHORTCUT_DOWN), viewModel.note()::toggleEdit);
        accelerators.put(new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN), viewModel.note()::flush);
        accelerators.put(new KeyCodeCombination(KeyCode.N, KeyCombination.SHORTCUT_DOWN), newNote);
        accelerators.put(new KeyCodeCombination(KeyCode.P, KeyCombination.SHORTCUT_DOWN), quickSwitcher);
        // back and forward between the notes opened, by keyboard and by the mouse's side buttons
        accelerators.put(new KeyCodeCombination(KeyCode.LEFT, KeyCombination.ALT_DOWN), viewModel::back);
        accelerators.put(new KeyCodeCombination(KeyCode.RIGHT, KeyCombination.ALT_DOWN), viewModel::forward);
        scene.addEventFilter(MouseEvent.MOUSE_RELEASED, event -> {
            if (event.getButton() == MouseButton.BACK) {
                viewModel.back();
                event.consume();
            } else if (event.getButton() == MouseButton.FORWARD) {
                viewModel.forward();
                event.consume();
            }
        });
        accelerators.put(ViewMenu.SIDEBAR, layout::toggleSidebar);
        accelerators.put(ViewMenu.FIELDS, layout::toggleFields);
        accelerators.put(ViewMenu.DISTRACTION_FREE, layout::toggleDistractionFree);
        accelerators.put(ViewMenu.DISTRACTION_FREE_TOO, layout::toggleDistractionFree);
    }
}
