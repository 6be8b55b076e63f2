package papernotes.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/// Reads the search syntax: plain words (all must match), `"exact phrase"`, `-exclude`, `OR`, `( … )`,
/// `topic:`, `tag:`, `title:` and `prefix*`. It never fails: an unbalanced quote runs to the end, an unbalanced
/// bracket is ignored, a lone operator is taken as nothing, control characters are spaces, and overlong input is
/// cut (saying so in [Parsed#notices]).
final class QuerySyntax {

    static final int MAX_CHARS = 256;
    static final int MAX_WORDS = 32;

    /// The parsed query (empty when nothing searchable was typed) and sentences for the user about what was done.
    record Parsed(Optional<QueryNode> root, List<String> notices) {}

    private enum Kind {
        WORD,
        PHRASE,
        OPEN,
        CLOSE,
        OR,
        MINUS_WORD,
        MINUS_PHRASE,
        MINUS_OPEN
    }

    private record Token(Kind kind, String text) {}

    private List<Token> tokens = List.of();
    private int position;
    private int words;
    private final List<String> notices = new ArrayList<>();

    Parsed parse(String input) {
        var text = input.codePoints()
                .map(c -> Character.isISOControl(c) || Character.getType(c) == Character.FORMAT ? ' ' : c)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
                .toString()
                .strip();
        if (text.length() > MAX_CHARS) {
            text = text.substring(0, MAX_CHARS);
            notices.add("The query was cut to its first " + MAX_CHARS + " characters.");
        }
        tokens = tokenize(text);
        position = 0;
        var nodes = new ArrayList<QueryNode>();
        while (position < tokens.size()) {
            parseOr().ifPresent(nodes::add);
            if (position < tokens.size() && tokens.get(position).kind() == Kind.CLOSE) {
                position++;
            }
        }
        if (words > MAX_WORDS) {
            notices.add("Only the first " + MAX_WORDS + " words of the query were searched.");
        }
        return new Parsed(combine(nodes, true), List.copyOf(notices));
    }

    private Optional<QueryNode> parseOr() {
        var alternatives = new ArrayList<QueryNode>();
        var current = new ArrayList<QueryNode>();
        while (position < tokens.size()) {
            var token = tokens.get(position);
            if (token.kind() == Kind.CLOSE) {
                break;
            }
            if (token.kind() == Kind.OR) {
                position++;
                combine(current, true).ifPresent(alternatives::add);
                current = new ArrayList<>();
                continue;
            }
            parseUnary().ifPresent(current::add);
        }
        combine(current, true).ifPresent(alternatives::add);
        return combine(alternatives, false);
    }

    private Optional<QueryNode> parseUnary() {
        var token = tokens.get(position++);
        return switch (token.kind()) {
            case WORD -> word(token.text());
            case PHRASE -> phrase(token.text());
            case OPEN -> group();
            case MINUS_WORD -> word(token.text()).map(QueryNode.Not::new);
            case MINUS_PHRASE -> phrase(token.text()).map(QueryNode.Not::new);
            case MINUS_OPEN -> group().map(QueryNode.Not::new);
            case OR, CLOSE -> Optional.empty();
        };
    }

    private Optional<QueryNode> group() {
        var inner = parseOr();
        if (position < tokens.size() && tokens.get(position).kind() == Kind.CLOSE) {
            position++;
        }
        return inner;
    }

    private Optional<QueryNode> phrase(String text) {
        var content = text.strip();
        if (content.isEmpty() || !hasSearchable(content) || ++words > MAX_WORDS) {
            return Optional.empty();
        }
        return Optional.of(new QueryNode.Phrase(content));
    }

    private Optional<QueryNode> word(String text) {
        int colon = text.indexOf(':');
        if (colon > 0) {
            var scope = switch (text.substring(0, colon).toLowerCase(Locale.ROOT)) {
                case "topic" -> Optional.of(QueryNode.Scope.TOPIC);
                case "tag" -> Optional.of(QueryNode.Scope.TAG);
                case "title" -> Optional.of(QueryNode.Scope.TITLE);
                default -> Optional.<QueryNode.Scope>empty();
            };
            if (scope.isPresent()) {
                var value = text.substring(colon + 1);
                if (value.startsWith("\"")) {
                    value = value.substring(1);
                    if (value.endsWith("\"")) {
                        value = value.substring(0, value.length() - 1);
                    }
                    return phrase(value).map(node -> new QueryNode.Scoped(scope.get(), node));
                }
                return word(value).map(node -> new QueryNode.Scoped(scope.get(), node));
            }
        }
        boolean prefix = text.endsWith("*");
        var stem = text.replaceAll("\\*+$", "");
        if (stem.isEmpty() || !hasSearchable(stem) || ++words > MAX_WORDS) {
            return Optional.empty();
        }
        return Optional.of(new QueryNode.Word(stem, prefix));
    }

    private static boolean hasSearchable(String text) {
        return text.codePoints().anyMatch(Character::isLetterOrDigit);
    }

    private static Optional<QueryNode> combine(List<QueryNode> nodes, boolean all) {
        if (nodes.isEmpty()) {
            return Optional.empty();
        }
        if (nodes.size() == 1) {
            return Optional.of(nodes.getFirst());
        }
        return Optional.of(all ? new QueryNode.All(nodes) : new QueryNode.Any(nodes));
    }

    /// Splits the input into words, quoted phrases, brackets and `OR`.
    private static List<Token> tokenize(String text) {
        var result = new ArrayList<Token>();
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (c == '(' || c == '（') {
                result.add(new Token(Kind.OPEN, "("));
                i++;
            } else if (c == ')' || c == '）') {
                result.add(new Token(Kind.CLOSE, ")"));
                i++;
            } else if (isQuote(c)) {
                int end = closingQuote(text, i + 1);
                result.add(new Token(Kind.PHRASE, text.substring(i + 1, Math.min(end, text.length()))));
                i = end + 1;
            } else if (c == '-'
                    && i + 1 < text.length()
                    && !Character.isWhitespace(text.charAt(i + 1))
                    && (i == 0 || Character.isWhitespace(text.charAt(i - 1)) || text.charAt(i - 1) == '(')) {
                char next = text.charAt(i + 1);
                if (isQuote(next)) {
                    int end = closingQuote(text, i + 2);
                    result.add(new Token(Kind.MINUS_PHRASE, text.substring(i + 2, Math.min(end, text.length()))));
                    i = end + 1;
                } else if (next == '(') {
                    result.add(new Token(Kind.MINUS_OPEN, "("));
                    i += 2;
                } else {
                    int end = wordEnd(text, i + 1);
                    result.add(new Token(Kind.MINUS_WORD, text.substring(i + 1, end)));
                    i = end;
                }
            } else {
                int end = wordEnd(text, i);
                var word = text.substring(i, end);
                result.add(new Token(word.equals("OR") || word.equals("|") ? Kind.OR : Kind.WORD, word));
                i = end;
            }
        }
        return result;
    }

    private static boolean isQuote(char c) {
        return c == '"' || c == '“' || c == '”' || c == '＂';
    }

    private static int closingQuote(String text, int from) {
        for (int i = from; i < text.length(); i++) {
            if (isQuote(text.charAt(i))) {
                return i;
            }
        }
        return text.length();
    }

    /// The end of a word: white space, a bracket, or a quote that does not follow `field:`.
    private static int wordEnd(String text, int from) {
        int i = from;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || c == '(' || c == ')' || c == '（' || c == '）') {
                break;
            }
            if (isQuote(c)) {
                if (i > from && text.charAt(i - 1) == ':') {
                    int end = closingQuote(text, i + 1);
                    i = Math.min(end + 1, text.length());
                    continue;
                }
                break;
            }
            i++;
        }
        return Math.max(i, from + 1);
    }
}
