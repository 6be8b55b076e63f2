package papernotes.service;

import java.time.Instant;
import papernotes.interchange.SyncNoteFile;
import papernotes.model.NoteConflict;
import papernotes.storage.SyncConflicts;

/// Conflicts as the library keeps them (the three versions as sync files) and as the service gives them.
final class SyncConflictRows {

    private SyncConflictRows() {}

    static SyncConflicts.Row row(NoteConflict conflict, Instant found) {
        var kept = conflict.kept()
                .getOrDefault(
                        NoteConflict.Field.BODY,
                        conflict.kept().values().iterator().next());
        return new SyncConflicts.Row(
                conflict.id(),
                conflict.fields().stream().map(Enum::name).toList(),
                kept == NoteConflict.Side.THEIRS ? "theirs" : "mine",
                conflict.base().map(SyncNoteFile::write),
                SyncNoteFile.write(conflict.mine()),
                SyncNoteFile.write(conflict.theirs()),
                found);
    }

    static SyncConflict conflict(SyncConflicts.Row row) {
        var source = "conflict of " + row.note().value();
        return new SyncConflict(
                row.note(),
                row.fields(),
                row.kept().equals("theirs") ? SyncConflict.Keep.THEIRS : SyncConflict.Keep.MINE,
                row.base().map(text -> SyncNoteFile.read(text, source)),
                SyncNoteFile.read(row.mine(), source),
                SyncNoteFile.read(row.theirs(), source));
    }
}
