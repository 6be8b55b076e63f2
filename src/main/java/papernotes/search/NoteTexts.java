package papernotes.search;

import java.util.List;
import java.util.Map;

/// Where snippets are cut from: the plain text (Markdown stripped, as [IndexedNote#text()]) of the notes with the
/// given ids, read from the library. The index keeps no copy of the text; only a page's hits are asked for.
@FunctionalInterface
public interface NoteTexts {

    /// The text of each note in `ids` that still exists; a note missing from the answer gets no snippet.
    Map<String, String> texts(List<String> ids);

    NoteTexts NONE = ids -> Map.of();
}
