-- Version 5: what each note links to, so that the notes linking to a note (its backlinks) are one indexed lookup
-- (docs/decisions/0007-connections-and-quick-switcher.md). A row is a target named in the note's body: `id` for
-- a link to a note id (`[text](note:k3v9x2mq)`), `name` for a `[[name]]` link, trimmed with ASCII letters in
-- lower case. Rows describe the body alone: they change when the body does, not when a note is trashed or
-- restored, and a note's names are matched against them when backlinks are asked for, so renaming a note needs
-- no rewrite here. SQL cannot read Markdown, so this script only creates the table: the application fills it for
-- the notes already in the library when it first opens it (meta 'links.format').
CREATE TABLE note_links (
    note_id TEXT NOT NULL REFERENCES notes (id) ON DELETE CASCADE,
    kind    TEXT NOT NULL CHECK (kind IN ('id', 'name')),
    target  TEXT NOT NULL CHECK (length(target) > 0),
    PRIMARY KEY (note_id, kind, target)
) STRICT, WITHOUT ROWID;
CREATE INDEX note_links_target ON note_links (kind, target);

-- `[[name]]` is looked up among titles (indexed since version 1) and aliases: index those too.
CREATE INDEX note_aliases_alias ON note_aliases (alias COLLATE NOCASE);
