package papernotes.storage;

import java.util.List;
import java.util.Optional;
import papernotes.model.NoteId;

/// Notes as papers: their BibTeX keys (schema V006) and lookups by key, DOI and arXiv id. A key is unique ignoring
/// ASCII case; setting one changes neither the note's time nor its change number (keys are not shown or searched).
public final class PaperRepository {

    /// A note outside the trash that is about a paper (it has a paper link, an arXiv id, a DOI, a venue, the paper's
    /// title or its authors), with its key.
    public record Paper(NoteId id, Optional<String> citekey) {}

    private final Sql sql;

    PaperRepository(Sql sql) {
        this.sql = sql;
    }

    /// The notes outside the trash that are about a paper, oldest first (then by id).
    public List<Paper> papers() {
        return sql.query("""
                SELECT id, citekey FROM notes n WHERE trashed IS NULL
                AND (paper_url IS NOT NULL OR arxiv IS NOT NULL OR doi IS NOT NULL OR venue IS NOT NULL
                OR paper_title IS NOT NULL OR EXISTS (SELECT 1 FROM note_authors a WHERE a.note_id = n.id))
                ORDER BY created, id""", r -> new Paper(new NoteId(r.getString(1)), Optional.ofNullable(r.getString(2))));
    }

    /// Whether some note (in the trash or not) has the key `citekey`, ignoring ASCII case.
    public boolean isTaken(String citekey) {
        return withCitekey(citekey).isPresent();
    }

    /// The note (in the trash or not) with the key `citekey`, ignoring ASCII case.
    public Optional<NoteId> withCitekey(String citekey) {
        return sql.queryOne(
                "SELECT id FROM notes WHERE citekey = ? COLLATE NOCASE", r -> new NoteId(r.getString(1)), citekey);
    }

    public Optional<String> citekeyOf(NoteId id) {
        return sql.queryOne(
                        "SELECT citekey FROM notes WHERE id = ?", r -> Optional.ofNullable(r.getString(1)), id.value())
                .flatMap(key -> key);
    }

    /// The notes outside the trash with the DOI `doi`, ignoring ASCII case (DOIs are case-insensitive), by id.
    public List<NoteId> withDoi(String doi) {
        return sql.query(
                "SELECT id FROM notes WHERE trashed IS NULL AND doi = ? COLLATE NOCASE ORDER BY id",
                r -> new NoteId(r.getString(1)),
                doi);
    }

    /// The notes outside the trash with the (normalized) arXiv id `arxiv`, by id.
    public List<NoteId> withArxiv(String arxiv) {
        return sql.query(
                "SELECT id FROM notes WHERE trashed IS NULL AND arxiv = ? ORDER BY id",
                r -> new NoteId(r.getString(1)),
                arxiv);
    }

    /// Gives a note its key.
    public void assign(NoteId id, String citekey) {
        sql.update("UPDATE notes SET citekey = ? WHERE id = ?", citekey, id.value());
    }
}
