package papernotes.web;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/// A service's answer: its status, the address that answered (after redirects), the content type and the body.
// An answer is read once by whoever asked; answers are never compared.
@SuppressWarnings("ArrayRecordComponent")
public record Answer(int status, URI from, Optional<String> contentType, byte[] body) {

    public boolean ok() {
        return status >= 200 && status < 300;
    }

    public String text() {
        return new String(body, StandardCharsets.UTF_8);
    }
}
