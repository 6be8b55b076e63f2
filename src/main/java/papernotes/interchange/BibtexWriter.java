package papernotes.interchange;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import papernotes.model.ArxivId;
import papernotes.model.FileMoves;
import papernotes.model.PaperLinks;

/// Writes paper notes as a BibTeX file: one `@misc` entry per note, sorted by key, fields in a fixed order, TeX's
/// special characters escaped, UTF-8. The same notes always give the same bytes.
public final class BibtexWriter {

    /// A paper note as an entry: its key, title, paper fields, topic path and tags.
    public record Paper(String citekey, String title, PaperLinks links, String topic, List<String> tags) {

        public Paper {
            tags = List.copyOf(tags);
        }
    }

    /// The file's text.
    public String text(List<Paper> papers) {
        var sorted = new ArrayList<>(papers);
        sorted.sort(Comparator.comparing(Paper::citekey));
        var out = new StringBuilder("% Paper notes exported by PaperNotes; each note keeps its key once it has one.\n");
        for (Paper paper : sorted) {
            if (!Citekeys.isValid(paper.citekey())) {
                throw new IllegalArgumentException("Not a citation key: " + paper.citekey());
            }
            var links = paper.links();
            var fields = new ArrayList<String[]>();
            var title = links.paperTitle().orElse(paper.title());
            fields.add(new String[] {"title", "{" + TexText.escape(title) + "}"});
            if (!links.authors().isEmpty()) {
                fields.add(new String[] {
                    "author",
                    String.join(
                            " and ",
                            links.authors().stream().map(TexText::escape).toList())
                });
            }
            links.year().ifPresent(year -> fields.add(new String[] {"year", String.valueOf(year)}));
            links.venue().ifPresent(venue -> fields.add(new String[] {"howpublished", TexText.escape(venue)}));
            links.doi().ifPresent(doi -> fields.add(new String[] {"doi", TexText.verbatim(doi)}));
            links.arxiv().ifPresent(arxiv -> {
                fields.add(new String[] {"eprint", TexText.verbatim(arxiv)});
                fields.add(new String[] {"archiveprefix", "arXiv"});
            });
            links.paper()
                    .or(() -> links.arxiv().map(ArxivId::address))
                    .ifPresent(url -> fields.add(new String[] {"url", TexText.verbatim(url)}));
            links.abstractText().ifPresent(text -> fields.add(new String[] {"abstract", TexText.escape(text)}));
            if (!paper.tags().isEmpty()) {
                fields.add(new String[] {"keywords", TexText.escape(String.join(", ", paper.tags()))});
            }
            fields.add(new String[] {"note", TexText.escape("Topic: " + paper.topic())});
            out.append("\n@misc{").append(paper.citekey()).append(",\n");
            for (int i = 0; i < fields.size(); i++) {
                out.append("  ")
                        .append(fields.get(i)[0])
                        .append(" = {")
                        .append(fields.get(i)[1])
                        .append('}')
                        .append(i + 1 < fields.size() ? ",\n" : "\n");
            }
            out.append("}\n");
        }
        return out.toString();
    }

    /// Writes the file through a temporary file beside it and an atomic rename. Returns its size in bytes.
    public long write(Path file, List<Paper> papers) {
        var target = file.toAbsolutePath().normalize();
        Path temporary = null;
        try {
            Files.createDirectories(target.getParent());
            temporary = Files.createTempFile(target.getParent(), ".papernotes-", ".bib.tmp");
            Files.writeString(temporary, text(papers), StandardCharsets.UTF_8);
            FileMoves.replace(temporary, target);
            return Files.size(target);
        } catch (IOException e) {
            throw new InterchangeException("Cannot write " + file + ": " + e.getMessage() + ".", e);
        } finally {
            if (temporary != null) {
                try {
                    Files.deleteIfExists(temporary);
                } catch (IOException ignored) {
                    // the leftover's name says it is temporary
                }
            }
        }
    }
}
