package papernotes.search;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import papernotes.bench.search.CorpusGenerator;
import papernotes.bench.search.CorpusNote;
import papernotes.markdown.MarkdownText;
import papernotes.model.GlossaryEntry;
import papernotes.model.TopicPath;
import papernotes.service.GlossarySource;

/// The text the analyzer benchmarks read: generated paper notes ([CorpusGenerator], the shipped glossary), as the
/// index sees them ([IndexedNote]: Markdown stripped), until their titles and plain-text bodies hold
/// [#TARGET_BYTES] of UTF-8. The same seed gives the same notes in every JVM, so the benchmark forks and the
/// report that turns operations per second into MB/s agree on the size.
record AnalyzerCorpus(List<IndexedNote> notes, long bytes) {

    static final long SEED = 100_000L;
    static final long TARGET_BYTES = 10_000_000L;

    /// The shipped glossary (no user file: the folder does not exist).
    static List<GlossaryEntry> glossary() {
        return new GlossarySource(Path.of("no-such-papernotes-data-folder"))
                .load()
                .entries();
    }

    /// Notes 0, 1, 2 … of the corpus until their title and body text reach [#TARGET_BYTES].
    static AnalyzerCorpus generate(List<GlossaryEntry> glossary) {
        var generator = new CorpusGenerator(SEED, glossary);
        var markdown = new MarkdownText();
        var notes = new ArrayList<IndexedNote>();
        long bytes = 0;
        for (int i = 0; bytes < TARGET_BYTES; i++) {
            var note = indexed(generator.note(i), markdown);
            notes.add(note);
            bytes += utf8(note.title()) + utf8(note.text());
        }
        return new AnalyzerCorpus(List.copyOf(notes), bytes);
    }

    double megabytes() {
        return bytes / 1e6;
    }

    /// What the service hands the index for a note (as `IndexedNotes` builds it; generated notes have no aliases,
    /// no Chinese topic names and no paper links).
    static IndexedNote indexed(CorpusNote note, MarkdownText markdown) {
        var names = new ArrayList<String>();
        var paths = new ArrayList<String>();
        for (Optional<TopicPath> at = Optional.of(note.topic());
                at.isPresent();
                at = at.get().parent()) {
            paths.add(at.get().toString());
            names.add(at.get().name());
        }
        return new IndexedNote(
                note.id().value(),
                note.title(),
                List.of(),
                note.tags(),
                names,
                paths,
                markdown.headings(note.body()),
                markdown.plainText(note.body()),
                "",
                note.updated().toEpochMilli());
    }

    private static long utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8).length;
    }
}
