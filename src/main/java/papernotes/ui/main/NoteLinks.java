package papernotes.ui.main;

import java.util.Map;
import java.util.Optional;
import papernotes.model.FileText;
import papernotes.service.NoteFileService;
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
    private final NoteFileService files;
    private final PageViewer pages;

    NoteLinks(
            SystemBrowser browser,
            MainViewModel viewModel,
            SearchViewModel search,
            RenderService render,
            NoteFileService files,
            PageViewer pages) {
        this.browser = browser;
        this.viewModel = viewModel;
        this.search = search;
        this.render = render;
        this.files = files;
        this.pages = pages;
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

    /// A PDF of the open note's files shows in the page view, at the page the search shown found in it (or its
    /// first); any other attachment opens in the system's viewer.
    @Override
    public void attachment(String name) {
        var pdf = viewModel
                .note()
                .noteProperty()
                .get()
                .flatMap(open -> files.files(open.id()).stream()
                        .filter(file -> file.stored().equals(name))
                        .filter(file -> files.text(file.stored())
                                .filter(text -> text.state() != FileText.State.FAILED && text.pages() > 0)
                                .isPresent())
                        .findFirst()
                        .map(file -> Map.entry(open.id(), file)));
        if (pdf.isPresent()) {
            var note = pdf.get().getKey();
            var file = pdf.get().getValue();
            pages.show(file, search.pageFound(note, file.stored()).orElse(1));
            return;
        }
        render.attachmentFile(name).ifPresent(browser::openFile);
    }
}
