package papernotes.ui.note;

import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import papernotes.model.ArxivId;
import papernotes.model.AuthorList;
import papernotes.model.Doi;
import papernotes.model.InvalidInputException;
import papernotes.model.NoteChanges;
import papernotes.model.PaperLinks;
import papernotes.model.PaperNotesException;

/// The paper's fields of a [Draft] as typed in the header: its links and ids, year and venue, its full title, its
/// authors (one line, separated by `;`) and its abstract. Each is compared with the saved value as the library would
/// store it, so a field the library would tidy back into the saved value is no change.
record PaperDraft(
        String paper,
        String code,
        String arxiv,
        String doi,
        String year,
        String venue,
        String paperTitle,
        String authors,
        String abstractText) {

    /// A draft of the links, ids, year and venue, with no full title, authors or abstract.
    static PaperDraft links(String paper, String code, String arxiv, String year, String venue) {
        return new PaperDraft(paper, code, arxiv, "", year, venue, "", "", "");
    }

    /// Adds to `changed` the fields whose stored value would change. A field that cannot be stored as typed counts
    /// as changed, so the draft is dirty and saving it says what is wrong.
    void mark(Set<Draft.Field> changed, PaperLinks saved) {
        mark(changed, Draft.Field.PAPER, saved.paper().orElse(""), paper::strip);
        mark(changed, Draft.Field.CODE, saved.code().orElse(""), code::strip);
        mark(
                changed,
                Draft.Field.ARXIV,
                saved.arxiv().orElse(""),
                () -> arxiv.isBlank()
                        ? ""
                        : ArxivId.parse(arxiv).orElseThrow(() -> new InvalidInputException("not an arXiv id")));
        mark(
                changed,
                Draft.Field.DOI,
                saved.doi().orElse(""),
                () -> doi.isBlank() ? "" : Doi.parse(doi).orElseThrow(() -> new InvalidInputException("not a DOI")));
        mark(changed, Draft.Field.YEAR, saved.year().map(String::valueOf).orElse(""), year::strip);
        mark(changed, Draft.Field.VENUE, saved.venue().orElse(""), venue::strip);
        mark(
                changed,
                Draft.Field.PAPER_TITLE,
                saved.paperTitle().orElse(""),
                () -> PaperLinks.NONE
                        .withPaperTitle(Optional.of(paperTitle))
                        .paperTitle()
                        .orElse(""));
        mark(
                changed,
                Draft.Field.AUTHORS,
                AuthorList.text(saved.authors()),
                () -> AuthorList.text(AuthorList.parse(authors)));
        mark(
                changed,
                Draft.Field.ABSTRACT,
                saved.abstractText().orElse(""),
                () -> PaperLinks.NONE
                        .withAbstract(Optional.of(abstractText))
                        .abstractText()
                        .orElse(""));
    }

    /// `changes` with the fields in `changed` set as typed (the library tidies them the same way).
    NoteChanges apply(Set<Draft.Field> changed, NoteChanges changes) {
        var result = changes;
        if (changed.contains(Draft.Field.PAPER)) {
            result = result.withPaper(paper);
        }
        if (changed.contains(Draft.Field.CODE)) {
            result = result.withCode(code);
        }
        if (changed.contains(Draft.Field.ARXIV)) {
            result = result.withArxiv(arxiv);
        }
        if (changed.contains(Draft.Field.DOI)) {
            result = result.withDoi(doi);
        }
        if (changed.contains(Draft.Field.YEAR)) {
            result = result.withYear(year);
        }
        if (changed.contains(Draft.Field.VENUE)) {
            result = result.withVenue(venue);
        }
        if (changed.contains(Draft.Field.PAPER_TITLE)) {
            result = result.withPaperTitle(paperTitle);
        }
        if (changed.contains(Draft.Field.AUTHORS)) {
            result = result.withAuthors(AuthorList.parse(authors));
        }
        if (changed.contains(Draft.Field.ABSTRACT)) {
            result = result.withAbstract(abstractText);
        }
        return result;
    }

    private static void mark(Set<Draft.Field> changed, Draft.Field field, String stored, Supplier<String> typed) {
        if (!stored.equals(tidy(typed))) {
            changed.add(field);
        }
    }

    /// The tidied value, or a value no note has when the field cannot be saved as it is.
    private static String tidy(Supplier<String> value) {
        try {
            return value.get();
        } catch (PaperNotesException e) {
            return "\0not a saved value";
        }
    }
}
