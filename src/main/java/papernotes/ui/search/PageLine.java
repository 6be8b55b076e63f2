package papernotes.ui.search;

import papernotes.model.NoteFile;

/// A page of a note's PDF that a search matched, as its hit shows it: the file, the page (1 for the first) and the
/// line that says it (`fsgan.pdf, p. 2 — …<mark>zeppelinoid</mark>…`, HTML-escaped, matches in `<mark>`).
public record PageLine(NoteFile file, int page, String line) {}
