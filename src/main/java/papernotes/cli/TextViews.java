package papernotes.cli;

import java.util.stream.Collectors;
import papernotes.model.NoteSummary;

/// One-line text forms for people reading a terminal.
final class TextViews {

    private TextViews() {}

    /// `k3v9x2mq  FSGAN  [Face Swap]  #face-swap #gan`
    static String summary(NoteSummary note) {
        var tags = note.tags().stream().map(t -> "#" + t).collect(Collectors.joining(" "));
        return note.id() + "  " + note.title() + "  [" + note.topic() + "]" + (tags.isEmpty() ? "" : "  " + tags);
    }
}
