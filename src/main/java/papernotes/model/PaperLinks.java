package papernotes.model;

import java.util.Optional;

/// Where the paper and its code live, when the note says.
public record PaperLinks(Optional<String> paper, Optional<String> code) {

    public static final PaperLinks NONE = new PaperLinks(Optional.empty(), Optional.empty());

    public PaperLinks {
        paper = clean(paper);
        code = clean(code);
    }

    private static Optional<String> clean(Optional<String> link) {
        var value = link.map(String::strip).filter(s -> !s.isEmpty());
        value.ifPresent(s -> {
            if (s.chars().anyMatch(c -> Character.isWhitespace(c) || Character.isISOControl(c))) {
                throw new InvalidInputException("The link '" + s + "' contains spaces or control characters.");
            }
        });
        return value;
    }

    public PaperLinks withPaper(Optional<String> newPaper) {
        return new PaperLinks(newPaper, code);
    }

    public PaperLinks withCode(Optional<String> newCode) {
        return new PaperLinks(paper, newCode);
    }
}
