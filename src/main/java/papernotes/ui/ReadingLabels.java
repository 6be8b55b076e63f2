package papernotes.ui;

import java.util.Optional;
import papernotes.model.Reading;
import papernotes.model.ReadingPriority;
import papernotes.model.ReadingStatus;

/// How the window writes a reading status and a priority: in words of its language (To read, 待读), as marks for
/// the list (`!!!` for a high priority, `!` for a low one) and as the style class that colours a status.
public final class ReadingLabels {

    private final Messages messages;

    public ReadingLabels(Messages messages) {
        this.messages = messages;
    }

    /// "To read", "Reading", "Read".
    public String status(ReadingStatus status) {
        return switch (status) {
            case TO_READ -> messages.text("reading.toRead");
            case READING -> messages.text("reading.reading");
            case READ -> messages.text("reading.read");
        };
    }

    /// A status, or "No status".
    public String status(Optional<ReadingStatus> status) {
        return status.map(this::status).orElseGet(() -> messages.text("reading.none"));
    }

    /// "High priority", "Medium priority", "Low priority".
    public String priority(ReadingPriority priority) {
        return switch (priority) {
            case HIGH -> messages.text("priority.high");
            case MEDIUM -> messages.text("priority.medium");
            case LOW -> messages.text("priority.low");
        };
    }

    /// A priority, or "No priority".
    public String priority(Optional<ReadingPriority> priority) {
        return priority.map(this::priority).orElseGet(() -> messages.text("priority.none"));
    }

    /// Both in words, for a tooltip ("To read, high priority"); empty for a note without either.
    public String describe(Reading reading) {
        if (reading.status().isPresent() && reading.priority().isPresent()) {
            return messages.format(
                    "reading.both",
                    status(reading.status().get()),
                    priority(reading.priority().get()));
        }
        return reading.status()
                .map(this::status)
                .or(() -> reading.priority().map(this::priority))
                .orElse("");
    }

    /// `!!!` for a high priority, `!!` for a medium one, `!` for a low one.
    public static String marks(ReadingPriority priority) {
        return "!".repeat(4 - priority.level());
    }

    /// The style class that colours a status (`reading-to-read`).
    public static String styleClass(ReadingStatus status) {
        return "reading-" + status.key();
    }
}
