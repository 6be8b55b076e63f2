package papernotes.service;

import java.util.List;
import java.util.Optional;
import papernotes.model.NoteFile;
import papernotes.model.NoteSummary;

/// A search as the user sees it: how many notes match, the best of them with snippets, how long it took, what the
/// query was expanded to, whether it was relaxed to "most words", and sentences about anything else worth saying.
public record SearchOutcome(
        String query,
        int total,
        long tookMs,
        List<String> expanded,
        boolean relaxed,
        List<String> notices,
        List<Hit> hits) {

    /// A note found, its score, up to two snippets of its text (HTML-escaped with `<mark>` around matches) and the
    /// labels (title, aliases, tags, topic names) the query matched. A note found only through its labels has no
    /// snippets: its labels say why it was found. A note found by its meaning alone (`similarMeaning`) follows the
    /// notes that match the words.
    /// `pages`: the pages of its attached files that have the words, best first.
    public record Hit(
            NoteSummary note,
            float score,
            List<String> snippets,
            List<Label> labels,
            boolean similarMeaning,
            List<Page> pages) {
        public Hit {
            snippets = List.copyOf(snippets);
            labels = List.copyOf(labels);
            pages = List.copyOf(pages);
        }

        public Hit(NoteSummary note, float score, List<String> snippets, List<Label> labels) {
            this(note, score, snippets, labels, false, List.of());
        }

        public Hit(NoteSummary note, float score, List<String> snippets, List<Label> labels, boolean similarMeaning) {
            this(note, score, snippets, labels, similarMeaning, List.of());
        }
    }

    /// A page of a note's attached file that has the words: the file (as the note lists it), the page (1 for the
    /// first) and a passage of it, HTML-escaped with `<mark>` around what matched.
    public record Page(NoteFile file, int page, String snippet) {}

    /// A label of a note that the query matched: HTML-escaped with `<mark>` around what matched, and, when the query
    /// spelled it in pinyin, that spelling (`huanlian` for `Disney高清<mark>换脸</mark>`).
    public record Label(Kind kind, String marked, Optional<String> spelled) {

        public enum Kind {
            TITLE,
            ALIAS,
            TAG,
            TOPIC
        }
    }

    public SearchOutcome {
        expanded = List.copyOf(expanded);
        notices = List.copyOf(notices);
        hits = List.copyOf(hits);
    }
}
