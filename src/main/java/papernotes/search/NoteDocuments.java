package papernotes.search;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.KnnByteVectorField;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.util.BytesRef;
import papernotes.search.analysis.CharFolding;
import papernotes.search.analysis.NoteAnalyzers;
import papernotes.search.analysis.Pinyin;
import papernotes.search.analysis.WordSegmenter;

/// Turns an [IndexedNote] into a Lucene document: every label field twice (bigram and word analysis), the body
/// once (bigrams; its English words and identifiers pass through whole), folded keys for exact title matches and
/// filters, pinyin for Chinese labels. Nothing of the body is stored: snippets are cut from the library's text.
final class NoteDocuments {

    /// Every text field: positions (phrases, proximity), no offsets (snippets re-analyse the ten texts they show).
    static final FieldType TEXT = text();

    /// Single characters, for one-character queries: whether a note has them, nothing more.
    private static final FieldType CHARACTERS = characters();

    /// Tags and topic names recur on thousands of notes: their pinyin is worked out once (segmenting and spelling
    /// them was a twentieth of a full build).
    private final Map<String, Set<String>> labelPinyin = new ConcurrentHashMap<>();
    static final int MAX_CACHED_LABELS = 20_000;

    private final CharFolding folding;
    private final Pinyin pinyin;
    private final WordSegmenter segmenter;
    private final TermPairMiner pairs;

    NoteDocuments(CharFolding folding, Pinyin pinyin, WordSegmenter segmenter) {
        this.folding = folding;
        this.pinyin = pinyin;
        this.segmenter = segmenter;
        this.pairs = new TermPairMiner(segmenter);
    }

    private static FieldType text() {
        var type = new FieldType(TextField.TYPE_NOT_STORED);
        type.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS);
        type.freeze();
        return type;
    }

    private static FieldType characters() {
        var type = new FieldType(TextField.TYPE_NOT_STORED);
        type.setIndexOptions(IndexOptions.DOCS);
        type.setOmitNorms(true);
        type.freeze();
        return type;
    }

    Document document(IndexedNote note) {
        var doc = new Document();
        doc.add(new StringField(Fields.ID, note.id(), Field.Store.NO));
        doc.add(new SortedDocValuesField(Fields.ID, new BytesRef(note.id())));
        addText(doc, Fields.TITLE, List.of(note.title()));
        addText(doc, Fields.ALIASES, note.aliases());
        addText(doc, Fields.TAGS, note.tags());
        addText(doc, Fields.TOPIC, note.topicNames());
        addText(doc, Fields.HEADINGS, note.headings());
        doc.add(new Field(Fields.BODY, note.text(), TEXT));
        addText(doc, Fields.META, List.of(note.meta()));
        for (String name :
                Stream.concat(Stream.of(note.title()), note.aliases().stream()).toList()) {
            var key = exactKey(name);
            if (!key.isEmpty()) {
                doc.add(new StringField(Fields.EXACT, key, Field.Store.NO));
            }
        }
        note.tags().forEach(tag -> doc.add(new StringField(Fields.TAG_KEY, folding.fold(tag), Field.Store.NO)));
        note.status().ifPresent(status -> doc.add(new StringField(Fields.STATUS_KEY, status, Field.Store.NO)));
        note.topicPaths()
                .forEach(path -> doc.add(new StringField(Fields.TOPIC_KEY, folding.fold(path), Field.Store.NO)));
        var all = String.join(
                "\n",
                Stream.of(List.of(note.title()), note.aliases(), note.tags(), note.topicNames(), List.of(note.text()))
                        .flatMap(List::stream)
                        .toList());
        doc.add(new Field(NoteAnalyzers.UNIGRAM_FIELD, all, CHARACTERS));
        var titles =
                Stream.concat(Stream.of(note.title()), note.aliases().stream()).toList();
        doc.add(new TextField(NoteAnalyzers.TITLE_PINYIN_FIELD, String.join(" ", pinyinOf(titles)), Field.Store.NO));
        var labels =
                Stream.concat(note.tags().stream(), note.topicNames().stream()).toList();
        var spelled = new LinkedHashSet<String>();
        labels.forEach(label -> spelled.addAll(labelPinyin.computeIfAbsent(label, one -> pinyinOf(List.of(one)))));
        doc.add(new TextField(NoteAnalyzers.PINYIN_FIELD, String.join(" ", spelled), Field.Store.NO));
        if (labelPinyin.size() > MAX_CACHED_LABELS) {
            labelPinyin.clear();
        }
        doc.add(new NumericDocValuesField(Fields.UPDATED, note.updatedMillis()));
        doc.add(Focus.field(note.links(), note.text().length()));
        addPairs(doc, note.text());
        note.meaning()
                .ifPresent(vector -> doc.add(new KnnByteVectorField(Fields.MEANING, vector, Meanings.SIMILARITY)));
        return doc;
    }

    /// The term pairs the note's text teaches, both ways, folded as a query's words are ([LibraryPairs#key]).
    private void addPairs(Document doc, String text) {
        var seen = new HashSet<String>();
        for (var pair : pairs.mine(text)) {
            var chinese = LibraryPairs.key(folding, pair.chinese());
            var english = LibraryPairs.key(folding, pair.english());
            var field = pair.weak() ? Fields.WEAK_PAIRS : Fields.PAIRS;
            for (String term : List.of(LibraryPairs.term(chinese, english), LibraryPairs.term(english, chinese))) {
                if (seen.add(field + term)) {
                    doc.add(new StringField(field, term, Field.Store.NO));
                }
            }
        }
    }

    private static void addText(Document doc, String field, List<String> values) {
        for (String value : values) {
            doc.add(new Field(field, value, TEXT));
            doc.add(new Field(field + NoteAnalyzers.WORD_SUFFIX, value, TEXT));
        }
    }

    /// A title as a key: folded, lower case, letters and digits only (`ESRGAN & Real-ESRGAN` → `esrganrealesrgan`).
    String exactKey(String text) {
        var folded = folding.fold(text);
        var key = new StringBuilder();
        folded.codePoints().filter(Character::isLetterOrDigit).forEach(key::appendCodePoint);
        return key.toString();
    }

    /// Full pinyin and initials of every Chinese run in `labels` and of every word in it.
    Set<String> pinyinOf(List<String> labels) {
        var result = new LinkedHashSet<String>();
        for (String label : labels) {
            spelledParts(label).forEach(part -> result.addAll(part.spellings()));
        }
        return result;
    }

    /// A run of Chinese characters in a label, or a word of such a run, with its pinyin spellings; `start` and `end`
    /// are `char` offsets into the folded label (the label's own, unless lower-casing changed its length).
    record SpelledPart(int start, int end, Set<String> spellings) {}

    /// The parts of `label` whose pinyin the index holds: every Chinese run, and every shorter word in it.
    List<SpelledPart> spelledParts(String label) {
        var parts = new ArrayList<SpelledPart>();
        var folded = folding.fold(label);
        int i = 0;
        while (i < folded.length()) {
            if (Character.UnicodeScript.of(folded.charAt(i)) != Character.UnicodeScript.HAN) {
                i++;
                continue;
            }
            int start = i;
            while (i < folded.length() && Character.UnicodeScript.of(folded.charAt(i)) == Character.UnicodeScript.HAN) {
                i++;
            }
            var run = folded.substring(start, i);
            parts.add(new SpelledPart(start, i, pinyin.spellings(run)));
            for (var word : segmenter.segment(run)) {
                if (word.end() - word.start() < run.length()) {
                    parts.add(new SpelledPart(
                            start + word.start(),
                            start + word.end(),
                            pinyin.spellings(run.substring(word.start(), word.end()))));
                }
            }
        }
        return List.copyOf(parts);
    }
}
