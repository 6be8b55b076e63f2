package papernotes.ui.main;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.beans.value.ChangeListener;
import javafx.collections.ListChangeListener;
import javafx.scene.Scene;
import javafx.scene.control.MenuBar;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.stage.Stage;
import papernotes.model.NoteSummary;
import papernotes.model.PaperNotesException;
import papernotes.service.AttachmentService;
import papernotes.service.Library;
import papernotes.service.RestoreOutcome;
import papernotes.service.RestoreOutcome.Done;
import papernotes.service.RestoreOutcome.Failed;
import papernotes.service.RestorePlan;
import papernotes.ui.Background;
import papernotes.ui.Dialogs;
import papernotes.ui.FxBackground;
import papernotes.ui.Messages;
import papernotes.ui.Scheduler;
import papernotes.ui.SystemBrowser;
import papernotes.ui.ThemeChoice;
import papernotes.ui.Themes;
import papernotes.ui.UiLanguage;
import papernotes.ui.UiSettings;
import papernotes.ui.history.HistoryDialog;
import papernotes.ui.history.HistoryViewModel;
import papernotes.ui.note.ClipboardImages;
import papernotes.ui.note.ConnectionsView;
import papernotes.ui.note.ConnectionsViewModel;
import papernotes.ui.note.NotePane;
import papernotes.ui.note.NoteViewModel;
import papernotes.ui.note.NoteZoom;
import papernotes.ui.note.OutlineViewModel;
import papernotes.ui.search.SearchViewModel;
import papernotes.ui.search.TeachDialog;
import papernotes.ui.search.TeachViewModel;
import papernotes.ui.sidebar.SidebarViewModel;
import papernotes.ui.switcher.QuickSwitcher;
import papernotes.ui.switcher.QuickSwitcherViewModel;
import papernotes.ui.transfer.TransferMenu;
import papernotes.ui.transfer.TransferViewModel;
import papernotes.ui.trash.TrashDialog;
import papernotes.ui.trash.TrashViewModel;
import papernotes.work.Workers;

/// Builds the main window's contents over a library, in the language and theme of the settings: the composition
/// of every ViewModel and View of the window. Changing the language builds the contents again.
public final class MainWindow {

    private final Library library;
    private final Background background;
    private final Scheduler scheduler;
    private final UiSettings settings;
    private final Stage stage;
    private final WindowMemory memory;
    private MainViewModel viewModel;
    private LayoutViewModel layout;
    private MainView view;
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
            viewModel.say(after);
        }
    };

    /// Hears a restore the user confirmed, once the window has saved the draft and is closing.
    private Consumer<RestorePlan> restoreHandler = RestorePlan::close;
    private Optional<RestorePlan> pendingRestore = Optional.empty();
    private TransferMenu transfers;
    private NewNoteAction newNote;

    // The view and its models are built by show(), and built again when the language changes.
    @SuppressWarnings("NullAway.Init")
    public MainWindow(Library library, Background background, Scheduler scheduler, UiSettings settings, Stage stage) {
        this.library = library;
        this.background = background;
        this.scheduler = scheduler;
        this.settings = settings;
        this.stage = stage;
        this.memory = new WindowMemory(settings);
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
        return viewModel;
    }

    /// Who carries out a restore of a backup the user confirmed (File → Restore from backup): the window closes
    /// (saving the draft), then `handler` gets the plan; it restores with the library closed and opens a new
    /// window.
    public void onRestore(Consumer<RestorePlan> handler) {
        restoreHandler = handler;
    }

    /// Says in the status bar how the restore that reopened the window went.
    public void tellRestored(RestoreOutcome outcome) {
        viewModel.say(
                switch (outcome) {
                    case Done done ->
                        messages.format(
                                "transfer.restored",
                                done.source().getFileName().toString(),
                                done.restored().contents().notes(),
                                done.restored().contents().trashed(),
                                done.restored()
                                        .previous()
                                        .map(p -> p.getFileName().toString())
                                        .orElse("—"));
                    case Failed failed ->
                        messages.format(
                                "transfer.restoreFailed",
                                failed.source().getFileName().toString(),
                                failed.reason());
                });
    }

    /// The File menu's imports, exports and backups.
    public TransferMenu transfers() {
        return transfers;
    }

    /// Closes the window for a confirmed restore; when the user keeps the window open instead (a draft the library
    /// refuses), the plan is discarded.
    private void closeForRestore(RestorePlan plan) {
        pendingRestore = Optional.of(plan);
        requestClose();
        if (stage.isShowing()) {
            pendingRestore = Optional.empty();
            plan.close();
        }
    }

    public MainView view() {
        return view;
    }

    /// Builds the contents in the chosen language and puts them in the window's scene.
    public void build() {
        var language = settings.choice("language", UiLanguage.class, UiLanguage.SYSTEM);
        messages = Messages.of(language);
        var themeChoice = settings.choice("theme", ThemeChoice.class, ThemeChoice.SYSTEM);
        var theme = Themes.resolve(themeChoice);
        Themes.apply(theme);

        var sidebar = new SidebarViewModel(library.topics(), library.tags());
        var search = new SearchViewModel(library.notes(), library.search(), background, messages);
        var note = new NoteViewModel(library.notes(), library.render(), background, scheduler, messages);
        note.themeProperty().set(theme);
        viewModel = new MainViewModel(sidebar, search, note, library.notes(), library.search(), scheduler, messages);
        layout = new LayoutViewModel(note);
        newNote = new NewNoteAction(stage, messages, viewModel);
        memory.follow(layout, viewModel);
        var attachments = new AttachmentService(library.dataDir());
        var images = new ClipboardImages(attachments::store, problem -> {});
        var browser = new SystemBrowser(target -> Platform.runLater(() -> cannotOpen(target)));
        var connections = new ConnectionsViewModel(library.notes(), library.search(), connectionsWorker);
        note.noteProperty().addListener((property, before, after) -> {
            if (!before.map(n -> n.id()).equals(after.map(n -> n.id()))
                    || !before.map(n -> n.body()).equals(after.map(n -> n.body()))) {
                connections.show(after.map(n -> n.id()));
            }
        });
        var links = new NoteLinks(browser, viewModel, search, library.render());
        var notePane = new NotePane(
                note,
                messages,
                links,
                sidebar::topicPaths,
                sidebar::tagSuggestions,
                images,
                new NotePane.Actions() {
                    @Override
                    public void showHistory() {
                        MainWindow.this.showHistory();
                    }

                    @Override
                    public void trash() {
                        viewModel.trashOpenNote();
                    }
                },
                new ConnectionsView(connections, messages, viewModel::open).root(),
                new OutlineViewModel(note, library.render()::outline, background));
        notePane.placeholder(new WelcomeView(
                        new WelcomeViewModel(library.notes(), sidebar, note, messages),
                        messages,
                        viewModel::open,
                        () -> newNote.ask(),
                        () -> transfers.importVault())
                .root());
        view = new MainView(
                viewModel,
                layout,
                messages,
                menuBar(messages, themeChoice, language),
                notePane,
                transfer,
                () -> transfers.showLastWarnings());
        var teach = new TeachViewModel(library.glossary(), search, viewModel::say, messages);
        Runnable askTeach = () -> TeachDialog.ask(stage, messages, teach);
        view.noteList().onTeach(askTeach);
        NoteListMenu.attach(
                view.noteList().table(),
                new NoteListActions(viewModel, library.notes(), messages),
                messages,
                new NoteListMenu.Teaching(search.searchingProperty(), askTeach));
        view.searchBar().lead(newNote.button());
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
        view.installShortcuts(scene, newNote::ask, this::showSwitcher);
        NoteZoom.install(scene, settings, notePane);
        scene.getAccelerators()
                .put(new KeyCodeCombination(KeyCode.Q, KeyCombination.SHORTCUT_DOWN), this::requestClose);
        scene.getAccelerators()
                .put(
                        new KeyCodeCombination(KeyCode.H, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN),
                        this::showHistory);
        scene.getAccelerators()
                .put(new KeyCodeCombination(KeyCode.DELETE, KeyCombination.SHORTCUT_DOWN), viewModel::trashOpenNote);
        view.place(memory.splits());
        stage.setTitle(messages.text("app.title"));
    }

    /// Lets the list show the listing of every note that is already being read (see [SearchViewModel#startWith]).
    public void startWith(CompletableFuture<List<NoteSummary>> listing) {
        viewModel.search().startWith(listing);
    }

    /// How long after the window loads the quick switcher prepares its names.
    static final long SWITCHER_DELAY_MS = 3_000;

    /// Reads the library into the window and reopens the note open last time.
    public void load() {
        load(() -> {});
    }

    /// Like [#load()], and runs `usable` as soon as the list shows notes (or the library turns out empty).
    public void load(Runnable usable) {
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
        view.focusSearch();
    }

    /// Saves the draft and remembers the window for next time. A window whose building failed has no draft and
    /// nothing to remember: only its workers are stopped.
    public boolean close() {
        if (viewModel == null || view == null) {
            connectionsWorker.close();
            transferWorker.close();
            return true;
        }
        boolean saved = viewModel.shutdown();
        memory.remember(
                stage, view.positions(), viewModel.note().noteProperty().get().map(open -> open.id()));
        connectionsWorker.close();
        transferWorker.close();
        pendingRestore.ifPresent(restoreHandler);
        pendingRestore = Optional.empty();
        return saved;
    }

    /// Opens the history of the open note (its toolbar button, Ctrl+Shift+H); the draft is saved first, so the
    /// comparison is with what is typed.
    public Optional<HistoryDialog> showHistory() {
        var open = viewModel.note().noteProperty().get();
        if (open.isEmpty()) {
            return Optional.empty();
        }
        viewModel.note().flush();
        var history = new HistoryViewModel(
                library.notes(), library.history(), open.get().id(), messages);
        var dialog = new HistoryDialog(stage, history, messages, open.get().title(), restored -> viewModel.reload());
        dialog.show();
        return Optional.of(dialog);
    }

    /// Opens the quick switcher (Ctrl+P).
    public QuickSwitcher showSwitcher() {
        var switcher = new QuickSwitcher(
                stage, new QuickSwitcherViewModel(library.quickSwitch(), background), messages, viewModel::open);
        switcher.show();
        return switcher;
    }

    /// Opens the trash (File → Trash, Ctrl+Shift+T).
    public TrashDialog showTrash() {
        var trash = new TrashViewModel(
                library.notes(), messages, restored -> viewModel.open(restored.id()), viewModel::reload);
        var dialog = new TrashDialog(stage, trash, messages);
        dialog.show();
        return dialog;
    }

    /// Nothing could open a web address or attachment (no browser set up): says so, and offers to copy it.
    private void cannotOpen(String target) {
        if (Dialogs.offer(stage, messages, messages.format("browser.failed", target), messages.text("browser.copy"))) {
            var content = new ClipboardContent();
            content.putString(target);
            Clipboard.getSystemClipboard().setContent(content);
        }
    }

    private MenuBar menuBar(Messages messages, ThemeChoice themeChoice, UiLanguage language) {
        transfer.resultProperty().removeListener(transferResult);
        transfer.resultProperty().addListener(transferResult);
        transfers =
                new TransferMenu(library, transfer, messages, stage, () -> viewModel.reload(), this::closeForRestore);
        var actions = new MainMenus.FileActions(
                newNote::ask,
                () -> SaveCopyChooser.choose(stage, viewModel.note()).ifPresent(viewModel.note()::saveCopy),
                this::showSwitcher,
                this::showTrash,
                this::askPreferences,
                this::requestClose);
        return MainMenus.bar(
                messages,
                actions,
                transfers,
                ViewMenu.of(
                        messages,
                        layout,
                        themeChoice,
                        this::chooseTheme,
                        language,
                        this::chooseLanguage,
                        viewModel.meaningsOnProperty()),
                stage);
    }

    /// File → Preferences: theme and language.
    private void askPreferences() {
        PreferencesDialog.ask(
                        stage,
                        messages,
                        settings.choice("theme", ThemeChoice.class, ThemeChoice.SYSTEM),
                        settings.choice("language", UiLanguage.class, UiLanguage.SYSTEM))
                .ifPresent(choice -> {
                    chooseTheme(choice.theme());
                    if (choice.language() != settings.choice("language", UiLanguage.class, UiLanguage.SYSTEM)) {
                        chooseLanguage(choice.language());
                    }
                });
    }

    private void chooseTheme(ThemeChoice choice) {
        if (choice == ThemeChoice.SYSTEM && settings.text("theme").isEmpty()) {
            var theme = Themes.resolve(choice);
            Themes.apply(theme);
            viewModel.note().themeProperty().set(theme);
            return;
        }
        settings.put("theme", choice);
        settings.save();
        var theme = Themes.resolve(choice);
        Themes.apply(theme);
        viewModel.note().themeProperty().set(theme);
    }

    void chooseLanguage(UiLanguage choice) {
        if (!viewModel.shutdown()) {
            return;
        }
        // the window is built again in the new language, showing what it showed: the note, the search, the filters,
        // editing or reading, and the split positions
        var open = viewModel.note().noteProperty().get().map(note -> note.id());
        var editing = viewModel.note().modeProperty().get() == NoteViewModel.Mode.EDIT;
        var query = viewModel.search().queryProperty().get();
        var topic = viewModel.search().topicFilterProperty().get();
        var tag = viewModel.search().tagFilterProperty().get();
        var dividers = view.positions();
        settings.put("language", choice);
        settings.save();
        build();
        view.place(dividers);
        viewModel.search().topicFilterProperty().set(topic);
        viewModel.search().tagFilterProperty().set(tag);
        viewModel.search().queryProperty().set(query);
        viewModel.load();
        open.ifPresent(viewModel::open);
        if (editing && open.isPresent()) {
            viewModel.note().toggleEdit();
        }
    }
}
