package papernotes.search;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.GZIPInputStream;

/// A general Chinese–English dictionary (CC-CEDICT, compiled at build time into `cc-cedict.tsv.gz`): the bridge
/// between the languages where the glossary has no entry. Much weaker than the glossary: its glosses are everyday
/// senses (`相位` → phase, but also `匹配` → mate, match), so a query uses them at a small weight
/// ([LanguageBridge#DICTIONARY_WEIGHT]), and only for Chinese words the glossary does not know.
public final class Dictionary {

    /// Where the build puts the compiled dictionary.
    public static final String RESOURCE = "/papernotes/search/cc-cedict.tsv.gz";

    private static final Dictionary EMPTY = new Dictionary(Map.of());

    private final Map<String, List<String>> glosses;

    private Dictionary(Map<String, List<String>> glosses) {
        this.glosses = glosses;
    }

    /// No dictionary: only the glossary bridges the languages.
    public static Dictionary empty() {
        return EMPTY;
    }

    /// Reads a compiled dictionary (`word TAB gloss|gloss` a line, gzipped); lines without a gloss are skipped.
    public static Dictionary read(InputStream gzipped) throws IOException {
        var glosses = new HashMap<String, List<String>>(1 << 17);
        try (var reader =
                new BufferedReader(new InputStreamReader(new GZIPInputStream(gzipped), StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                int tab = line.indexOf('\t');
                if (tab > 0 && tab < line.length() - 1) {
                    glosses.put(
                            line.substring(0, tab),
                            List.of(line.substring(tab + 1).split("\\|")));
                }
            }
        }
        // read-only as it is: a copy of 75,000 entries would only add to the index's opening
        return new Dictionary(Collections.unmodifiableMap(glosses));
    }

    /// The shipped dictionary, read once (about a tenth of a second) and shared: it never changes.
    public static Dictionary shipped() {
        return Shipped.DICTIONARY;
    }

    private static final class Shipped {
        static final Dictionary DICTIONARY = load();

        private static Dictionary load() {
            try (InputStream in = Dictionary.class.getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("The build left out the dictionary " + RESOURCE);
                }
                return read(in);
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read the dictionary " + RESOURCE, e);
            }
        }
    }

    /// The English glosses of a Chinese word, most common sense first.
    public Optional<List<String>> glosses(String word) {
        return Optional.ofNullable(glosses.get(word));
    }

    public int size() {
        return glosses.size();
    }
}
