package papernotes.model;

/// The orders a list of notes can be given besides the library's own (topic tree, then title).
public enum NoteOrder {
    /// By topic as the tree has them, then by title.
    TOPIC,
    /// By title, ignoring case.
    TITLE,
    /// The latest changed first.
    UPDATED,
    /// The latest created first.
    CREATED,
    /// High priority first, then by reading status (to read, reading, read) and title; notes without come last.
    PRIORITY
}
