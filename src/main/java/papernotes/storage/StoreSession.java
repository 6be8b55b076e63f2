package papernotes.storage;

import java.sql.Connection;
import java.util.List;

/// The repositories of one read or write of the library; all of them see and change the same transaction.
public final class StoreSession {

    private final Sql sql;
    private final TopicRepository topics;
    private final TagRepository tags;

    StoreSession(Connection connection) {
        this.sql = new Sql(connection);
        this.topics = new TopicRepository(sql);
        this.tags = new TagRepository(sql);
    }

    /// Notes a sync round left in conflict (schema 12).
    public SyncConflicts syncConflicts() {
        return new SyncConflicts(sql);
    }

    public NoteRepository notes() {
        return new NoteRepository(sql, topics, tags);
    }

    /// Lists of notes, as summaries.
    public NoteListing noteListing() {
        return new NoteListing(sql, topics, tags);
    }

    /// What notes are called: their titles, aliases and ids.
    public NoteNames noteNames() {
        return new NoteNames(sql);
    }

    /// The change numbers the search index catches up by.
    public ChangeSequence changes() {
        return new ChangeSequence(sql);
    }

    public TopicRepository topics() {
        return topics;
    }

    public TagRepository tags() {
        return tags;
    }

    public RevisionRepository revisions() {
        return new RevisionRepository(sql);
    }

    public LinkRepository links() {
        return new LinkRepository(sql);
    }

    /// The files attached to notes and their text.
    public NoteFiles files() {
        return new NoteFiles(sql);
    }

    public PaperRepository papers() {
        return new PaperRepository(sql);
    }

    public SnapshotRepository snapshots() {
        return new SnapshotRepository(sql, tags);
    }

    public MetaRepository meta() {
        return new MetaRepository(sql);
    }

    <T> List<T> query(String statement, Sql.RowMapper<T> mapper) {
        return sql.query(statement, mapper);
    }

    Sql sql() {
        return sql;
    }
}
