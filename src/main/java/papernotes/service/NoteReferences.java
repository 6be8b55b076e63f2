package papernotes.service;

import java.util.List;
import java.util.Locale;
import papernotes.model.InvalidInputException;
import papernotes.model.NoteId;
import papernotes.storage.StoreSession;

/// How a person names a note on the command line: its id, the start of its id (4 characters or more), or its title
/// or alias (ignoring case); an ambiguous name is refused, saying which notes it could mean.
final class NoteReferences {

    private NoteReferences() {}

    static NoteId resolve(StoreSession session, String ref) {
        var names = session.noteNames();
        if (NoteId.isWellFormed(ref) && session.notes().exists(new NoteId(ref))) {
            return new NoteId(ref);
        }
        var byTitle = names.withTitle(ref);
        if (byTitle.size() == 1) {
            return byTitle.getFirst();
        }
        if (byTitle.size() > 1) {
            throw new InvalidInputException(
                    "Several notes are called '" + ref + "' (" + join(byTitle) + "); name one by its id.");
        }
        var lower = ref.toLowerCase(Locale.ROOT);
        if (lower.length() >= 4 && lower.length() < NoteId.LENGTH && lower.matches("[0-9a-z]+")) {
            var byPrefix = names.withIdPrefix(lower);
            if (byPrefix.size() == 1) {
                return byPrefix.getFirst();
            }
            if (byPrefix.size() > 1) {
                throw new InvalidInputException(
                        "Several note ids start with '" + ref + "' (" + join(byPrefix) + "); give more of the id.");
            }
        }
        throw new NoteNotFoundException("There is no note with the id or title '" + ref + "'.");
    }

    private static String join(List<NoteId> ids) {
        return String.join(", ", ids.stream().map(NoteId::value).toList());
    }
}
