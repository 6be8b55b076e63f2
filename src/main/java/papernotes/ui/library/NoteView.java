package papernotes.ui.library;

import java.util.function.Consumer;

import javafx.beans.value.ObservableValue;
import javafx.scene.Parent;
import javafx.scene.web.WebView;
import papernotes.ui.SystemBrowser;

/// The rendered note. The page runs only its own bundled scripts (its content security policy allows nothing
/// else), gets no Java object, opens no pop-up and navigates nowhere: a click on an `http(s)` link opens the
/// system browser, a click on a note link opens that note, anything else does nothing, and the note stays shown.
public final class NoteView {

    static final String NOTE_SCHEME = "note:";

    private final WebView view = new WebView();
    private final SystemBrowser browser;
    private final Consumer<String> openNote;
    private String page = "";

    public NoteView(ObservableValue<String> html, SystemBrowser browser, Consumer<String> openNote) {
        this.browser = browser;
        this.openNote = openNote;
        view.setId("noteView");
        view.setContextMenuEnabled(false);
        var engine = view.getEngine();
        engine.setCreatePopupHandler(features -> null);
        engine.setOnAlert(event -> { });
        engine.setConfirmHandler(message -> false);
        engine.setPromptHandler(data -> null);
        engine.locationProperty().addListener((property, before, after) -> intercept(after));
        html.subscribe(this::show);
    }

    private void show(String html) {
        page = html == null ? "" : html;
        view.getEngine().loadContent(page);
    }

    private void intercept(String location) {
        if (location == null || location.isEmpty() || location.equals("about:blank")) {
            return;
        }
        if (location.startsWith(NOTE_SCHEME)) {
            openNote.accept(location.substring(NOTE_SCHEME.length()));
        } else {
            browser.open(location);
        }
        javafx.application.Platform.runLater(() -> view.getEngine().loadContent(page));
    }

    public Parent root() {
        return view;
    }

    WebView webView() {
        return view;
    }
}
