-- Version 8: a note deleted for good leaves its id with a change number, so that a search index behind the library
-- (the process killed after the delete committed, before the index did) removes the note when it catches up: the
-- index catches up on notes stamped after its high-water mark, and a deleted note has no row left to be stamped.
-- Written so that it can run again over its own result.
CREATE TABLE IF NOT EXISTS purged_notes (
    id         TEXT PRIMARY KEY,
    change_seq INTEGER NOT NULL
);
CREATE INDEX IF NOT EXISTS purged_notes_change_seq ON purged_notes (change_seq);
