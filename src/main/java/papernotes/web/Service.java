package papernotes.web;

import java.net.URI;
import java.time.Duration;

/// A service PaperNotes asks, as the user names it in messages (`arXiv`), where it answers, and the least time
/// between two requests that its etiquette asks for (arXiv: one request every 3 seconds).
public record Service(String name, URI address, Duration spacing) {

    public Service {
        if (name.isBlank()) {
            throw new IllegalArgumentException("A service needs a name");
        }
        if (spacing.isNegative()) {
            throw new IllegalArgumentException("Spacing cannot be negative");
        }
    }
}
