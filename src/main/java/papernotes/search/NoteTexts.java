package papernotes.search;

import java.util.List;
import java.util.Map;

/// Where snippets and matched labels are cut from: the texts of the notes with the given ids, read from the
/// library. The index keeps no copy of them; only a page's hits are asked for.
@FunctionalInterface
public interface NoteTexts {

    /// The texts of each note in `ids` that still exists; a note missing from the answer gets no snippet.
    Map<String, HitText> texts(List<String> ids);

    NoteTexts NONE = ids -> Map.of();
}
