package papernotes.ui.main;

import java.util.Optional;
import java.util.regex.Pattern;

/// What the new-note dialog collected, as typed.
record NewNoteForm(String title, String topic, String paper, String arxiv, String code, String year, String venue) {

    private static final Pattern ARXIV = Pattern.compile(
            "(?i)(?:arxiv\\.org/(?:abs|pdf)/|arxiv:)?((?:\\d{4}\\.\\d{4,5}|[a-z-]+(?:\\.[A-Z]{2})?/\\d{7}))(?:v\\d+)?(?:\\.pdf)?");

    /// The arXiv id in a pasted link or id (`https://arxiv.org/abs/2106.09685v2` → `2106.09685`).
    static Optional<String> arxivIn(String text) {
        if (text == null || !text.toLowerCase(java.util.Locale.ROOT).contains("arxiv")) {
            return Optional.empty();
        }
        var matcher = ARXIV.matcher(text);
        return matcher.find() ? Optional.of(matcher.group(1)) : Optional.empty();
    }
}
