package papernotes.service;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import papernotes.model.InvalidInputException;
import papernotes.model.Labels;
import papernotes.model.NoteId;
import papernotes.model.TagCount;
import papernotes.storage.LibraryStore;

/// The tags in use, and renaming and merging them across the library.
///
/// Renaming or merging tags is not an edit of the notes that carry them, just as Obsidian treats it: the notes'
/// `updated` times stay, and no revision is kept (a revision records what the note's author saved). The notes are
/// stamped with a new change number and announced to the search index, since their tags show differently. Notes in
/// the trash are changed too, so a note restored later carries the new tag. Each note keeps its tag order: the new
/// tag takes the place of the first tag it replaces, and a note never carries a tag twice. Tags no note carries
/// any more are removed.
public final class TagService {

    private final LibraryStore store;
    private final Announcer announcer;

    public TagService(LibraryStore store, ChangeListener listener) {
        this.store = store;
        this.announcer = new Announcer(listener);
    }

    public TagService(LibraryStore store) {
        this(store, ChangeListener.NONE);
    }

    /// Tags on notes outside the trash, most used first.
    public List<TagCount> list() {
        return store.read(session -> session.tags().counts());
    }

    /// Renames the tag `from` to `to` on every note that carries it. When another tag is already called `to`
    /// (ignoring case), the two become one: a merge. Changing only the case (`gan` → `GAN`) respells the tag.
    /// Returns the number of notes whose tags changed.
    public int rename(String from, String to) {
        return merge(List.of(from), to);
    }

    /// Replaces each of `sources` by `target` on every note that carries it; `target` may be new, an existing tag
    /// or one of `sources`, and ends up spelled as given. Returns the number of notes whose tags changed.
    public int merge(List<String> sources, String target) {
        var into = Labels.tag(target);
        var from = Labels.tags(sources);
        if (from.isEmpty()) {
            throw new InvalidInputException("Name at least one tag to merge.");
        }
        var replaced = new HashSet<String>();
        from.forEach(tag -> replaced.add(tag.toLowerCase(Locale.ROOT)));
        replaced.add(into.toLowerCase(Locale.ROOT));
        var changed = store.write(session -> {
            var tags = session.tags();
            for (String tag : from) {
                if (tags.find(tag).isEmpty()) {
                    throw new InvalidInputException("There is no tag '" + tag + "'.");
                }
            }
            var names = new ArrayList<>(from);
            names.add(into);
            var carriers = tags.carrying(names);
            tags.respell(into);
            var ids = new ArrayList<NoteId>();
            carriers.forEach((id, before) -> {
                var after = replace(before, replaced, into);
                if (!after.equals(before)) {
                    tags.set(id, after);
                    ids.add(id);
                }
            });
            session.changes().stamp(ids);
            return ids;
        });
        announcer.notes(changed);
        return changed.size();
    }

    /// `tags` with every tag in `replaced` (lower case) turned into `into`, in place of the first of them.
    static List<String> replace(List<String> tags, Set<String> replaced, String into) {
        var result = new ArrayList<String>();
        boolean placed = false;
        for (String tag : tags) {
            if (replaced.contains(tag.toLowerCase(Locale.ROOT))) {
                if (!placed) {
                    result.add(into);
                    placed = true;
                }
            } else {
                result.add(tag);
            }
        }
        return Labels.tags(result);
    }
}
