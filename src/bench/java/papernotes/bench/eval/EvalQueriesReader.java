package papernotes.bench.eval;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import papernotes.interchange.InterchangeException;

/// Reads a search-quality test set: JSON Lines of `{"q", "cat", "rel": {"title regex": grade}}`.
public final class EvalQueriesReader {

    private final ObjectMapper mapper = new ObjectMapper();

    public List<EvalQuery> read(String jsonl, String source) {
        var result = new ArrayList<EvalQuery>();
        var lines = jsonl.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            var line = lines[i].strip();
            if (line.isEmpty()) {
                continue;
            }
            try {
                JsonNode node = mapper.readTree(line);
                var q = node.path("q");
                var rel = node.path("rel");
                if (!q.isTextual() || !rel.isObject()) {
                    throw new InterchangeException(
                            source + " line " + (i + 1) + ": needs \"q\" (text) and \"rel\" (an object).");
                }
                var judgments = new LinkedHashMap<String, Integer>();
                rel.properties()
                        .forEach(e -> judgments.put(e.getKey(), e.getValue().asInt()));
                result.add(new EvalQuery(q.asText(), node.path("cat").asText("all"), judgments));
            } catch (JacksonException e) {
                throw new InterchangeException(
                        source + " line " + (i + 1) + ": not valid JSON (" + e.getOriginalMessage() + ").", e);
            }
        }
        return List.copyOf(result);
    }
}
