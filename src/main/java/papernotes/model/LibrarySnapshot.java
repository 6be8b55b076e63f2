package papernotes.model;

import java.time.Instant;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/// Everything the library's database holds that is not derived from something else, row by row with the ids it
/// has there: its facts (`meta`), the topic tree, the notes (in the trash too) and their revisions. A JSON backup
/// is this plus the attachment files (the text read from attached PDFs is not part of it); what the bodies link to and
/// the change numbers are derived and not part of it.
public record LibrarySnapshot(
        Map<String, String> meta, List<TopicRow> topics, List<NoteRow> notes, List<RevisionRow> revisions) {

    public LibrarySnapshot {
        meta = Collections.unmodifiableMap(new TreeMap<>(meta));
        topics = List.copyOf(topics);
        notes = List.copyOf(notes);
        revisions = List.copyOf(revisions);
    }

    /// A topic as stored: `position` orders it among its siblings; `trashed` is set while it only files notes in
    /// the trash (docs/decisions/0003-library-schema.md, V004).
    public record TopicRow(
            long id,
            Optional<Long> parent,
            String name,
            String nameZh,
            String description,
            int position,
            Optional<Instant> trashed) {}

    /// A note as stored, filed in the topic with id `topic`, with its reading status and priority; `citekey` is its
    /// BibTeX key once it has one; `files` are the files attached to it, in order (their text is not kept: it is
    /// read again from the files).
    public record NoteRow(
            NoteId id,
            String title,
            long topic,
            List<String> tags,
            List<String> aliases,
            PaperLinks links,
            Reading reading,
            Optional<String> citekey,
            String body,
            Instant created,
            Instant updated,
            Optional<Instant> trashed,
            List<NoteFile> files) {

        public NoteRow {
            tags = List.copyOf(tags);
            aliases = List.copyOf(aliases);
            files = List.copyOf(files);
        }
    }

    /// A version of a note a save replaced: `topic` is the topic path as it was then (`A / B`).
    public record RevisionRow(
            NoteId note, int number, String title, String topic, List<String> tags, String body, Instant saved) {

        public RevisionRow {
            tags = List.copyOf(tags);
        }
    }

    public boolean isEmpty() {
        return topics.isEmpty() && notes.isEmpty();
    }
}
