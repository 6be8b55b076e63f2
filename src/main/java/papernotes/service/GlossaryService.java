package papernotes.service;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import papernotes.model.GlossaryEntry;
import papernotes.model.InvalidInputException;
import papernotes.search.Glossary;
import papernotes.search.analysis.CharFolding;

/// Term pairs the user teaches ("朗之万 means Langevin"), kept in the user's `glossary.yaml` in the data folder and
/// used from the next search on, without reindexing. A term that already belongs to an entry in force (built in or
/// the user's) brings its entry along: the pair joins it, and since a user entry that shares a term with a built-in
/// entry replaces it, the entry written carries every term of the built-in one. Nothing else of the glossary in
/// force changes. Terms are the same term however written (case, width, Traditional or Simplified, `-` or spaces).
public final class GlossaryService {

    /// The longest term taught, in characters.
    static final int MAX_TERM = 100;
    static final String TAUGHT_TOPIC = "general";

    /// What teaching a pair did: the entry that now holds both terms; `known` when it held them already (nothing
    /// was written).
    public record Taught(GlossaryEntry entry, boolean known) {}

    /// What forgetting a term did: the user's entry without it, or empty when the entry went with it.
    public record Forgotten(String term, Optional<GlossaryEntry> remaining) {}

    private final GlossarySource source;
    /// Made at first use: folding reads its table.
    private @Nullable Glossary keys;

    public GlossaryService(GlossarySource source) {
        this.source = source;
    }

    /// Teaches that `term` means `meaning` (either may be the Chinese one). Throws [InvalidInputException] for a
    /// blank term, the same term twice, a term of several lines or over [#MAX_TERM] characters, or a user file that
    /// cannot be read; the file is then left as it was.
    public synchronized Taught teach(String term, String meaning) {
        var first = checked(term);
        var second = checked(meaning);
        if (key(first).equals(key(second))) {
            throw new InvalidInputException(
                    "\"" + first + "\" and \"" + second + "\" are the same term; say what it means in other words.");
        }
        var user = source.userEntries();
        var before = GlossarySource.merge(source.shipped(), user);
        var holding = new ArrayList<GlossaryEntry>();
        for (var wanted : List.of(first, second)) {
            before.stream()
                    .filter(entry -> holds(entry, wanted))
                    .findFirst()
                    .filter(entry -> !holding.contains(entry))
                    .ifPresent(holding::add);
        }
        if (holding.size() == 1 && holds(holding.getFirst(), first) && holds(holding.getFirst(), second)) {
            return new Taught(holding.getFirst(), true);
        }
        var terms = new ArrayList<String>();
        holding.forEach(entry -> entry.terms().forEach(t -> add(terms, t)));
        add(terms, first);
        add(terms, second);
        var topics = holding.stream().map(GlossaryEntry::topic).distinct().toList();
        var joined = new GlossaryEntry(terms, topics.size() == 1 ? topics.getFirst() : TAUGHT_TOPIC);
        var next = new ArrayList<GlossaryEntry>();
        boolean placed = false;
        for (var entry : user) {
            if (holding.contains(entry)) {
                if (!placed) {
                    next.add(joined);
                    placed = true;
                }
            } else {
                next.add(entry);
            }
        }
        if (!placed) {
            next.add(joined);
        }
        keepWhole(before, holding, next);
        source.writeUserEntries(next);
        return new Taught(joined, false);
    }

    /// The user's own entries, as in their file (none when there is none).
    public List<GlossaryEntry> taught() {
        return source.userEntries();
    }

    /// The glossary in force: the built-in entries the user's do not replace, then the user's.
    public List<GlossaryEntry> inForce() {
        return GlossarySource.merge(source.shipped(), source.userEntries());
    }

    /// Takes `term` out of the user's entry that holds it; an entry left with one term goes, and so does one left
    /// with just the terms of a built-in entry (which then applies again).
    public synchronized Forgotten forget(String term) {
        var wanted = checked(term);
        var user = source.userEntries();
        var entry = user.stream()
                .filter(e -> holds(e, wanted))
                .findFirst()
                .orElseThrow(() -> new InvalidInputException("\"" + wanted + "\" is not among the terms you taught."));
        var rest =
                entry.terms().stream().filter(t -> !key(t).equals(key(wanted))).toList();
        var lower =
                new HashSet<>(rest.stream().map(t -> t.toLowerCase(Locale.ROOT)).toList());
        boolean builtIn = source.shipped().stream()
                .anyMatch(s -> lower.equals(new HashSet<>(
                        s.terms().stream().map(t -> t.toLowerCase(Locale.ROOT)).toList())));
        Optional<GlossaryEntry> remaining =
                rest.size() < 2 || builtIn ? Optional.empty() : Optional.of(new GlossaryEntry(rest, entry.topic()));
        var next = new ArrayList<GlossaryEntry>();
        for (var each : user) {
            if (each.equals(entry)) {
                remaining.ifPresent(next::add);
            } else {
                next.add(each);
            }
        }
        source.writeUserEntries(next);
        return new Forgotten(wanted, remaining);
    }

    /// A built-in entry that the entries `next` would replace without meaning to (it shares a term with one of
    /// them but is not one of the entries `joined`) is written as it is, so that it stays in force.
    static void keepWhole(List<GlossaryEntry> before, List<GlossaryEntry> joined, List<GlossaryEntry> next) {
        var others = before.stream()
                .filter(entry -> !joined.contains(entry) && !next.contains(entry))
                .toList();
        while (true) {
            var lowered = new HashSet<String>();
            next.forEach(entry -> entry.terms().forEach(t -> lowered.add(t.toLowerCase(Locale.ROOT))));
            var lost = others.stream()
                    .filter(entry -> !next.contains(entry)
                            && entry.terms().stream().anyMatch(t -> lowered.contains(t.toLowerCase(Locale.ROOT))))
                    .toList();
            if (lost.isEmpty()) {
                return;
            }
            next.addAll(lost);
        }
    }

    private boolean holds(GlossaryEntry entry, String term) {
        var wanted = key(term);
        return entry.terms().stream().anyMatch(t -> key(t).equals(wanted));
    }

    private void add(List<String> terms, String term) {
        var wanted = key(term);
        if (terms.stream().noneMatch(t -> key(t).equals(wanted))) {
            terms.add(term);
        }
    }

    private synchronized String key(String term) {
        if (keys == null) {
            keys = new Glossary(List.of(), CharFolding.load());
        }
        return keys.key(term);
    }

    private static String checked(String term) {
        var stripped = term.strip();
        if (stripped.isEmpty()) {
            throw new InvalidInputException("Say a term and what it means; neither may be empty.");
        }
        if (stripped.codePoints().anyMatch(c -> Character.isISOControl(c) || c == '\u2028' || c == '\u2029')) {
            throw new InvalidInputException("A term is one line of text, without line breaks or control characters.");
        }
        if (stripped.length() > MAX_TERM) {
            throw new InvalidInputException("A term is at most " + MAX_TERM + " characters long.");
        }
        return stripped;
    }
}
