package papernotes.ui.main;

import java.util.Optional;
import papernotes.service.RenderService;
import papernotes.ui.SystemBrowser;
import papernotes.ui.note.NoteView;
import papernotes.ui.search.SearchViewModel;

/// Where a click on a link in the note view leads: web addresses and attachments to the system's browser or
/// viewer, a note link to that note, a `#tag` to the list filtered by it.
final class NoteLinks implements NoteView.Links {

    private final SystemBrowser browser;
    private final MainViewModel viewModel;
    private final SearchViewModel search;
    private final RenderService render;

    NoteLinks(SystemBrowser browser, MainViewModel viewModel, SearchViewModel search, RenderService render) {
        this.browser = browser;
        this.viewModel = viewModel;
        this.search = search;
        this.render = render;
    }

    @Override
    public void web(String address) {
        browser.open(address);
    }

    @Override
    public void note(String id) {
        viewModel.openLinked(id);
    }

    @Override
    public void tag(String tag) {
        search.tagFilterProperty().set(Optional.of(tag));
    }

    @Override
    public void attachment(String name) {
        render.attachmentFile(name).ifPresent(browser::openFile);
    }
}
