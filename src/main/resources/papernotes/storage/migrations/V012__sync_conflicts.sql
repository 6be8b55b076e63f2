-- Version 12: notes a sync round found changed in the same places on both sides (issue #22,
-- docs/decisions/0023-sync-through-git.md). The note keeps one side; this row keeps both whole, and the common
-- ancestor when there was one, as sync files (the text of notes/<id>.md), until `resolve` settles it.
-- `fields` names what conflicted (BODY, TITLE…, comma-separated); `kept` says which side the note kept of the body
-- (or of the first field), 'mine' or 'theirs'. Local to this library: it does not travel, nor go into backups.
CREATE TABLE sync_conflicts (
    note_id TEXT PRIMARY KEY,
    fields TEXT NOT NULL,
    kept TEXT NOT NULL CHECK (kept IN ('mine', 'theirs')),
    base TEXT,
    mine TEXT NOT NULL,
    theirs TEXT NOT NULL,
    found TEXT NOT NULL
);
