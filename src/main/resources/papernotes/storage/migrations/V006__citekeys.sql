-- Version 6: the BibTeX citation key of a paper note (docs/decisions/0010-backups-and-bibtex.md). A key is given to
-- a note the first time it is exported to BibTeX (lower-case first word of the title and the year, `gfpgan2021`,
-- with a, b, c… on clashes), or taken from the entry a note was imported from, and then kept, so that the key a
-- paper is cited by never changes however the library grows. Keys are unique ignoring ASCII case, as BibTeX tools
-- treat them. Keys are not shown and not searched, so setting one is not a change of the note (no change number).
ALTER TABLE notes ADD COLUMN citekey TEXT CHECK (citekey IS NULL OR length(citekey) BETWEEN 1 AND 100);
CREATE UNIQUE INDEX notes_citekey ON notes (citekey COLLATE NOCASE) WHERE citekey IS NOT NULL;
