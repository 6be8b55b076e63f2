package papernotes.ui.note;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.beans.value.ObservableValue;
import javafx.concurrent.Worker.State;
import javafx.scene.Parent;
import javafx.scene.web.WebView;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.events.Event;
import org.w3c.dom.events.EventTarget;

/// The rendered note. The page runs only its own bundled scripts (its content security policy allows nothing
/// else), gets no Java object, opens no pop-up and navigates nowhere: a click on an `http(s)` link opens the
/// system browser, a click on a note link opens that note, a tag chip of the header filters by its tag, a link to an
/// attachment opens it with the system's application, anything else does nothing, and the note stays shown.
public final class NoteView {

    static final String NOTE_SCHEME = "note:";
    static final String TAG_SCHEME = "tag:";
    static final String ATTACHMENT_SCHEME = "attachment:";

    /// What the clicked links ask for.
    public interface Links {
        /// An `http(s)` address the user clicked.
        void web(String address);

        /// The id of a note link.
        void note(String id);

        /// The tag of a tag chip.
        default void tag(String tag) {}

        /// The name of a file of the library's attachments.
        default void attachment(String name) {}
    }

    private final WebView view = new WebView();
    private final Links links;
    private String page = "";
    private double scrollFraction = -1;
    private Runnable loaded = () -> {};
    /// Find in the page, through the page's own find script (see `markdown.PageAssets#FIND`).
    private final FindViewModel.Target find = new FindViewModel.Target() {
        @Override
        public int highlight(String query) {
            return call("run(" + jsString(query) + ")") instanceof Number count ? count.intValue() : 0;
        }

        @Override
        public void select(int index) {
            call("go(" + index + ")");
        }

        @Override
        public void clear() {
            call("clear()");
        }
    };

    /// `openInBrowser` gets `http(s)` addresses the user clicked, `openNote` the id of a note link.
    public NoteView(ObservableValue<String> html, Consumer<String> openInBrowser, Consumer<String> openNote) {
        this(html, new Links() {
            @Override
            public void web(String address) {
                openInBrowser.accept(address);
            }

            @Override
            public void note(String id) {
                openNote.accept(id);
            }
        });
    }

    public NoteView(ObservableValue<String> html, Links links) {
        this.links = links;
        view.setId("noteView");
        view.setContextMenuEnabled(false);
        var engine = view.getEngine();
        engine.setCreatePopupHandler(features -> null);
        engine.setOnAlert(event -> {});
        engine.setConfirmHandler(message -> false);
        engine.setPromptHandler(data -> null);
        engine.locationProperty().addListener((property, before, after) -> intercept(after));
        engine.getLoadWorker().stateProperty().addListener((property, before, after) -> {
            if (after == State.SUCCEEDED && engine.getDocument() instanceof EventTarget document) {
                document.addEventListener("click", this::clicked, true);
                applyScroll();
                loaded.run();
            }
        });
        html.subscribe(this::show);
    }

    /// A click on a link, caught on the Java side (the page gets no Java object): note and web links are handled
    /// here and the page does not navigate; links within the page (`#…`) scroll as usual.
    private void clicked(Event event) {
        for (var node = event.getTarget() instanceof Node target ? target : null;
                node != null;
                node = node.getParentNode()) {
            if (node instanceof Element element && "a".equalsIgnoreCase(element.getTagName())) {
                var href = element.getAttribute("href");
                if (href == null || href.startsWith("#")) {
                    return;
                }
                event.preventDefault();
                follow(href);
                return;
            }
        }
    }

    private void follow(String href) {
        if (href.startsWith(NOTE_SCHEME)) {
            links.note(href.substring(NOTE_SCHEME.length()));
        } else if (href.startsWith("https://") || href.startsWith("http://")) {
            links.web(href);
        } else if (href.startsWith(TAG_SCHEME)) {
            links.tag(decode(href.substring(TAG_SCHEME.length())));
        } else if (href.startsWith(ATTACHMENT_SCHEME)) {
            links.attachment(decode(href.substring(ATTACHMENT_SCHEME.length())));
        }
    }

    private static String decode(String text) {
        try {
            return URLDecoder.decode(text.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return text;
        }
    }

    private void show(String html) {
        page = html == null ? "" : html;
        view.getEngine().loadContent(page);
    }

    private void intercept(String location) {
        if (location == null || location.isEmpty() || location.equals("about:blank")) {
            return;
        }
        follow(location);
        Platform.runLater(() -> view.getEngine().loadContent(page));
    }

    /// Scrolls to a fraction of the page's height (0 = top, 1 = bottom) and keeps that place when the page is
    /// replaced (the live preview re-renders while the source scrolls); a negative fraction lets new pages start
    /// at the top.
    public void scrollTo(double fraction) {
        scrollFraction = fraction;
        applyScroll();
    }

    /// Scrolls the heading at `position` among the page's headings (0-based, in page order) to the top; the next
    /// page starts at the top again.
    public void scrollToHeading(int position) {
        scrollFraction = -1;
        try {
            view.getEngine()
                    .executeScript("(function(){var h=document.querySelectorAll('.note-body h1,.note-body h2,"
                            + ".note-body h3,.note-body h4,.note-body h5,.note-body h6')[" + position + "];"
                            + "if(h){h.scrollIntoView(true);}})()");
        } catch (RuntimeException e) {
            // a page still loading: nothing to scroll yet
        }
    }

    private void applyScroll() {
        if (scrollFraction < 0 || view.getEngine().getDocument() == null) {
            return;
        }
        double fraction = Math.clamp(scrollFraction, 0, 1);
        try {
            view.getEngine()
                    .executeScript("window.scrollTo(0," + fraction
                            + "*Math.max(0,document.documentElement.scrollHeight-window.innerHeight))");
        } catch (RuntimeException e) {
            // a page still loading has no scroll height yet; the load listener scrolls it when it is there
        }
    }

    /// Zooms the page (1 = 100 %).
    void zoom(double factor) {
        view.setZoom(factor);
    }

    /// Runs `action` whenever a page has loaded.
    void onLoaded(Runnable action) {
        loaded = action;
    }

    FindViewModel.Target findTarget() {
        return find;
    }

    private Object call(String function) {
        try {
            return view.getEngine().executeScript("window.papernotesFind ? papernotesFind." + function + " : 0");
        } catch (RuntimeException e) {
            // a page still loading: its load runs the search again
            return 0;
        }
    }

    /// A JavaScript string literal of any text: every character but ASCII letters and digits escaped.
    static String jsString(String text) {
        var out = new StringBuilder("'");
        text.chars().forEach(c -> {
            if (c < 128 && Character.isLetterOrDigit(c)) {
                out.append((char) c);
            } else {
                out.append(String.format("\\u%04x", c));
            }
        });
        return out.append('\'').toString();
    }

    public Parent root() {
        return view;
    }

    WebView webView() {
        return view;
    }
}
