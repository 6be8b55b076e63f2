package papernotes.ui.note;

import java.util.function.Consumer;
import papernotes.model.Note;
import papernotes.model.Theme;
import papernotes.service.LinkLabels;
import papernotes.service.RenderService;
import papernotes.ui.Background;
import papernotes.ui.Messages;

/// Renders the note view's page in the background. Only the latest rendering asked for is shown: one asked for
/// while another runs calls the other off, and an answer that comes late is dropped.
final class PageRendering {

    private final RenderService render;
    private final Background background;
    private final LinkLabels labels;
    private Background.Cancellable rendering = Background.Cancellable.DONE;
    private long ticket;

    PageRendering(RenderService render, Background background, Messages messages) {
        this.render = render;
        this.background = background;
        this.labels = new LinkLabels(
                messages.text("header.paper"),
                messages.text("header.code"),
                messages.text("header.arxiv"),
                messages.text("header.doi"),
                messages.text("header.abstract"));
    }

    /// Renders `note` in `theme`; `page` gets the HTML, `failed` the reason it could not be rendered.
    void render(Note note, Theme theme, Consumer<String> page, Consumer<String> failed) {
        long mine = ++ticket;
        rendering.cancel();
        rendering = background.submit(
                () -> render.note(note, theme, labels),
                html -> {
                    if (mine == ticket) {
                        page.accept(html);
                    }
                },
                e -> failed.accept(e.getMessage()));
    }
}
