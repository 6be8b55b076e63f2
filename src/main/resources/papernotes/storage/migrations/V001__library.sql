-- PaperNotes library schema, version 1. See docs/decisions/0003-library-schema.md.
-- Every table is STRICT: a value of the wrong type is an error, never silently stored.

-- Small facts about the library itself (when it was seeded, later the index high-water mark).
CREATE TABLE meta (
    key   TEXT NOT NULL PRIMARY KEY,
    value TEXT NOT NULL
) STRICT;

-- The topic tree. A top-level topic has no parent. Names are unique among siblings, ignoring ASCII case.
CREATE TABLE topics (
    id          INTEGER NOT NULL PRIMARY KEY,
    parent_id   INTEGER REFERENCES topics (id) ON DELETE RESTRICT,
    name        TEXT    NOT NULL CHECK (length(trim(name)) > 0 AND instr(name, '/') = 0),
    name_zh     TEXT    NOT NULL DEFAULT '',
    description TEXT    NOT NULL DEFAULT '',
    position    INTEGER NOT NULL DEFAULT 0
) STRICT;
CREATE UNIQUE INDEX topics_sibling_name ON topics (ifnull(parent_id, 0), name COLLATE NOCASE);

-- Notes. `trashed` is set when a note is in the trash (soft delete) and cleared when it is restored.
-- Times are UTC, ISO-8601 with milliseconds (2026-11-24T02:21:38.000Z), so they sort as text.
CREATE TABLE notes (
    id        TEXT    NOT NULL PRIMARY KEY CHECK (length(id) = 8),
    title     TEXT    NOT NULL CHECK (length(trim(title)) > 0),
    body      TEXT    NOT NULL DEFAULT '',
    topic_id  INTEGER NOT NULL REFERENCES topics (id) ON DELETE RESTRICT,
    paper_url TEXT,
    code_url  TEXT,
    created   TEXT    NOT NULL,
    updated   TEXT    NOT NULL CHECK (updated >= created),
    trashed   TEXT
) STRICT;
CREATE INDEX notes_topic ON notes (topic_id);
CREATE INDEX notes_title ON notes (title COLLATE NOCASE);

-- Other names of a note (the paper's full title, a short name), in order.
CREATE TABLE note_aliases (
    note_id  TEXT    NOT NULL REFERENCES notes (id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    alias    TEXT    NOT NULL CHECK (length(trim(alias)) > 0),
    PRIMARY KEY (note_id, position)
) STRICT;

-- Tags, unique ignoring ASCII case, and which notes carry them (in the note's order).
CREATE TABLE tags (
    id   INTEGER NOT NULL PRIMARY KEY,
    name TEXT    NOT NULL UNIQUE COLLATE NOCASE CHECK (length(trim(name)) > 0)
) STRICT;

CREATE TABLE note_tags (
    note_id  TEXT    NOT NULL REFERENCES notes (id) ON DELETE CASCADE,
    tag_id   INTEGER NOT NULL REFERENCES tags (id) ON DELETE RESTRICT,
    position INTEGER NOT NULL,
    PRIMARY KEY (note_id, tag_id)
) STRICT;
CREATE INDEX note_tags_tag ON note_tags (tag_id);

-- Every save keeps the version it replaces. `topic` is the topic path as it was (joined with ' / '),
-- `tags` the tags as they were (one per line), `saved` when that version had been saved.
CREATE TABLE revisions (
    note_id TEXT    NOT NULL REFERENCES notes (id) ON DELETE CASCADE,
    number  INTEGER NOT NULL CHECK (number > 0),
    title   TEXT    NOT NULL,
    topic   TEXT    NOT NULL,
    tags    TEXT    NOT NULL,
    body    TEXT    NOT NULL,
    saved   TEXT    NOT NULL,
    PRIMARY KEY (note_id, number)
) STRICT;
