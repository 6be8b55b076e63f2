package papernotes.interchange;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import papernotes.model.GlossaryEntry;

/// Reads a glossary file: YAML with `entries:`, each `{terms: [..], topic: ..}` (see the bundled glossary.yaml).
public final class GlossaryReader {

    /// Parses `yaml`, naming `source` and the entry in any error.
    public List<GlossaryEntry> read(String yaml, String source) {
        if (yaml.length() > FrontMatter.MAX_YAML_CHARS) {
            throw new InterchangeException(
                    source + " is larger than " + FrontMatter.MAX_YAML_CHARS / (1024 * 1024) + " MB.");
        }
        var entries = FrontMatter.readFields(yaml, source, 1, "the glossary").get("entries");
        if (entries == null || !entries.isArray()) {
            throw new InterchangeException(source + ": a glossary needs a list called 'entries'.");
        }
        var result = new ArrayList<GlossaryEntry>();
        int index = 0;
        for (JsonNode entry : entries) {
            index++;
            var terms = entry.get("terms");
            if (terms == null || !terms.isArray()) {
                throw new InterchangeException(source + ": entry " + index + " has no list of 'terms'.");
            }
            var list = new ArrayList<String>();
            for (JsonNode term : terms) {
                if (!term.isValueNode() || term.asText().isBlank()) {
                    throw new InterchangeException(source + ": entry " + index + " has a term that is not text.");
                }
                list.add(term.asText().strip());
            }
            if (list.size() < 2) {
                throw new InterchangeException(
                        source + ": entry " + index + " (" + String.join(", ", list) + ") needs at least two terms.");
            }
            var topic = entry.get("topic");
            result.add(new GlossaryEntry(list, topic == null || topic.isNull() ? "general" : topic.asText()));
        }
        return List.copyOf(result);
    }
}
