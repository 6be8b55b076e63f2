package papernotes.ui.main;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.beans.value.ChangeListener;
import javafx.collections.ListChangeListener;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.stage.Stage;
import papernotes.model.Failures;
import papernotes.model.InvalidInputException;
import papernotes.model.NoteSummary;
import papernotes.model.PaperNotesException;
import papernotes.service.Library;
import papernotes.service.RestoreOutcome;
import papernotes.service.RestorePlan;
import papernotes.ui.Background;
import papernotes.ui.Dialogs;
import papernotes.ui.FxBackground;
import papernotes.ui.Messages;
import papernotes.ui.Scheduler;
import papernotes.ui.ThemeChoice;
import papernotes.ui.Themes;
import papernotes.ui.UiLanguage;
import papernotes.ui.UiSettings;
import papernotes.ui.history.HistoryDialog;
import papernotes.ui.note.NoteZoom;
import papernotes.ui.switcher.QuickSwitcher;
import papernotes.ui.transfer.TransferMenu;
import papernotes.ui.transfer.TransferViewModel;
import papernotes.ui.trash.TrashDialog;
import papernotes.work.Workers;

/// The main window over a library, in the language and theme of the settings: builds its contents (see
/// [WindowComposition]) into the stage's scene, loads the library into them, and closes, saving the draft and
/// remembering the window. Changing the language builds the contents again.
public final class MainWindow {

    private final Library library;
    private final UiSettings settings;
    private final Stage stage;
    private final WindowMemory memory;
    private final WindowComposition composition;
    private final RestoreHandOff restore;
    /// The contents in the language the window was last built in.
    private WindowComposition.Contents contents;
    private boolean followingSystemTheme;
    /// The strings of the language the window was last built in.
    private Messages messages;
    /// Related notes need the search index: their own worker, so the list and the page never wait behind them.
    private final FxBackground connectionsWorker = new FxBackground("connections");
    /// Exports, imports and backups: their own worker, so the window keeps working while they run.
    private final FxBackground transferWorker = new FxBackground("transfer");
    private final TransferViewModel transfer = new TransferViewModel(transferWorker);
    private final ChangeListener<String> transferResult = (property, before, after) -> {
        if (!after.isEmpty()) {
            viewModel().say(after);
        }
    };

    // The contents are built by build(), and built again when the language changes.
    @SuppressWarnings("NullAway.Init")
    public MainWindow(Library library, Background background, Scheduler scheduler, UiSettings settings, Stage stage) {
        this.library = library;
        this.settings = settings;
        this.stage = stage;
        this.memory = new WindowMemory(settings);
        this.restore = new RestoreHandOff(stage, this::requestClose);
        this.composition = new WindowComposition(
                library,
                background,
                scheduler,
                stage,
                memory,
                connectionsWorker,
                transfer,
                new WindowComposition.Requests(
                        this::requestClose,
                        this::askPreferences,
                        this::chooseTheme,
                        this::chooseLanguage,
                        () -> viewModel().reload(),
                        restore::closeFor));
        // closing the window (its close button, Ctrl+Q, File → Quit) saves the draft first; a draft the library
        // refuses is not dropped without asking
        stage.setOnCloseRequest(event -> {
            event.consume();
            requestClose();
        });
        stage.setOnHiding(event -> close());
    }

    /// Closes the window once the draft is saved, or, when the library refuses it, once the user agrees to lose it.
    public void requestClose() {
        var viewModel = viewModel();
        if (!viewModel.shutdown()) {
            if (!Dialogs.confirm(
                    stage,
                    messages,
                    messages.text("close.title"),
                    messages.format(
                            "close.unsaved",
                            viewModel.note().saveStatusProperty().get()))) {
                return;
            }
            viewModel.note().dismiss();
        }
        stage.close();
    }

    public MainViewModel viewModel() {
        return contents.viewModel();
    }

    /// Who carries out a restore of a backup the user confirmed (File → Restore from backup): the window closes
    /// (saving the draft), then `handler` gets the plan; it restores with the library closed and opens a new
    /// window.
    public void onRestore(Consumer<RestorePlan> handler) {
        restore.handTo(handler);
    }

    /// Says in the status bar how the restore that reopened the window went.
    public void tellRestored(RestoreOutcome outcome) {
        viewModel().say(RestoreHandOff.report(messages, outcome));
    }

    /// The File menu's imports, exports and backups.
    public TransferMenu transfers() {
        return contents.transfers();
    }

    public MainView view() {
        return contents.view();
    }

    /// Builds the contents in the chosen language and puts them in the window's scene.
    public void build() {
        var language = settings.choice("language", UiLanguage.class, UiLanguage.SYSTEM);
        messages = Messages.of(language);
        var themeChoice = settings.choice("theme", ThemeChoice.class, ThemeChoice.SYSTEM);
        var theme = Themes.resolve(themeChoice);
        Themes.apply(theme);
        transfer.resultProperty().removeListener(transferResult);
        transfer.resultProperty().addListener(transferResult);
        contents = composition.compose(messages, theme, themeChoice, language);
        var view = contents.view();
        if (!followingSystemTheme) {
            followingSystemTheme = true;
            // with "follow the system", a change of the system's light or dark applies at once
            Platform.getPreferences().colorSchemeProperty().addListener((property, before, after) -> {
                if (settings.choice("theme", ThemeChoice.class, ThemeChoice.SYSTEM) == ThemeChoice.SYSTEM) {
                    chooseTheme(ThemeChoice.SYSTEM);
                }
            });
        }

        var scene = stage.getScene();
        if (scene == null) {
            scene = new Scene(view.root(), memory.width(), memory.height());
            stage.setScene(scene);
        } else {
            scene.setRoot(view.root());
            scene.getAccelerators().clear();
        }
        scene.getStylesheets()
                .setAll(MainWindow.class.getResource("/papernotes/ui/app.css").toExternalForm());
        stage.setMinWidth(MainView.MIN_WINDOW_WIDTH);
        stage.setMinHeight(MainView.MIN_WINDOW_HEIGHT);
        view.installShortcuts(scene, contents.newNote()::ask, this::showSwitcher);
        NoteZoom.install(scene, settings, contents.notePane());
        scene.getAccelerators()
                .put(new KeyCodeCombination(KeyCode.Q, KeyCombination.SHORTCUT_DOWN), this::requestClose);
        scene.getAccelerators()
                .put(
                        new KeyCodeCombination(KeyCode.H, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN),
                        this::showHistory);
        scene.getAccelerators()
                .put(
                        new KeyCodeCombination(KeyCode.DELETE, KeyCombination.SHORTCUT_DOWN),
                        contents.viewModel()::trashOpenNote);
        view.place(memory.splits());
        stage.setTitle(messages.text("app.title"));
    }

    /// Lets the list show the listing of every note that is already being read (see
    /// [papernotes.ui.search.SearchViewModel#startWith]).
    public void startWith(CompletableFuture<List<NoteSummary>> listing) {
        viewModel().search().startWith(listing);
    }

    /// How long after the window loads the quick switcher prepares its names.
    static final long SWITCHER_DELAY_MS = 3_000;

    /// Reads the library into the window and reopens the note open last time.
    public void load() {
        load(() -> {});
    }

    /// Like [#load()], and runs `usable` as soon as the list shows notes (or the library turns out empty).
    public void load(Runnable usable) {
        var viewModel = viewModel();
        var rows = viewModel.search().rows();
        var listed = new ListChangeListener<Object>() {
            private boolean done;

            @Override
            public void onChanged(Change<?> change) {
                if (!done) {
                    done = true;
                    Platform.runLater(() -> {
                        rows.removeListener(this);
                        // held until now so that it does not compete with the first frame (on few cores)
                        library.search().startOpening();
                        usable.run();
                    });
                }
            }
        };
        rows.addListener(listed);
        viewModel.load();
        // on a thread of its own: it waits for the search index to open, which nothing else should wait behind; and
        // a moment later, so that it does not compete with the first list and search (at 100,000 notes it prepares
        // the pinyin of every title: seconds of work). Ctrl+P before then prepares at once.
        Workers.daemons()
                .start("switcher-prepare", new SwitcherPreparation(library.quickSwitch()::prepare, SWITCHER_DELAY_MS));
        memory.lastNote().ifPresent(id -> {
            try {
                viewModel.note().open(id);
            } catch (PaperNotesException e) {
                // the note is gone; start without one
            }
        });
        view().focusSearch();
    }

    /// Saves the draft and remembers the window for next time. A window whose building failed has no draft and
    /// nothing to remember: only its workers are stopped.
    public boolean close() {
        if (contents == null) {
            connectionsWorker.close();
            transferWorker.close();
            return true;
        }
        var viewModel = viewModel();
        boolean saved = viewModel.shutdown();
        memory.remember(
                stage, view().positions(), viewModel.note().noteProperty().get().map(open -> open.id()));
        connectionsWorker.close();
        transferWorker.close();
        restore.windowClosed();
        return saved;
    }

    /// Opens the history of the open note (its toolbar button, Ctrl+Shift+H); the draft is saved first, so the
    /// comparison is with what is typed.
    public Optional<HistoryDialog> showHistory() {
        return contents.dialogs().showHistory();
    }

    /// Opens the quick switcher (Ctrl+P).
    public QuickSwitcher showSwitcher() {
        return contents.dialogs().showSwitcher();
    }

    /// Opens the trash (File → Trash, Ctrl+Shift+T).
    public TrashDialog showTrash() {
        return contents.dialogs().showTrash();
    }

    /// File → Preferences: theme and language.
    private void askPreferences() {
        PreferencesDialog.ask(
                        stage,
                        messages,
                        settings.choice("theme", ThemeChoice.class, ThemeChoice.SYSTEM),
                        settings.choice("language", UiLanguage.class, UiLanguage.SYSTEM),
                        new PreferencesDialog.Lookups(
                                library.lookups().saved(), library.lookups().fromEnvironment()))
                .ifPresent(choice -> {
                    saveLookups(choice.lookups());
                    chooseTheme(choice.theme());
                    if (choice.language() != settings.choice("language", UiLanguage.class, UiLanguage.SYSTEM)) {
                        chooseLanguage(choice.language());
                    }
                });
    }

    /// Saves where papers are looked up; an address that cannot be one is said in the status bar, nothing saved.
    private void saveLookups(Map<String, String> lookups) {
        if (lookups.equals(library.lookups().saved())) {
            return;
        }
        try {
            library.lookups().save(lookups);
        } catch (InvalidInputException e) {
            viewModel().say(messages.format("preferences.lookupsRefused", Failures.message(e)));
        }
    }

    private void chooseTheme(ThemeChoice choice) {
        if (choice == ThemeChoice.SYSTEM && settings.text("theme").isEmpty()) {
            var theme = Themes.resolve(choice);
            Themes.apply(theme);
            viewModel().note().themeProperty().set(theme);
            return;
        }
        settings.put("theme", choice);
        settings.save();
        var theme = Themes.resolve(choice);
        Themes.apply(theme);
        viewModel().note().themeProperty().set(theme);
    }

    void chooseLanguage(UiLanguage choice) {
        if (!viewModel().shutdown()) {
            return;
        }
        // the window is built again in the new language, showing what it showed
        var shown = ShownState.of(viewModel(), view());
        settings.put("language", choice);
        settings.save();
        build();
        shown.showIn(viewModel(), view());
    }
}
