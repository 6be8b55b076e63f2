package papernotes.interchange;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.type.LogicalType;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import papernotes.model.Bodies;
import papernotes.model.ByteSizes;

/// The JSON document of a backup, `papernotes-backup.json`: its shape (records with nullable fields, checked by
/// [BackupValidator] before anything becomes a model value), writing it byte for byte the same for the same library
/// (keys in a fixed order, `\n` line ends, no times of the export itself), and reading it as a stream with limits
/// on size, nesting and string length, each element's line kept for messages.
final class BackupJson {

    static final String FORMAT = "papernotes-backup";
    /// Version 2 added the paper's full title, authors and abstract to notes, version 3 the files attached to them,
    /// version 4 their reading status and priority; older backups are read as ever (their notes have none of what
    /// came later).
    static final int SCHEMA_VERSION = 4;
    static final int MAX_NESTING = 16;
    static final int MAX_NAME_LENGTH = 200;
    static final int MAX_NUMBER_LENGTH = 20;

    @JsonPropertyOrder({
        "format",
        "schemaVersion",
        "appVersion",
        "asOf",
        "meta",
        "topics",
        "notes",
        "revisions",
        "attachments"
    })
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Document(
            String format,
            Integer schemaVersion,
            String appVersion,
            @Nullable String asOf,
            Map<String, String> meta,
            List<TopicJson> topics,
            List<NoteJson> notes,
            List<RevisionJson> revisions,
            List<AttachmentJson> attachments) {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record TopicJson(
            Long id,
            @Nullable Long parent,
            String name,
            String nameZh,
            String description,
            Integer position,
            @Nullable String trashed) {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record NoteJson(
            String id,
            String title,
            Long topic,
            List<String> tags,
            List<String> aliases,
            @Nullable String paper,
            @Nullable String code,
            @Nullable String arxiv,
            @Nullable String doi,
            @Nullable Integer year,
            @Nullable String venue,
            @Nullable String paperTitle,
            @Nullable List<String> authors,
            @JsonProperty("abstract") @Nullable String abstractText,
            @Nullable String reading,
            @Nullable Integer priority,
            @Nullable String citekey,
            String body,
            String created,
            String updated,
            @Nullable String trashed,
            @Nullable List<NoteFileJson> files) {}

    /// A file attached to a note: its name in `attachments/`, the name it was attached as, its size.
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record NoteFileJson(String stored, String fileName, Long bytes) {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record RevisionJson(
            String note, Integer number, String title, String topic, List<String> tags, String body, String saved) {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record AttachmentJson(String name, Long size, String sha256) {}

    /// An element of the document with the line it starts on.
    record Located<T>(T value, int line) {}

    /// The document as read: the header fields with their lines, and every element with its line.
    record Parsed(
            Located<String> format,
            Located<Integer> schemaVersion,
            Map<String, String> meta,
            int metaLine,
            List<Located<TopicJson>> topics,
            List<Located<NoteJson>> notes,
            List<Located<RevisionJson>> revisions,
            List<Located<AttachmentJson>> attachments) {}

    private final ObjectMapper mapper;
    private final long maxDocumentBytes;

    BackupJson(long maxDocumentBytes) {
        this.maxDocumentBytes = maxDocumentBytes;
        var factory = JsonFactory.builder()
                .streamReadConstraints(new JsonLimits(
                        MAX_NESTING, maxDocumentBytes, MAX_NUMBER_LENGTH, Bodies.MAX_LENGTH + 1, MAX_NAME_LENGTH))
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
                .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
                .build();
        this.mapper = JsonMapper.builder(factory)
                .enable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
                .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
                .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .withCoercionConfig(
                        LogicalType.Textual,
                        config -> config.setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                                .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
                .withCoercionConfig(
                        LogicalType.Integer,
                        config -> config.setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail))
                .build();
    }

    /// Writes `document` as UTF-8 JSON, indented by two spaces, lines ending in `\n`.
    void write(Document document, OutputStream out) throws IOException {
        var printer = new DefaultPrettyPrinter()
                .withObjectIndenter(new DefaultIndenter("  ", "\n"))
                .withArrayIndenter(new DefaultIndenter("  ", "\n"));
        mapper.writer(printer).writeValue(out, document);
        out.write('\n');
    }

    /// Reads a document from `in`; `where` names it in messages (`backup.zip, papernotes-backup.json`).
    Parsed read(InputStream in, String where) {
        var decoder = StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try (JsonParser parser = mapper.getFactory().createParser(new InputStreamReader(in, decoder))) {
            try {
                return read(parser, where);
            } catch (CharacterCodingException e) {
                throw new InterchangeException(
                        where + " line " + parser.currentLocation().getLineNr() + ": the text is not UTF-8.", e);
            } catch (StreamConstraintsException e) {
                throw new InterchangeException(
                        where + " line " + parser.currentLocation().getLineNr() + ": " + tooLarge(e) + ".", e);
            } catch (UnrecognizedPropertyException e) {
                throw new InterchangeException(
                        at(where, e) + "'" + e.getPropertyName() + "' is not a field of " + owner(e.getReferringClass())
                                + ".",
                        e);
            } catch (MismatchedInputException e) {
                throw new InterchangeException(at(where, e) + mismatch(e) + ".", e);
            } catch (JacksonException e) {
                throw new InterchangeException(
                        at(where, e) + "this is not valid JSON (" + brief(e.getOriginalMessage()) + ").", e);
            }
        } catch (BoundedInflation.LimitExceeded e) {
            throw new InterchangeException(where + ": " + e.getMessage() + ".", e);
        } catch (IOException e) {
            throw new InterchangeException(where + " cannot be read: " + e.getMessage() + ".", e);
        }
    }

    private Parsed read(JsonParser parser, String where) throws IOException {
        if (parser.nextToken() != JsonToken.START_OBJECT) {
            throw new InterchangeException(where + " line " + line(parser) + ": the document is not a JSON object.");
        }
        Located<String> format = null;
        Located<Integer> schemaVersion = null;
        Map<String, String> meta = Map.of();
        int metaLine = 1;
        List<Located<TopicJson>> topics = List.of();
        List<Located<NoteJson>> notes = List.of();
        List<Located<RevisionJson>> revisions = List.of();
        List<Located<AttachmentJson>> attachments = List.of();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            var field = parser.currentName();
            var token = parser.nextToken();
            int line = line(parser);
            switch (field) {
                case "format" -> format = new Located<>(scalar(parser, where, field, String.class), line);
                case "schemaVersion" -> {
                    schemaVersion = new Located<>(scalar(parser, where, field, Integer.class), line);
                    if (schemaVersion.value() < 1 || schemaVersion.value() > SCHEMA_VERSION) {
                        throw new InterchangeException(where + " line " + line + ": schema version "
                                + schemaVersion.value() + " is not known to this PaperNotes (it reads version "
                                + SCHEMA_VERSION + "); a newer PaperNotes wrote this backup.");
                    }
                }
                case "appVersion", "asOf" -> scalar(parser, where, field, String.class);
                case "meta" -> {
                    expect(token, JsonToken.START_OBJECT, parser, where, "'meta' must be an object of texts");
                    metaLine = line;
                    @SuppressWarnings("unchecked")
                    Map<String, Object> raw = mapper.readValue(parser, Map.class);
                    for (var entry : raw.entrySet()) {
                        if (!(entry.getValue() instanceof String)) {
                            throw new InterchangeException(
                                    where + " line " + line + ": meta '" + entry.getKey() + "' must be a text.");
                        }
                    }
                    meta = raw.entrySet().stream()
                            .collect(Collectors.toMap(Map.Entry::getKey, e -> (String) e.getValue()));
                }
                case "topics" -> topics = elements(parser, where, field, TopicJson.class);
                case "notes" -> notes = elements(parser, where, field, NoteJson.class);
                case "revisions" -> revisions = elements(parser, where, field, RevisionJson.class);
                case "attachments" -> attachments = elements(parser, where, field, AttachmentJson.class);
                default ->
                    throw new InterchangeException(
                            where + " line " + line + ": '" + field + "' is not a field of a PaperNotes backup.");
            }
            if (format != null && !FORMAT.equals(format.value())) {
                throw new InterchangeException(where + " line " + format.line() + ": this is not a PaperNotes backup "
                        + "(its format is '" + format.value() + "', not '" + FORMAT + "').");
            }
        }
        if (parser.currentToken() != JsonToken.END_OBJECT || parser.nextToken() != null) {
            throw new InterchangeException(
                    where + " line " + line(parser) + ": there is more after the document's end.");
        }
        if (format == null) {
            throw new InterchangeException(
                    where + ": this is not a PaperNotes backup (it has no \"format\": \"" + FORMAT + "\").");
        }
        if (schemaVersion == null) {
            throw new InterchangeException(where + ": the backup has no 'schemaVersion'.");
        }
        return new Parsed(format, schemaVersion, meta, metaLine, topics, notes, revisions, attachments);
    }

    private <T> T scalar(JsonParser parser, String where, String field, Class<T> type) throws IOException {
        var token = parser.currentToken();
        boolean fits = type == String.class ? token == JsonToken.VALUE_STRING : token == JsonToken.VALUE_NUMBER_INT;
        if (!fits) {
            throw new InterchangeException(where + " line " + line(parser) + ": '" + field + "' must be "
                    + (type == String.class ? "a text" : "a whole number") + ".");
        }
        return mapper.readValue(parser, type);
    }

    private <T> List<Located<T>> elements(JsonParser parser, String where, String field, Class<T> type)
            throws IOException {
        expect(parser.currentToken(), JsonToken.START_ARRAY, parser, where, "'" + field + "' must be a list");
        var result = new ArrayList<Located<T>>();
        while (parser.nextToken() != JsonToken.END_ARRAY) {
            int line = line(parser);
            expect(
                    parser.currentToken(),
                    JsonToken.START_OBJECT,
                    parser,
                    where,
                    "every element of '" + field + "' must be an object");
            result.add(new Located<>(mapper.readValue(parser, type), line));
        }
        return result;
    }

    private static void expect(JsonToken actual, JsonToken expected, JsonParser parser, String where, String rule) {
        if (actual != expected) {
            throw new InterchangeException(where + " line " + line(parser) + ": " + rule + ".");
        }
    }

    private static int line(JsonParser parser) {
        return parser.currentTokenLocation().getLineNr();
    }

    private static String at(String where, JacksonException e) {
        var location = e.getLocation();
        return location == null || location.getLineNr() < 1
                ? where + ": "
                : where + " line " + location.getLineNr() + ": ";
    }

    private String tooLarge(StreamConstraintsException e) {
        if (!(e instanceof JsonLimits.Exceeded exceeded)) {
            return "the JSON exceeds a limit (" + brief(String.valueOf(e.getOriginalMessage())) + ")";
        }
        return switch (exceeded.limit()) {
            case NESTING -> "the JSON is nested more than " + MAX_NESTING + " levels deep";
            case TEXT -> "a text is longer than " + Bodies.MAX_LENGTH + " characters";
            case NAME -> "a field name is longer than " + MAX_NAME_LENGTH + " characters";
            case NUMBER -> "a number has too many digits";
            case DOCUMENT -> "the document is larger than " + ByteSizes.describe(maxDocumentBytes);
            case TOKENS -> "the JSON has too many values";
        };
    }

    private static String mismatch(MismatchedInputException e) {
        var path = e.getPath();
        var field = path.isEmpty() ? null : path.getLast().getFieldName();
        if (field == null && path.size() > 1) {
            field = path.get(path.size() - 2).getFieldName();
        }
        var type = e.getTargetType();
        String expected;
        if (type == null) {
            expected = "of another type";
        } else if (type == String.class) {
            expected = "a text";
        } else if (type == Integer.class || type == Long.class || type == int.class || type == long.class) {
            expected = "a whole number";
        } else if (List.class.isAssignableFrom(type)) {
            expected = "a list";
        } else {
            expected = "an object";
        }
        return (field == null ? "a value" : "'" + field + "'") + " must be " + expected;
    }

    private static String owner(Class<?> type) {
        if (type == TopicJson.class) {
            return "a topic";
        }
        if (type == NoteJson.class) {
            return "a note";
        }
        if (type == NoteFileJson.class) {
            return "a note's file";
        }
        if (type == RevisionJson.class) {
            return "a revision";
        }
        if (type == AttachmentJson.class) {
            return "an attachment";
        }
        return "a PaperNotes backup";
    }

    private static String brief(String message) {
        var text = String.valueOf(message).lines().findFirst().orElse("").strip();
        int source = text.indexOf(" at [Source");
        if (source > 0) {
            text = text.substring(0, source);
        }
        return text.length() > 160 ? text.substring(0, 160) + "…" : text;
    }
}
