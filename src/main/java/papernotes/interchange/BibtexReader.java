package papernotes.interchange;

import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jbibtex.BibTeXDatabase;
import org.jbibtex.BibTeXEntry;
import org.jbibtex.BibTeXParser;
import org.jbibtex.BibTeXString;
import org.jbibtex.Key;
import org.jbibtex.ObjectResolutionException;
import org.jbibtex.ParseException;
import org.jbibtex.TokenMgrException;
import org.jbibtex.Value;
import papernotes.model.ArxivId;
import papernotes.model.ByteSizes;
import papernotes.model.Failures;
import papernotes.model.InvalidInputException;
import papernotes.model.Labels;
import papernotes.model.PaperLinks;

/// Reads a BibTeX file (jbibtex) into entries checked against the library's rules: each has a key and a title, and
/// whatever DOI, arXiv id, link, year and venue it gives are valid. The whole file is read and checked before
/// anything is returned; the first problem is reported with the file and the line.
public final class BibtexReader {

    /// An entry as read: its key and the line its `@type{key,` is on, its title decoded from LaTeX to Unicode, its
    /// paper fields (its authors in order, `First Last`, and its abstract among them) and its keywords (as tags).
    public record Entry(String citekey, int line, String title, PaperLinks links, List<String> keywords) {

        public Entry {
            keywords = List.copyOf(keywords);
        }
    }

    private static final Key ABSTRACT = new Key("abstract");
    private static final Pattern AND = Pattern.compile("\\s+and\\s+", Pattern.CASE_INSENSITIVE);

    static final long MAX_FILE_BYTES = 32L * 1024 * 1024;
    static final int MAX_ENTRIES = 100_000;

    private static final Pattern ENTRY_START = Pattern.compile("@\\s*([A-Za-z]+)\\s*[{(]\\s*([^\\s,{}()]*)\\s*,?");
    private static final Pattern ARXIV_IN_TEXT =
            Pattern.compile("(?i)arxiv:\\s*([a-z.-]*/?\\d{4}\\.?\\d{3,5}(?:v\\d+)?)");
    private static final Pattern LINE = Pattern.compile("line (\\d+)");
    private static final Key EPRINT_TYPE = new Key("eprinttype");
    private static final Key ARCHIVE_PREFIX = new Key("archiveprefix");
    private static final Key KEYWORDS = new Key("keywords");

    /// Reads `file`; messages name it as given.
    public List<Entry> read(Path file) {
        var name = file.toString();
        return read(text(file, name), name);
    }

    /// Reads BibTeX `text`; `name` is the file in messages.
    public List<Entry> read(String text, String name) {
        var lines = entryLines(text, name);
        var database = parse(text, name);
        if (database.getEntries().isEmpty()) {
            throw new InterchangeException(name + " holds no BibTeX entries (such as @article{key, title = {…}}).");
        }
        var result = new ArrayList<Entry>();
        for (var object : database.getObjects()) {
            if (object instanceof BibTeXEntry entry) {
                var key = entry.getKey().getValue();
                int line = lines.getOrDefault(key.toLowerCase(Locale.ROOT), 1);
                result.add(entry(entry, key, line, name));
            }
        }
        return result;
    }

    private static String text(Path file, String name) {
        try {
            if (Files.isDirectory(file)) {
                throw new InterchangeException(name + " is a folder, not a BibTeX file.");
            }
            if (Files.size(file) > MAX_FILE_BYTES) {
                throw new InterchangeException(name + " is larger than " + ByteSizes.describe(MAX_FILE_BYTES) + ".");
            }
            var text = StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(Files.readAllBytes(file)))
                    .toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            throw new InterchangeException(name + " is not UTF-8 text.", e);
        } catch (NoSuchFileException e) {
            throw new InterchangeException("Cannot read " + name + ": no such file.", e);
        } catch (IOException e) {
            throw new InterchangeException("Cannot read " + name + ": " + e.getMessage() + ".", e);
        }
    }

    /// The line each entry's key is on, by key in lower case; a key given twice is refused (jbibtex would keep one).
    private static Map<String, Integer> entryLines(String text, String name) {
        var lines = new HashMap<String, Integer>();
        Matcher match = ENTRY_START.matcher(text);
        int line = 1;
        int counted = 0;
        int entries = 0;
        while (match.find()) {
            line += count(text, counted, match.start());
            counted = match.start();
            var type = match.group(1).toLowerCase(Locale.ROOT);
            if (type.equals("comment") || type.equals("string") || type.equals("preamble")) {
                continue;
            }
            if (++entries > MAX_ENTRIES) {
                throw new InterchangeException(
                        name + " line " + line + ": the file has more than " + MAX_ENTRIES + " entries.");
            }
            var key = match.group(2);
            if (key.isEmpty()) {
                throw new InterchangeException(name + " line " + line + ": the entry has no citation key.");
            }
            var earlier = lines.putIfAbsent(key.toLowerCase(Locale.ROOT), line);
            if (earlier != null) {
                throw new InterchangeException(name + " line " + line + ": the citation key '" + key
                        + "' is used twice (also on line " + earlier + ").");
            }
        }
        return lines;
    }

    private static int lastEntryLine(String text) {
        var match = ENTRY_START.matcher(text);
        int start = 0;
        while (match.find()) {
            start = match.start();
        }
        return 1 + count(text, 0, start);
    }

    private static int count(String text, int from, int to) {
        int n = 0;
        for (int i = from; i < to; i++) {
            if (text.charAt(i) == '\n') {
                n++;
            }
        }
        return n;
    }

    private static BibTeXDatabase parse(String text, String name) {
        try {
            var parser = new BibTeXParser() {
                @Override
                public void checkStringResolution(Key key, BibTeXString string) {
                    if (string == null) {
                        throw new InterchangeException(name + " line " + token.beginLine + ": '" + key.getValue()
                                + "' is used as a @string abbreviation but never defined.");
                    }
                }

                @Override
                public void checkCrossReferenceResolution(Key key, BibTeXEntry entry) {
                    // a crossref to an entry outside the file is left unresolved; its fields are not needed here
                }
            };
            return parser.parse(new StringReader(text));
        } catch (ParseException e) {
            var next = e.currentToken == null ? null : e.currentToken.next;
            int line = next == null ? 1 : Math.max(1, next.beginLine);
            boolean end = next != null && next.kind == 0;
            if (end) {
                throw new InterchangeException(
                        name + " line " + lastEntryLine(text) + ": the entry that starts on this "
                                + "line is never closed (are its braces balanced?).",
                        e);
            }
            throw new InterchangeException(
                    name + " line " + line + ": "
                            + (end
                                    ? ""
                                    : "this is not valid BibTeX near '"
                                            + ZipEntryNames.printable(next == null ? "" : next.image)
                                            + "' (a missing comma or brace?)."),
                    e);
        } catch (TokenMgrException e) {
            var line = LINE.matcher(String.valueOf(e.getMessage()));
            throw new InterchangeException(
                    name + (line.find() ? " line " + line.group(1) : "")
                            + ": this is not valid BibTeX (an unexpected character).",
                    e);
        } catch (ObjectResolutionException e) {
            throw new InterchangeException(name + ": '" + e.getMessage() + "' is referred to but never defined.", e);
        }
    }

    private static Entry entry(BibTeXEntry entry, String key, int line, String name) {
        var where = name + " line " + line + ": ";
        if (!Citekeys.isValid(key)) {
            throw new InterchangeException(where + "'" + ZipEntryNames.printable(key) + "' is not a citation key this "
                    + "library can keep (at most " + Citekeys.MAX_LENGTH + " characters).");
        }
        var title = field(entry, BibTeXEntry.KEY_TITLE)
                .map(TexText::decode)
                .filter(t -> !t.isEmpty())
                .orElseThrow(() -> new InterchangeException(where + "the entry '" + key + "' has no title."));
        try {
            title = Labels.title(title);
            var year = field(entry, BibTeXEntry.KEY_YEAR)
                    .map(TexText::decode)
                    .map(text -> {
                        try {
                            return PaperLinks.parseYear(text);
                        } catch (InvalidInputException e) {
                            throw new InvalidInputException("the year '" + text + "' is not a year such as 2021");
                        }
                    })
                    .flatMap(y -> y);
            var doi = field(entry, BibTeXEntry.KEY_DOI).map(TexText::decode).filter(d -> !d.isEmpty());
            Optional<String> url =
                    field(entry, BibTeXEntry.KEY_URL).map(String::strip).filter(u -> !u.isEmpty());
            var arxiv = arxiv(entry);
            if (url.isPresent() && arxiv.map(ArxivId::address).equals(url)) {
                // the abstract page of the entry's own arXiv id (as PaperNotes exports it) is no separate link
                url = Optional.empty();
            }
            var venue = field(entry, BibTeXEntry.KEY_BOOKTITLE)
                    .or(() -> field(entry, BibTeXEntry.KEY_JOURNAL))
                    .or(() -> field(entry, BibTeXEntry.KEY_HOWPUBLISHED))
                    .map(TexText::decode)
                    .filter(v -> !v.isEmpty() && !v.toLowerCase(Locale.ROOT).startsWith("arxiv"));

            var keywords = field(entry, KEYWORDS).map(TexText::decode).stream()
                    .flatMap(k -> Arrays.stream(k.split("[,;]")))
                    .map(String::strip)
                    .filter(k -> !k.isEmpty())
                    .toList();
            var authors = field(entry, BibTeXEntry.KEY_AUTHOR).map(TexText::decode).stream()
                    .flatMap(list -> AND.splitAsStream(list.strip()))
                    .map(BibtexReader::firstNameFirst)
                    .filter(author -> !author.isEmpty())
                    .toList();
            var abstractText = field(entry, ABSTRACT).map(TexText::decode).filter(a -> !a.isBlank());
            var links = new PaperLinks(
                    url, Optional.empty(), arxiv, doi, year, venue, Optional.of(title), authors, abstractText);
            return new Entry(key, line, title, links, Labels.tags(keywords));
        } catch (InvalidInputException e) {
            var message = Failures.message(e);
            message = message.endsWith(".") ? message.substring(0, message.length() - 1) : message;
            throw new InterchangeException(
                    where + "the entry '" + key + "': " + Character.toLowerCase(message.charAt(0))
                            + message.substring(1) + ".",
                    e);
        }
    }

    /// `Last, First` as people write names (`Kaiming He`); `others` (of `and others`) is left out.
    static String firstNameFirst(String author) {
        var name = author.strip().replaceAll("\\s+", " ");
        if (name.equalsIgnoreCase("others")) {
            return "";
        }
        int comma = name.indexOf(',');
        return comma < 0
                ? name
                : (name.substring(comma + 1).strip() + " "
                                + name.substring(0, comma).strip())
                        .strip();
    }

    /// The arXiv id of an entry: `eprint` with `archivePrefix` or `eprinttype` arXiv (or none, if `eprint` reads as
    /// an arXiv id), else an `arXiv:…` mentioned in `journal` or `note` (as Google Scholar writes them).
    private static Optional<String> arxiv(BibTeXEntry entry) {
        var prefix = field(entry, ARCHIVE_PREFIX)
                .or(() -> field(entry, EPRINT_TYPE))
                .map(p -> p.strip().toLowerCase(Locale.ROOT));
        var eprint = field(entry, BibTeXEntry.KEY_EPRINT).map(String::strip).filter(e -> !e.isEmpty());
        if (eprint.isPresent() && prefix.map(p -> p.equals("arxiv")).orElse(true)) {
            var id = ArxivId.parse(eprint.get());
            if (id.isPresent() || prefix.isPresent()) {
                return Optional.of(id.orElseThrow(() -> new InvalidInputException(
                        "'" + eprint.get() + "' is not an arXiv id (such as 2106.09685 or hep-th/9901001)")));
            }
        }
        for (Key key : List.of(BibTeXEntry.KEY_JOURNAL, BibTeXEntry.KEY_NOTE, BibTeXEntry.KEY_HOWPUBLISHED)) {
            var mention = field(entry, key)
                    .map(ARXIV_IN_TEXT::matcher)
                    .filter(Matcher::find)
                    .flatMap(m -> ArxivId.parse(m.group(1)));
            if (mention.isPresent()) {
                return mention;
            }
        }
        return Optional.empty();
    }

    private static Optional<String> field(BibTeXEntry entry, Key key) {
        Value value = entry.getField(key);
        if (value == null) {
            return Optional.empty();
        }
        try {
            return Optional.ofNullable(value.toUserString());
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }
}
