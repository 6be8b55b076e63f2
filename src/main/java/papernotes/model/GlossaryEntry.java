package papernotes.model;

import java.util.List;

/// Terms that mean the same thing (`换脸`, `face swap`, `faceswap`), in any language; a query with one of them
/// also finds the others. `topic` says which field of study the entry belongs to (`general` when several).
public record GlossaryEntry(List<String> terms, String topic) {

    public GlossaryEntry {
        terms = List.copyOf(terms);
        if (terms.size() < 2) {
            throw new InvalidInputException("A glossary entry needs at least two terms: " + terms + ".");
        }
    }
}
