package papernotes.ui.main;

import java.util.Optional;

import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.SplitPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import papernotes.ui.Messages;
import papernotes.ui.note.NotePane;
import papernotes.ui.search.NoteListView;
import papernotes.ui.search.SearchBar;
import papernotes.ui.sidebar.SidebarView;

/// The main window's layout: menu bar and search bar on top; sidebar, note list and note pane side by side; the
/// status bar below. Keyboard: Ctrl+K or Ctrl+F search, Ctrl+E edit/read, Ctrl+N new note, Ctrl+P quick switcher,
/// Ctrl+S save now.
public final class MainView {

    private final MainViewModel viewModel;
    private final BorderPane root = new BorderPane();
    private final SearchBar searchBar;
    private final NoteListView list;
    private final SidebarView sidebar;
    private final NotePane notePane;
    private final SplitPane split;
    static final double SIDEBAR_MIN_WIDTH = 150;
    static final double LIST_MIN_WIDTH = 250;
    static final double NOTE_MIN_WIDTH = 300;

    public MainView(MainViewModel viewModel, Messages messages, Parent menuBar, NotePane notePane,
                    papernotes.ui.transfer.TransferViewModel transfer) {
        this.viewModel = viewModel;
        this.notePane = notePane;
        var search = viewModel.search();
        this.list = new NoteListView(search, messages, viewModel::open,
                viewModel.note().noteProperty().map(note -> note.map(n -> n.id())));
        this.searchBar = new SearchBar(search, messages, new SearchBar.Keys() {
            @Override
            public void openFirst() {
                list.selectFirst();
            }

            @Override
            public void move(int step) {
                list.move(step);
            }
        });
        this.sidebar = new SidebarView(viewModel.sidebar(), messages,
                topic -> search.topicFilterProperty().set(topic),
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
        root.setTop(new VBox(menuBar, searchBar.root()));
        root.setCenter(split);
        root.setBottom(new StatusBar(viewModel, search, transfer).root());
        root.getStyleClass().add("papernotes");
    }

    public Parent root() {
        return root;
    }

    private static void minWidth(Parent pane, double width) {
        if (pane instanceof javafx.scene.layout.Region region) {
            region.setMinWidth(width);
        }
    }

    /// Puts the dividers where they were (clamped when read, see [SplitPositions]).
    public void place(SplitPositions positions) {
        split.setDividerPositions(positions.sidebar(), positions.list());
    }

    /// Where the dividers are now.
    public SplitPositions positions() {
        var dividers = split.getDividerPositions();
        return new SplitPositions(dividers[0], dividers[1]);
    }

    public SplitPane split() {
        return split;
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
    }
}
