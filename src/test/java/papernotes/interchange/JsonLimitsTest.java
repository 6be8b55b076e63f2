package papernotes.interchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.core.JsonFactory;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import papernotes.model.Bodies;

/// Each of Jackson's read limits, when broken, is told by the type of what is thrown (Jackson 2 has a single
/// exception type for all of them, told apart only by its message text), and a backup's reader says which one.
class JsonLimitsTest {

    private static final JsonLimits LIMITS = new JsonLimits(4, 1_000, 5, 10, 8);

    private static String json(String kind) {
        return switch (kind) {
            case "NESTING" -> "[[[[[[1]]]]]]";
            case "TEXT" -> "[\"" + "x".repeat(11) + "\"]";
            case "NAME" -> "{\"" + "n".repeat(9) + "\": 1}";
            case "NUMBER" -> "[1234567]";
            case "DOCUMENT" -> "[" + "1,".repeat(600) + "1]";
            default -> throw new IllegalArgumentException(kind);
        };
    }

    @ParameterizedTest
    @CsvSource({"NESTING", "TEXT", "NAME", "NUMBER", "DOCUMENT"})
    void aBrokenLimitIsToldByItsType(JsonLimits.Limit limit) {
        var factory = JsonFactory.builder().streamReadConstraints(LIMITS).build();
        var thrown = assertThrows(JsonLimits.Exceeded.class, () -> {
            try (var parser = factory.createParser(json(limit.name()))) {
                while (parser.nextToken() != null) {
                    parser.getText();
                }
            }
        });
        assertEquals(limit, thrown.limit());
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "TEXT | a text is longer than LIMIT characters",
                "NAME | a field name is longer than 200 characters",
                "NUMBER | a number has too many digits"
            })
    void aBackupSaysWhichLimitItBroke(String kind, String said) {
        var text = switch (kind) {
            case "TEXT" -> "{\"format\": \"" + "x".repeat(Bodies.MAX_LENGTH + 2) + "\"}";
            case "NAME" -> "{\"" + "n".repeat(201) + "\": 1}";
            default -> "{\"schemaVersion\": " + "1".repeat(25) + "}";
        };
        var error = assertThrows(
                InterchangeException.class,
                () -> new BackupJson(50_000_000)
                        .read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "b.json"));
        assertEquals(
                "b.json line 1: " + said.replace("LIMIT", String.valueOf(Bodies.MAX_LENGTH)) + ".", error.getMessage());
    }
}
