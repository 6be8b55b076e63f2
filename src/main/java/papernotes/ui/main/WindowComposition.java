package papernotes.ui.main;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.scene.control.MenuBar;
import javafx.stage.Stage;
import papernotes.model.NoteId;
import papernotes.model.Theme;
import papernotes.service.AttachmentService;
import papernotes.service.Library;
import papernotes.service.RestorePlan;
import papernotes.ui.Background;
import papernotes.ui.Dialogs;
import papernotes.ui.Messages;
import papernotes.ui.Scheduler;
import papernotes.ui.SystemBrowser;
import papernotes.ui.ThemeChoice;
import papernotes.ui.UiLanguage;
import papernotes.ui.note.ClipboardImages;
import papernotes.ui.note.ConnectionsView;
import papernotes.ui.note.ConnectionsViewModel;
import papernotes.ui.note.NotePane;
import papernotes.ui.note.NoteViewModel;
import papernotes.ui.note.OutlineViewModel;
import papernotes.ui.search.SearchViewModel;
import papernotes.ui.search.TeachDialog;
import papernotes.ui.search.TeachViewModel;
import papernotes.ui.sidebar.SidebarViewModel;
import papernotes.ui.transfer.TransferMenu;
import papernotes.ui.transfer.TransferViewModel;

/// The composition of every ViewModel and View of the main window's contents, in one language: built when the
/// window is first shown and again whenever the language changes. What lasts longer than one language (the
/// library, the workers, the window itself) is given once.
final class WindowComposition {

    /// What the window's contents ask of the window itself: to quit, to ask for preferences, to switch the theme
    /// or the language, to read the library again after an import (which may end after the language changed, so
    /// into the contents built since), and to close for a restore of a backup the user confirmed.
    record Requests(
            Runnable quit,
            Runnable preferences,
            Consumer<ThemeChoice> theme,
            Consumer<UiLanguage> language,
            Runnable reload,
            Consumer<RestorePlan> restore) {}

    /// The contents built for one language: the window's ViewModels, its View, and what acts on them.
    record Contents(
            MainViewModel viewModel,
            MainView view,
            NotePane notePane,
            NewNoteAction newNote,
            TransferMenu transfers,
            MainDialogs dialogs) {}

    private final Library library;
    private final Background background;
    private final Scheduler scheduler;
    private final Stage stage;
    private final WindowMemory memory;
    private final Background connectionsWorker;
    private final TransferViewModel transfer;
    private final Requests requests;

    /// `connectionsWorker` finds the related notes; `transfer` runs the exports, imports and backups.
    WindowComposition(
            Library library,
            Background background,
            Scheduler scheduler,
            Stage stage,
            WindowMemory memory,
            Background connectionsWorker,
            TransferViewModel transfer,
            Requests requests) {
        this.library = library;
        this.background = background;
        this.scheduler = scheduler;
        this.stage = stage;
        this.memory = memory;
        this.connectionsWorker = connectionsWorker;
        this.transfer = transfer;
        this.requests = requests;
    }

    /// Builds the contents in the strings of `messages`, the note shown in `theme`; the View menu shows
    /// `themeChoice` and `language` as chosen.
    Contents compose(Messages messages, Theme theme, ThemeChoice themeChoice, UiLanguage language) {
        var sidebar = new SidebarViewModel(library.topics(), library.tags());
        var search = new SearchViewModel(library.notes(), library.search(), background, messages);
        var note = new NoteViewModel(library.notes(), library.render(), background, scheduler, messages);
        note.themeProperty().set(theme);
        var viewModel =
                new MainViewModel(sidebar, search, note, library.notes(), library.search(), scheduler, messages);
        var layout = new LayoutViewModel(note);
        var capture = new CaptureViewModel(
                library.capture(),
                library.pdfCapture(),
                library.paperPdfs(),
                library.files(),
                background,
                messages,
                new CaptureViewModel.Window() {
                    @Override
                    public void showMade(NoteId id) {
                        viewModel.showMade(id);
                    }

                    @Override
                    public void say(String sentence) {
                        viewModel.say(sentence);
                    }

                    @Override
                    public boolean confirm(String header, String question) {
                        return Dialogs.confirm(stage, messages, header, question);
                    }
                });
        var newNote = new NewNoteAction(stage, messages, viewModel, capture);
        memory.follow(layout, viewModel);
        var dialogs = new MainDialogs(library, background, stage, messages, viewModel);
        var attachments = new AttachmentService(library.dataDir());
        var images = new ClipboardImages(attachments::store, problem -> {});
        var browser = new SystemBrowser(target -> Platform.runLater(() -> dialogs.cannotOpen(target)));
        var connections = new ConnectionsViewModel(library.notes(), library.search(), connectionsWorker);
        note.noteProperty().addListener((property, before, after) -> {
            if (!before.map(n -> n.id()).equals(after.map(n -> n.id()))
                    || !before.map(n -> n.body()).equals(after.map(n -> n.body()))) {
                connections.show(after.map(n -> n.id()));
            }
        });
        var pageViewer = new PageViewer(stage, messages, library.files(), background, browser::openFile);
        var links = new NoteLinks(browser, viewModel, search, library.render(), library.files(), pageViewer);
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
                        dialogs.showHistory();
                    }

                    @Override
                    public void trash() {
                        viewModel.trashOpenNote();
                    }
                },
                new ConnectionsView(connections, messages, viewModel::open).root(),
                new OutlineViewModel(note, library.render()::outline, background));
        var paper =
                new PaperActions(library.bibtex(), library.capture(), background, messages, new PaperActions.Window() {
                    @Override
                    public Optional<NoteId> openNote() {
                        // the draft first: what is fetched is filled into the note as saved
                        note.flush();
                        return note.noteProperty().get().map(open -> open.id());
                    }

                    @Override
                    public void copy(String text) {
                        PaperMenu.copy(text);
                    }

                    @Override
                    public boolean agree(List<String> fields) {
                        return PaperMenu.agree(stage, messages, fields);
                    }

                    @Override
                    public void filled(NoteId id) {
                        note.reload();
                    }

                    @Override
                    public void say(String sentence) {
                        viewModel.say(sentence);
                    }
                });
        var transfers = new TransferMenu(library, transfer, messages, stage, requests.reload(), requests.restore());
        notePane.placeholder(new WelcomeView(
                        new WelcomeViewModel(library.notes(), sidebar, note, messages),
                        messages,
                        viewModel::open,
                        newNote::ask,
                        transfers::importVault)
                .root());
        var menus = menuBar(messages, themeChoice, language, viewModel, layout, newNote, transfers, dialogs);
        // the paper's menu sits in the menu bar, before Help: the note toolbar has no room to spare in a small window
        menus.getMenus().add(Math.max(0, menus.getMenus().size() - 1), PaperMenu.of(paper, messages));
        var view = new MainView(viewModel, layout, messages, menus, notePane, transfer, transfers::showLastWarnings);
        var teach = new TeachViewModel(library.glossary(), search, viewModel::say, messages);
        Runnable askTeach = () -> TeachDialog.ask(stage, messages, teach);
        view.noteList().onTeach(askTeach);
        // a page a search found in a note's PDF: the note opens, and the page shows beside it
        view.noteList().onPage((id, page) -> {
            viewModel.open(id);
            pageViewer.show(page.file(), page.page());
        });
        NoteListMenu.attach(
                view.noteList().table(),
                new NoteListActions(viewModel, library.notes(), messages),
                messages,
                new NoteListMenu.Teaching(search.searchingProperty(), askTeach));
        ListCapture.install(
                view.noteList().table(),
                capture,
                () -> search.topicFilterProperty().get());
        view.searchBar().lead(newNote.button());
        return new Contents(viewModel, view, notePane, newNote, transfers, dialogs);
    }

    private MenuBar menuBar(
            Messages messages,
            ThemeChoice themeChoice,
            UiLanguage language,
            MainViewModel viewModel,
            LayoutViewModel layout,
            NewNoteAction newNote,
            TransferMenu transfers,
            MainDialogs dialogs) {
        var actions = new MainMenus.FileActions(
                newNote::ask,
                () -> SaveCopyChooser.choose(stage, viewModel.note()).ifPresent(viewModel.note()::saveCopy),
                dialogs::showSwitcher,
                dialogs::showTrash,
                requests.preferences(),
                requests.quit());
        return MainMenus.bar(
                messages,
                actions,
                transfers,
                ViewMenu.of(
                        messages,
                        layout,
                        themeChoice,
                        requests.theme(),
                        language,
                        requests.language(),
                        viewModel.meaningsOnProperty()),
                stage);
    }
}
