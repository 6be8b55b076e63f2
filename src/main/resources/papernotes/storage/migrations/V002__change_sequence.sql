-- Version 2: a change sequence, so that the derived search index can tell how far behind the library it is.
-- Every write that changes what a note shows (create, edit, trash, restore) stamps the note with the next
-- number of the library-wide sequence kept in meta('change_seq'). The index records in its commit data the
-- highest number it has applied; at start it catches up on notes stamped with a higher one.
ALTER TABLE notes ADD COLUMN change_seq INTEGER NOT NULL DEFAULT 0;
CREATE INDEX notes_change_seq ON notes (change_seq);
INSERT INTO meta (key, value) VALUES ('change_seq', '0') ON CONFLICT (key) DO NOTHING;
