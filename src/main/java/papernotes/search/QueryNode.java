package papernotes.search;

import java.util.List;

/// The parsed form of what a user typed in the search field.
sealed interface QueryNode {

    /// A word as typed: an English word or identifier, a run of Chinese, or both glued (`stylegan2提取`).
    /// `prefix` when it ended with `*`.
    record Word(String text, boolean prefix) implements QueryNode {}

    /// `"exact phrase"`.
    record Phrase(String text) implements QueryNode {}

    /// `topic:…`, `tag:…`, `title:…`.
    record Scoped(Scope scope, QueryNode value) implements QueryNode {}

    /// `-word`: notes that match are left out.
    record Not(QueryNode node) implements QueryNode {}

    /// Words side by side: all must match.
    record All(List<QueryNode> nodes) implements QueryNode {
        public All {
            nodes = List.copyOf(nodes);
        }
    }

    /// `a OR b`.
    record Any(List<QueryNode> nodes) implements QueryNode {
        public Any {
            nodes = List.copyOf(nodes);
        }
    }

    enum Scope {
        TOPIC,
        TAG,
        TITLE
    }
}
