-- Version 3: what the paper is, besides the links to it and its code: its arXiv id (normalized, without version,
-- as papernotes.model.ArxivId gives it), its DOI, the year it appeared and its venue. All optional.
ALTER TABLE notes ADD COLUMN arxiv TEXT CHECK (arxiv IS NULL OR length(trim(arxiv)) > 0);
ALTER TABLE notes ADD COLUMN doi TEXT CHECK (doi IS NULL OR length(trim(doi)) > 0);
ALTER TABLE notes ADD COLUMN year INTEGER CHECK (year IS NULL OR year BETWEEN 1900 AND 2100);
ALTER TABLE notes ADD COLUMN venue TEXT CHECK (venue IS NULL OR length(trim(venue)) > 0);
