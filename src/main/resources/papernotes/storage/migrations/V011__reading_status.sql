-- Version 11: a reading status and a priority for the paper a note is about (issue #21), each optional and apart
-- from the other: most notes are not papers waiting to be read (docs/decisions/0022-reading-status.md).
-- `reading` is 'to-read', 'reading' or 'read'; `priority` is 1 (high) to 3 (low).
ALTER TABLE notes ADD COLUMN reading TEXT CHECK (reading IS NULL OR reading IN ('to-read', 'reading', 'read'));
ALTER TABLE notes ADD COLUMN priority INTEGER CHECK (priority IS NULL OR priority BETWEEN 1 AND 3);
-- the note list reads the status and priority of every live note: the covering index of V007 gains them, so that
-- the list still reads the index alone rather than every note's row
DROP INDEX IF EXISTS notes_listing;
CREATE INDEX notes_listing ON notes (title COLLATE NOCASE, id, topic_id, created, updated, trashed, reading, priority) WHERE trashed IS NULL;
