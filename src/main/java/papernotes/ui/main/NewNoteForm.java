package papernotes.ui.main;

import java.util.List;
import java.util.Optional;
import papernotes.model.ArxivId;

/// What the new-note dialog collected, as typed.
record NewNoteForm(
        String title,
        String topic,
        String paper,
        String arxiv,
        String code,
        String year,
        String venue,
        List<String> tags) {

    NewNoteForm {
        tags = List.copyOf(tags);
    }

    /// The arXiv id in a pasted link or id (`https://arxiv.org/abs/2106.09685v2` → `2106.09685`).
    static Optional<String> arxivIn(String text) {
        return text == null || text.isBlank() ? Optional.empty() : ArxivId.parse(text);
    }
}
