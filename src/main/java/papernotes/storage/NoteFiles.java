package papernotes.storage;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import papernotes.model.FileText;
import papernotes.model.NoteFile;
import papernotes.model.NoteId;

/// The files attached to notes (`note_files`, schema V010) and what their text is (`file_texts`, `file_pages`).
/// A stored file is one file in the attachments folder, however many notes list it.
public final class NoteFiles {

    private final Sql sql;

    NoteFiles(Sql sql) {
        this.sql = sql;
    }

    /// The files attached to the note, in the order they were attached.
    public List<NoteFile> of(NoteId id) {
        return sql.query(
                "SELECT stored, file_name, bytes FROM note_files WHERE note_id = ? ORDER BY position",
                r -> new NoteFile(r.getString(1), r.getString(2), r.getLong(3)),
                id.value());
    }

    /// Every note's files, by note id (notes in the trash included).
    public Map<String, List<NoteFile>> all() {
        var result = new HashMap<String, List<NoteFile>>();
        sql.forEach(
                "SELECT note_id, stored, file_name, bytes FROM note_files ORDER BY note_id, position",
                r -> result.computeIfAbsent(r.getString(1), k -> new ArrayList<>())
                        .add(new NoteFile(r.getString(2), r.getString(3), r.getLong(4))));
        return result;
    }

    /// Lists `file` last among the note's files; a file the note lists already keeps its place. Returns whether
    /// the note had it already.
    public boolean add(NoteId id, NoteFile file) {
        if (sql.queryOne(
                        "SELECT 1 FROM note_files WHERE note_id = ? AND stored = ?",
                        r -> true,
                        id.value(),
                        file.stored())
                .isPresent()) {
            return true;
        }
        int next = sql.queryOne(
                        "SELECT ifnull(max(position) + 1, 0) FROM note_files WHERE note_id = ?",
                        r -> r.getInt(1),
                        id.value())
                .orElse(0);
        sql.update(
                "INSERT INTO note_files (note_id, position, stored, file_name, bytes) VALUES (?, ?, ?, ?, ?)",
                id.value(),
                next,
                file.stored(),
                file.fileName(),
                file.bytes());
        return false;
    }

    /// Replaces the note's list of files (an import, a restore).
    public void set(NoteId id, List<NoteFile> files) {
        sql.update("DELETE FROM note_files WHERE note_id = ?", id.value());
        files.forEach(file -> add(id, file));
    }

    /// Takes the file off the note's list; returns whether it was on it. The stored file stays (another note, a
    /// revision or the trash may still want it).
    public boolean remove(NoteId id, String stored) {
        return sql.update("DELETE FROM note_files WHERE note_id = ? AND stored = ?", id.value(), stored) > 0;
    }

    /// What reading the stored file's text gave, if it was read.
    public Optional<FileText> text(String stored) {
        return sql.queryOne(
                "SELECT state, pages, message FROM file_texts WHERE stored = ?",
                r -> new FileText(
                        FileText.State.valueOf(r.getString(1).toUpperCase(Locale.ROOT)), r.getInt(2), r.getString(3)),
                stored);
    }

    /// Keeps what reading the stored file gave, and its pages' text (page 1 first); replaces what was kept.
    public void keepText(String stored, FileText text, List<String> pages) {
        sql.update("DELETE FROM file_texts WHERE stored = ?", stored);
        sql.update(
                "INSERT INTO file_texts (stored, state, pages, message) VALUES (?, ?, ?, ?)",
                stored,
                text.state().name().toLowerCase(Locale.ROOT),
                text.pages(),
                text.message());
        for (int i = 0; i < pages.size(); i++) {
            sql.update("INSERT INTO file_pages (stored, page, text) VALUES (?, ?, ?)", stored, i + 1, pages.get(i));
        }
    }

    /// The text of the stored file's pages, page 1 first (empty when it has none or was not read).
    public List<String> pages(String stored) {
        return sql.query("SELECT text FROM file_pages WHERE stored = ? ORDER BY page", r -> r.getString(1), stored);
    }

    /// Stored files some note lists whose text has not been read yet.
    public List<String> unread() {
        return sql.query(
                "SELECT DISTINCT f.stored FROM note_files f WHERE NOT EXISTS "
                        + "(SELECT 1 FROM file_texts t WHERE t.stored = f.stored) ORDER BY f.stored",
                r -> r.getString(1));
    }
}
