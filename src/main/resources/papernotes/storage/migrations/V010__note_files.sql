-- Version 10: files attached to notes (issue #21), PDFs first. A file is kept once in the attachments folder under a
-- name made of its content's digest (`3f2a….pdf`); a note lists the files attached to it, in order, with the name
-- each had when it was attached. The text of each stored file is read once (`file_texts`: whether it has text, how
-- many pages, or why it could not be read) and kept page by page, so that the search index can be rebuilt without
-- reading the PDFs again.
CREATE TABLE note_files (
    note_id   TEXT    NOT NULL REFERENCES notes (id) ON DELETE CASCADE,
    position  INTEGER NOT NULL,
    stored    TEXT    NOT NULL CHECK (length(stored) > 0),
    file_name TEXT    NOT NULL CHECK (length(trim(file_name)) > 0),
    bytes     INTEGER NOT NULL CHECK (bytes >= 0),
    PRIMARY KEY (note_id, stored)
) STRICT;
CREATE INDEX note_files_stored ON note_files (stored);
CREATE TABLE file_texts (
    stored  TEXT    PRIMARY KEY,
    state   TEXT    NOT NULL CHECK (state IN ('text', 'none', 'failed')),
    pages   INTEGER NOT NULL CHECK (pages >= 0),
    message TEXT    NOT NULL DEFAULT ''
) STRICT;
CREATE TABLE file_pages (
    stored TEXT    NOT NULL REFERENCES file_texts (stored) ON DELETE CASCADE,
    page   INTEGER NOT NULL CHECK (page >= 1),
    text   TEXT    NOT NULL,
    PRIMARY KEY (stored, page)
) STRICT, WITHOUT ROWID;
