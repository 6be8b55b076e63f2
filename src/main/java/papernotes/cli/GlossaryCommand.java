package papernotes.cli;

import java.util.List;
import papernotes.model.InvalidInputException;
import papernotes.service.Library;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(
        name = "glossary",
        description = {
            "Teach PaperNotes what a term means in the other language, for search.",
            "'glossary add 朗之万 Langevin': a search for either term now also finds the other (from the next search on,",
            "  without reindexing). A term already in the glossary brings its entry along: 'glossary add 换脸 swapface'.",
            "'glossary list': the entries you taught (your glossary.yaml in the library folder).",
            "'glossary remove TERM': forget a term you taught; an entry left with one term goes."
        })
final class GlossaryCommand extends LibraryCommand {

    @Parameters(index = "0", paramLabel = "ACTION", description = "add, list or remove.")
    String action;

    @Parameters(
            index = "1..*",
            arity = "0..*",
            paramLabel = "TERM",
            description = "add: the term and what it means; remove: the term. Quote a term of several words.")
    List<String> terms = List.of();

    @Option(names = "--json", description = "list: print one JSON array of {terms, topic}.")
    boolean json;

    @Override
    int run(Library library, Output output) {
        var glossary = library.glossary();
        switch (action) {
            case "add" -> {
                if (terms.size() != 2) {
                    throw new InvalidInputException("Say a term and what it means: papernotes glossary add 朗之万 Langevin"
                            + " (quote a term of several words).");
                }
                var taught = glossary.teach(terms.get(0), terms.get(1));
                var pair = terms.get(0).strip() + " = " + terms.get(1).strip();
                var entry = taught.entry().terms();
                output.line(
                        taught.known()
                                ? "Already known: " + pair + "."
                                : entry.size() == 2
                                        ? "Taught: " + pair + "."
                                        : "Taught: " + pair + " (with " + String.join(", ", entry) + ").");
            }
            case "list" -> {
                var entries = glossary.taught();
                if (json) {
                    output.json(entries.stream().map(JsonViews::glossaryEntry).toList());
                } else {
                    entries.forEach(
                            entry -> output.line(String.join(", ", entry.terms()) + "  (" + entry.topic() + ")"));
                }
            }
            case "remove" -> {
                if (terms.size() != 1) {
                    throw new InvalidInputException("Say the one term to forget: papernotes glossary remove Langevin"
                            + " (quote a term of several words).");
                }
                var forgotten = glossary.forget(terms.getFirst());
                output.line(forgotten
                        .remaining()
                        .map(entry -> "Forgot " + forgotten.term() + "; the entry keeps "
                                + String.join(", ", entry.terms()) + ".")
                        .orElse("Forgot " + forgotten.term() + " and its entry."));
            }
            default ->
                throw new InvalidInputException(
                        "Say what to do: 'glossary add TERM MEANING', 'glossary list' or 'glossary remove TERM'.");
        }
        return 0;
    }
}
