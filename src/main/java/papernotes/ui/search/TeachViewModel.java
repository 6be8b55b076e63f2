package papernotes.ui.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import papernotes.model.Failures;
import papernotes.model.PaperNotesException;
import papernotes.service.GlossaryService;
import papernotes.ui.Messages;

/// Teaching a translation from a search ("朗之万 means Langevin"): offers the words of the query, keeps the pair in
/// the user's glossary, runs the search again at once (the new pair is used without reindexing) and says what was
/// learned in the status bar. A pair the library refuses keeps the dialog open with the reason.
public final class TeachViewModel {

    /// A field filter with a quoted value (`topic:"Face Swap"`), a quoted phrase, or a run of anything but spaces.
    private static final Pattern TOKEN = Pattern.compile("([A-Za-z]+:)\"[^\"]*\"?|\"([^\"]*)\"?|(\\S+)");
    private static final Set<String> OPERATORS = Set.of("OR", "AND", "NOT", "||", "&&");
    private static final Set<String> FIELDS = Set.of("topic", "tag", "title");

    private final StringProperty term = new SimpleStringProperty("");
    private final StringProperty meaning = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper canTeach = new ReadOnlyBooleanWrapper();
    private List<String> suggestions = List.of();

    private final GlossaryService glossary;
    private final SearchViewModel search;
    private final Consumer<String> say;
    private final Messages messages;

    /// `say` puts a sentence in the status bar.
    public TeachViewModel(GlossaryService glossary, SearchViewModel search, Consumer<String> say, Messages messages) {
        this.glossary = glossary;
        this.search = search;
        this.say = say;
        this.messages = messages;
        canTeach.bind(Bindings.createBooleanBinding(
                () -> !term.get().isBlank() && !meaning.get().isBlank(), term, meaning));
        term.addListener((property, before, after) -> problem.set(""));
        meaning.addListener((property, before, after) -> problem.set(""));
    }

    /// The words a query searches for, in order, without its syntax (operators, excluded words, field filters,
    /// brackets, `*`); a quoted phrase is one. When the query is several plain words, the whole of them comes last.
    static List<String> words(String query) {
        var words = new ArrayList<String>();
        boolean plain = true;
        var matcher = TOKEN.matcher(query == null ? "" : query);
        while (matcher.find()) {
            if (matcher.group(1) != null) {
                plain = false;
                continue;
            }
            boolean filter = matcher.group(3) != null && isFilter(matcher.group(3));
            boolean quoted = matcher.group(2) != null;
            var word = quoted
                    ? matcher.group(2).strip()
                    : matcher.group(3).replaceAll("^[(]+|[)]+$", "").replaceAll("\\*+$", "");
            boolean syntax = filter || (!quoted && (word.startsWith("-") || OPERATORS.contains(word)));
            plain = plain && !syntax && !quoted && word.equals(matcher.group(3));
            if (!syntax && !word.isBlank() && !words.contains(word)) {
                words.add(word);
            }
        }
        if (plain && words.size() > 1) {
            words.add(String.join(" ", words));
        }
        return List.copyOf(words);
    }

    private static boolean isFilter(String token) {
        int colon = token.indexOf(':');
        return colon > 0 && FIELDS.contains(token.substring(0, colon).toLowerCase(Locale.ROOT));
    }

    /// Starts over for the query now searched: its first word chosen, nothing said yet about what it means.
    public void start() {
        suggestions = words(search.queryProperty().get());
        term.set(suggestions.isEmpty() ? "" : suggestions.getFirst());
        meaning.set("");
        problem.set("");
    }

    /// The words of the query, to choose the one to teach from.
    public List<String> suggestions() {
        return suggestions;
    }

    public StringProperty termProperty() {
        return term;
    }

    public StringProperty meaningProperty() {
        return meaning;
    }

    /// Whether there is a word and something it means (OK is offered).
    public ReadOnlyBooleanProperty canTeachProperty() {
        return canTeach.getReadOnlyProperty();
    }

    /// Why the pair was refused, in the window's language where known; empty otherwise.
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    /// Keeps the pair, runs the search again and says so; returns false (with [#problemProperty]) when refused.
    public boolean teach() {
        if (!canTeach.get()) {
            return false;
        }
        var word = term.get().strip();
        var means = meaning.get().strip();
        try {
            var taught = glossary.teach(word, means);
            say.accept(
                    taught.known()
                            ? messages.format("teach.known", word, means)
                            : messages.format("teach.learned", word, means));
        } catch (PaperNotesException e) {
            problem.set(localized(Failures.message(e), word, means));
            return false;
        }
        search.refresh();
        return true;
    }

    private String localized(String sentence, String word, String means) {
        if (sentence.contains("are the same term")) {
            return messages.format("teach.same", word, means);
        } else if (sentence.startsWith("Your glossary could not be read")) {
            return messages.format(
                    "teach.unreadable",
                    sentence.substring(sentence.indexOf(':') + 1).strip());
        }
        return sentence;
    }
}
