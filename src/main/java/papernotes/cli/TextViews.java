package papernotes.cli;

import java.util.ArrayList;
import java.util.stream.Collectors;
import papernotes.model.NoteSummary;
import papernotes.model.Reading;
import papernotes.model.ReadingPriority;
import papernotes.model.ReadingStatus;

/// One-line text forms for people reading a terminal.
final class TextViews {

    private TextViews() {}

    /// `k3v9x2mq  FSGAN  [Face Swap]  #face-swap #gan  (to-read, priority 1)`
    static String summary(NoteSummary note) {
        var tags = note.tags().stream().map(t -> "#" + t).collect(Collectors.joining(" "));
        var reading = reading(note.reading());
        return note.id() + "  " + note.title() + "  [" + note.topic() + "]" + (tags.isEmpty() ? "" : "  " + tags)
                + (reading.isEmpty() ? "" : "  (" + reading + ")");
    }

    /// `to-read, priority 1`, `read`, `priority 2`, or empty for a note without either.
    static String reading(Reading reading) {
        var parts = new ArrayList<String>();
        reading.status().map(ReadingStatus::key).ifPresent(parts::add);
        reading.priority().map(ReadingPriority::level).ifPresent(level -> parts.add("priority " + level));
        return String.join(", ", parts);
    }
}
