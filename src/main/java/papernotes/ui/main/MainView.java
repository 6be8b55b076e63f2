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

    /// `showWarnings` opens the list of the last import's warnings (from the status bar).
    public MainView(MainViewModel viewModel, Messages messages, Parent menuBar, NotePane notePane,
                    papernotes.ui.transfer.TransferViewModel transfer, Runnable showWarnings) {
        this.viewModel = viewModel;
        this.notePane = notePane;
        var search = viewModel.search();
        this.list = new NoteListView(search, messages, viewModel::open,
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
        this.sidebar = new SidebarView(viewModel.sidebar(), messages, search.topicFilterProperty(),
                search.tagFilterProperty(), search::chooseTopic,
                tag -> search.tagFilterProperty().set(Optional.of(tag)));
        split = new SplitPane(sidebar.root(), list.root(), notePane.root());
        split.setId("mainSplit");
        split.setDividerPositions(0.18, 0.6);
        SplitPane.setResizableWithParent(sidebar.root(), false);
        root.setTop(new VBox(menuBar, searchBar.root()));
        root.setCenter(split);
        root.setBottom(new StatusBar(viewModel, search, transfer, messages, showWarnings).root());
        root.getStyleClass().add("papernotes");
    }

    public Parent root() {
        return root;
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
        // back and forward between the notes opened, by keyboard and by the mouse's side buttons
        accelerators.put(new KeyCodeCombination(KeyCode.LEFT, KeyCombination.ALT_DOWN), viewModel::back);
        accelerators.put(new KeyCodeCombination(KeyCode.RIGHT, KeyCombination.ALT_DOWN), viewModel::forward);
        scene.addEventFilter(javafx.scene.input.MouseEvent.MOUSE_RELEASED, event -> {
            if (event.getButton() == javafx.scene.input.MouseButton.BACK) {
                viewModel.back();
                event.consume();
            } else if (event.getButton() == javafx.scene.input.MouseButton.FORWARD) {
                viewModel.forward();
                event.consume();
            }
        });
    }
}
