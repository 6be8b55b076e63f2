package papernotes.pdf;

import java.io.IOException;

/// A PDF that asks for more than [PdfLimits] allows; the message is the rest of a sentence that starts with the
/// file's name ("holds more than 64,000,000 characters of text…").
final class LimitExceeded extends IOException {

    LimitExceeded(String rest) {
        super(rest);
    }
}
