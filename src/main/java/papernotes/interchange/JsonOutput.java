package papernotes.interchange;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.util.List;
import java.util.Map;

/// Writes the JSON that the command line prints: plain maps, lists, strings and numbers, one document per call,
/// non-ASCII text as it is (not escaped), keys in the order given.
public final class JsonOutput {

    private final ObjectMapper mapper = new ObjectMapper().disable(SerializationFeature.FAIL_ON_EMPTY_BEANS);

    /// One line of JSON for a value built from [Map], [List], [String], numbers and booleans.
    public String line(Object value) {
        if (!(value instanceof Map<?, ?> || value instanceof List<?>)) {
            throw new IllegalArgumentException("JSON output is an object or an array");
        }
        try {
            return mapper.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write JSON", e);
        }
    }

    /// The same, indented over several lines (for reports people read).
    public String pretty(Object value) {
        if (!(value instanceof Map<?, ?> || value instanceof List<?>)) {
            throw new IllegalArgumentException("JSON output is an object or an array");
        }
        try {
            return mapper.writerWithDefaultPrettyPrinter().writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write JSON", e);
        }
    }
}
