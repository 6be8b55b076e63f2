package papernotes.git;

import java.time.Instant;
import java.util.Objects;

/// Who made a commit and when: the name and e-mail address git records, and the moment (kept in UTC).
public record Author(String name, String email, Instant when) {

    public Author {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(email, "email");
        Objects.requireNonNull(when, "when");
    }
}
