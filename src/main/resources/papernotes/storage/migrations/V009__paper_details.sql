-- Version 9: what a bibliographic service knows of the paper a note is about (issue #21): its full title as it
-- appeared (the note's own title may stay short, "FSGAN"), its abstract, and its authors in order. All optional.
ALTER TABLE notes ADD COLUMN paper_title TEXT CHECK (paper_title IS NULL OR length(trim(paper_title)) > 0);
ALTER TABLE notes ADD COLUMN abstract TEXT CHECK (abstract IS NULL OR length(trim(abstract)) > 0);
CREATE TABLE note_authors (
    note_id  TEXT    NOT NULL REFERENCES notes (id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    name     TEXT    NOT NULL CHECK (length(trim(name)) > 0),
    PRIMARY KEY (note_id, position)
) STRICT;
