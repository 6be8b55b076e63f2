package papernotes.interchange;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.events.AliasEvent;
import org.yaml.snakeyaml.events.CollectionEndEvent;
import org.yaml.snakeyaml.events.CollectionStartEvent;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.events.NodeEvent;
import org.yaml.snakeyaml.events.ScalarEvent;
import org.yaml.snakeyaml.events.SequenceStartEvent;

/// A Markdown file split into its YAML front matter (between `---` lines at the very top) and its body.
/// Values are read as YAML scalars and lists only; anchors and aliases, deep nesting and huge blocks are refused.
/// Text values are taken as written (`written`: the scalars of each top-level key, as in the file), so that YAML's
/// type guessing does not change them: `arxiv: 2106.09680` stays `2106.09680`, `tags: [on, 0x1F]` stays `on` and
/// `0x1F` (Jackson alone would read `2106.0968`, `true` and `31`).
public record FrontMatter(
        ObjectNode fields, Map<String, List<String>> written, String yaml, String body, int bodyLine, String source) {

    public FrontMatter {
        written = Map.copyOf(written);
    }

    static final int MAX_FRONT_MATTER_CHARS = 64 * 1024;
    static final int MAX_YAML_CHARS = 4 * 1024 * 1024;
    static final int MAX_DEPTH = 16;

    private static final YAMLMapper YAML = createMapper();

    private static LoaderOptions loaderOptions() {
        var loader = new LoaderOptions();
        loader.setMaxAliasesForCollections(0);
        loader.setNestingDepthLimit(MAX_DEPTH);
        loader.setCodePointLimit(MAX_YAML_CHARS);
        loader.setAllowDuplicateKeys(false);
        return loader;
    }

    private static YAMLMapper createMapper() {
        var factory = YAMLFactory.builder()
                .loaderOptions(loaderOptions())
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxNestingDepth(MAX_DEPTH)
                        .build())
                .build();
        return new YAMLMapper(factory);
    }

    /// `text` read from `source` as a body without front matter, whatever it starts with (for a file whose front
    /// matter is not valid YAML: its text is kept whole).
    public static FrontMatter textOnly(String text, String source) {
        var normalized = text.startsWith("\uFEFF") ? text.substring(1) : text;
        return new FrontMatter(YAML.createObjectNode(), Map.of(), "", normalized.replace("\r\n", "\n"), 1, source);
    }

    /// Splits `text`, read from `source` (a file name used in messages).
    public static FrontMatter parse(String text, String source) {
        var normalized = text.startsWith("\uFEFF") ? text.substring(1) : text;
        normalized = normalized.replace("\r\n", "\n");
        if (!normalized.startsWith("---\n")) {
            return new FrontMatter(YAML.createObjectNode(), Map.of(), "", normalized, 1, source);
        }
        int end = normalized.indexOf("\n---\n", 3);
        int endOfFile = normalized.endsWith("\n---") ? normalized.length() - 4 : -1;
        if (end < 0 && endOfFile < 0) {
            throw new InterchangeException(
                    source + ", line 1: the front matter starting with '---' is never closed by a '---' line.");
        }
        int close = end >= 0 ? end : endOfFile;
        var yaml = normalized.substring(4, close + 1);
        if (yaml.length() > MAX_FRONT_MATTER_CHARS) {
            throw new InterchangeException(
                    source + ", line 1: the front matter is larger than " + MAX_FRONT_MATTER_CHARS / 1024 + " KB.");
        }
        var body = end >= 0 ? normalized.substring(end + 5) : "";
        int bodyLine = 2 + (int) yaml.chars().filter(c -> c == '\n').count() + 1;
        if (body.startsWith("\n")) {
            body = body.substring(1);
            bodyLine++;
        }
        var fields = readFields(yaml, source, 2, "the front matter");
        return new FrontMatter(fields, asWritten(yaml), yaml, body, bodyLine, source);
    }

    /// Reads YAML that starts on line `firstLine` of `source`; `what` names it in messages.
    static ObjectNode readFields(String yaml, String source, int firstLine, String what) {
        if (yaml.isBlank()) {
            return YAML.createObjectNode();
        }
        refuseAnchorsAndAliases(yaml, source, firstLine, what);
        try {
            JsonNode node = YAML.readTree(yaml);
            if (node == null || node.isMissingNode() || node.isNull()) {
                return YAML.createObjectNode();
            }
            if (!node.isObject()) {
                throw new InterchangeException(
                        source + ", line " + firstLine + ": " + what + " must be a set of 'key: value' lines.");
            }
            return (ObjectNode) node;
        } catch (JacksonException e) {
            int line = problemLine(e, firstLine);
            throw new InterchangeException(
                    source + ", line " + line + ": " + what + " is not valid YAML (" + firstLine(e.getOriginalMessage())
                            + ").",
                    e);
        }
    }

    /// The scalars of each top-level key as written: the value of a key with one, the items of a key with a list.
    /// Called on YAML that has been read without error.
    private static Map<String, List<String>> asWritten(String yaml) {
        var result = new HashMap<String, List<String>>();
        if (yaml.isBlank()) {
            return result;
        }
        int depth = 0;
        String key = null;
        boolean expectKey = true;
        List<String> items = null;
        try {
            for (Event event : new Yaml(loaderOptions()).parse(new StringReader(yaml))) {
                if (event instanceof CollectionStartEvent) {
                    depth++;
                    if (depth == 2 && key != null && event instanceof SequenceStartEvent) {
                        items = new ArrayList<>();
                    }
                } else if (event instanceof CollectionEndEvent) {
                    if (depth == 2) {
                        if (items != null) {
                            result.put(key, List.copyOf(items));
                        }
                        items = null;
                        expectKey = true;
                    }
                    depth--;
                } else if (event instanceof ScalarEvent scalar) {
                    if (depth == 1 && expectKey) {
                        key = scalar.getValue();
                        expectKey = false;
                    } else if (depth == 1) {
                        result.put(key, List.of(scalar.getValue()));
                        expectKey = true;
                    } else if (depth == 2 && items != null) {
                        items.add(scalar.getValue());
                    }
                }
            }
        } catch (YAMLException e) {
            return Map.of();
        }
        return result;
    }

    /// Jackson reads a YAML alias as its bare name, which would silently change a value; anchors and aliases are
    /// also the means of "billion laughs" expansion. Front matter never needs them, so they are refused. Nesting
    /// deeper than [#MAX_DEPTH] is refused here too, where the line it starts on is known.
    private static void refuseAnchorsAndAliases(String yaml, String source, int firstLine, String what) {
        int depth = 0;
        try {
            for (Event event : new Yaml(loaderOptions()).parse(new StringReader(yaml))) {
                boolean anchored = event instanceof NodeEvent node && node.getAnchor() != null;
                if (anchored || event instanceof AliasEvent) {
                    throw new InterchangeException(
                            source + ", line " + (event.getStartMark().getLine() + firstLine)
                                    + ": YAML anchors and aliases (&name, *name) are not allowed in " + what + ".");
                }
                if (event instanceof CollectionStartEvent && ++depth > MAX_DEPTH) {
                    throw new InterchangeException(
                            source + ", line " + (event.getStartMark().getLine() + firstLine) + ": " + what
                                    + " nests deeper than " + MAX_DEPTH + " levels.");
                }
                if (event instanceof CollectionEndEvent) {
                    depth--;
                }
            }
        } catch (YAMLException e) {
            // malformed YAML: reported with its line by the Jackson read that follows
        }
    }

    /// The line of a YAML problem: where SnakeYAML found it, else where Jackson was (which may be a token earlier).
    private static int problemLine(JacksonException e, int firstLine) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof MarkedYAMLException marked && marked.getProblemMark() != null) {
                return marked.getProblemMark().getLine() + firstLine;
            }
        }
        var location = e.getLocation();
        return location == null || location.getLineNr() < 1 ? firstLine : location.getLineNr() + firstLine - 1;
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unreadable";
        }
        var line = message.strip().split("\n", 2)[0];
        return line.length() > 160 ? line.substring(0, 160) + "…" : line;
    }

    /// The line of `key` in the file, for messages (the front matter starts on line 2).
    public int lineOf(String key) {
        var lines = yaml.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].startsWith(key + ":")) {
                return i + 2;
            }
        }
        return 2;
    }

    /// A single value as written (stripped); empty when the key is absent, null (`~`, nothing) or blank.
    public Optional<String> text(String key) {
        var node = fields.get(key);
        if (node == null || node.isNull()) {
            return Optional.empty();
        }
        if (!node.isValueNode()) {
            throw error(key, "must be a single value");
        }
        var scalars = written.get(key);
        var value = (scalars != null && scalars.size() == 1 ? scalars.getFirst() : node.asText()).strip();
        return value.isEmpty() ? Optional.empty() : Optional.of(value);
    }

    /// A single value exactly as written (see [#text], which already takes values as written).
    public Optional<String> literal(String key) {
        return text(key);
    }

    public Optional<Integer> integer(String key) {
        var node = fields.get(key);
        if (node == null || node.isNull()) {
            return Optional.empty();
        }
        if (!node.canConvertToInt() || !node.isIntegralNumber()) {
            throw error(key, "must be a whole number");
        }
        return Optional.of(node.intValue());
    }

    /// A list of strings; a single value counts as a list of one, and a comma-separated string as its parts.
    public List<String> list(String key) {
        var node = fields.get(key);
        if (node == null || node.isNull()) {
            return List.of();
        }
        var scalars = written.get(key);
        if (node.isValueNode()) {
            var value = scalars != null && scalars.size() == 1 ? scalars.getFirst() : node.asText();
            return List.of(value.split(",")).stream()
                    .map(String::strip)
                    .filter(s -> !s.isEmpty())
                    .toList();
        }
        if (!node.isArray()) {
            throw error(key, "must be a list");
        }
        var result = new ArrayList<String>();
        for (int i = 0; i < node.size(); i++) {
            var item = node.get(i);
            if (!item.isValueNode() || item.isNull()) {
                throw error(key, "must be a list of single values");
            }
            result.add(scalars != null && scalars.size() == node.size() ? scalars.get(i) : item.asText());
        }
        return result;
    }

    /// One item of a list as written, with the line of the file it is on.
    public record Item(String text, int line) {}

    /// The items of a list (a single value counts as a list of one) as written, stripped, each with its line; blank
    /// ones are left out. Unlike [#list], a comma never splits a value: for items that are names or paths.
    public List<Item> items(String key) {
        var node = fields.get(key);
        if (node == null || node.isNull()) {
            return List.of();
        }
        if (node.isValueNode()) {
            return text(key).map(value -> List.of(new Item(value, lineOf(key)))).orElse(List.of());
        }
        if (!node.isArray()) {
            throw error(key, "must be a list");
        }
        var scalars = written.get(key);
        var lines = itemLines(yaml, key);
        var result = new ArrayList<Item>();
        for (int i = 0; i < node.size(); i++) {
            var item = node.get(i);
            if (!item.isValueNode() || item.isNull()) {
                throw error(key, "must be a list of single values");
            }
            var text = (scalars != null && scalars.size() == node.size() ? scalars.get(i) : item.asText()).strip();
            if (!text.isEmpty()) {
                result.add(new Item(text, lines.size() == node.size() ? lines.get(i) : lineOf(key)));
            }
        }
        return result;
    }

    /// The lines of the file (the front matter starts on line 2) the items of the top-level list `key` are on.
    private static List<Integer> itemLines(String yaml, String key) {
        var lines = new ArrayList<Integer>();
        int depth = 0;
        boolean expectKey = true;
        boolean inKey = false;
        try {
            for (Event event : new Yaml(loaderOptions()).parse(new StringReader(yaml))) {
                if (event instanceof CollectionStartEvent) {
                    depth++;
                } else if (event instanceof CollectionEndEvent) {
                    if (depth == 2) {
                        expectKey = true;
                        inKey = false;
                    }
                    depth--;
                } else if (event instanceof ScalarEvent scalar) {
                    if (depth == 1) {
                        inKey = expectKey && scalar.getValue().equals(key);
                        expectKey = !expectKey;
                    } else if (depth == 2 && inKey) {
                        lines.add(scalar.getStartMark().getLine() + 2);
                    }
                }
            }
        } catch (YAMLException e) {
            return List.of();
        }
        return lines;
    }

    public InterchangeException error(String key, String problem) {
        return new InterchangeException(source + ", line " + lineOf(key) + ": '" + key + "' " + problem + ".");
    }

    /// The keys in file order, for checks of unknown keys.
    public Map<String, JsonNode> asMap() {
        var map = new LinkedHashMap<String, JsonNode>();
        fields.properties().forEach(e -> map.put(e.getKey(), e.getValue()));
        return map;
    }
}
