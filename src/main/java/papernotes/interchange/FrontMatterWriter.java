package papernotes.interchange;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.fasterxml.jackson.dataformat.yaml.util.StringQuotingChecker;
import java.util.List;
import java.util.Optional;
import org.yaml.snakeyaml.nodes.NodeId;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.resolver.Resolver;

/// Writes a Markdown file with YAML front matter that [FrontMatter] reads back to the same values, and that is the
/// same bytes every time for the same values: keys in the order they are added, lists in block style (as Obsidian
/// writes them), one line per value, and a string quoted exactly when a YAML reader could take it for something
/// else. That is decided by SnakeYAML's own resolver (the one [FrontMatter] reads with): `yes`, `off`, `~`,
/// `2106.09680`, `0x1F`, `12:30` and dates are quoted; so is anything with a control character or line separator,
/// and whatever Jackson's default check quotes (`a: b`, `#x`, leading `*`, `&`, `!`). Absent values and empty
/// lists are left out.
public final class FrontMatterWriter {

    /// Also how [GlossaryWriter] writes: the same quoting, the same block style.
    static final YAMLMapper YAML = new YAMLMapper(YAMLFactory.builder()
            .stringQuotingChecker(new ResolverQuoting())
            .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
            .enable(YAMLGenerator.Feature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS)
            .enable(YAMLGenerator.Feature.INDENT_ARRAYS_WITH_INDICATOR)
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
            .disable(YAMLGenerator.Feature.SPLIT_LINES)
            .build());

    private final ObjectNode fields = JsonNodeFactory.instance.objectNode();

    public FrontMatterWriter text(String key, String value) {
        fields.put(key, value);
        return this;
    }

    public FrontMatterWriter text(String key, Optional<String> value) {
        value.ifPresent(v -> text(key, v));
        return this;
    }

    public FrontMatterWriter number(String key, long value) {
        fields.put(key, value);
        return this;
    }

    public FrontMatterWriter number(String key, Optional<Integer> value) {
        value.ifPresent(v -> number(key, v));
        return this;
    }

    public FrontMatterWriter list(String key, List<String> values) {
        if (!values.isEmpty()) {
            var array = fields.putArray(key);
            values.forEach(array::add);
        }
        return this;
    }

    /// The YAML lines alone, each ending with `\n`.
    public String yaml() {
        if (fields.isEmpty()) {
            return "";
        }
        try {
            return YAML.writeValueAsString(fields);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Front matter cannot be written", e);
        }
    }

    /// The whole file: `---`, the YAML, `---`, then (when there is a body) an empty line and `body` exactly as
    /// given. [FrontMatter#parse] takes one empty line after the front matter as part of the separator.
    public String document(String body) {
        return "---\n" + yaml() + "---\n" + (body.isEmpty() ? "" : "\n" + body);
    }

    /// Quotes what Jackson's default check quotes, plus every string SnakeYAML's resolver would not read back as a
    /// string (numbers, booleans, null, dates) and every string with a character that is not plain printable text.
    private static final class ResolverQuoting extends StringQuotingChecker.Default {

        private static final long serialVersionUID = 1L;
        private static final Resolver RESOLVER = new Resolver();

        @Override
        public boolean needToQuoteValue(String value) {
            return super.needToQuoteValue(value)
                    || value.isEmpty()
                    || !value.equals(value.strip())
                    || value.codePoints().anyMatch(ResolverQuoting::unsafe)
                    || !RESOLVER.resolve(NodeId.scalar, value, true).equals(Tag.STR);
        }

        private static boolean unsafe(int c) {
            return Character.isISOControl(c)
                    || c == '\u2028'
                    || c == '\u2029'
                    || c == '\uFEFF'
                    || c == '\uFFFE'
                    || c == '\uFFFF'
                    || (c >= Character.MIN_SURROGATE && c <= Character.MAX_SURROGATE);
        }
    }
}
