package papernotes.interchange;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.util.List;
import papernotes.model.GlossaryEntry;

/// Writes a glossary file that [GlossaryReader] reads back to the same entries: the user's `glossary.yaml`, in the
/// bundled glossary's format (`entries:`, each with its `terms` and `topic`), quoted as [FrontMatterWriter] quotes.
/// Comments are not kept: the file starts with a header of its own.
public final class GlossaryWriter {

    static final String HEADER = """
            # Your PaperNotes glossary. Each entry lists terms that mean the same thing; a search for any of them also
            # finds the others. An entry that shares a term with a built-in entry replaces it. PaperNotes writes this
            # file when you teach it a term (papernotes glossary add, or Teach a translation… in the window); you may
            # edit it too, but comments are not kept.
            """;

    public String write(List<GlossaryEntry> entries) {
        var root = JsonNodeFactory.instance.objectNode();
        root.put("version", 1);
        var list = root.putArray("entries");
        for (GlossaryEntry entry : entries) {
            var node = list.addObject();
            entry.terms().forEach(node.putArray("terms")::add);
            node.put("topic", entry.topic());
        }
        try {
            return HEADER + FrontMatterWriter.YAML.writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("The glossary cannot be written", e);
        }
    }
}
