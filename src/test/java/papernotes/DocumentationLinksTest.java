package papernotes;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/// The README and `docs/` point at files (and headings) that exist, and so do the sources' comments
/// (`docs/decisions/…`); nothing
/// points outside the repository, which has to stand on its own.
class DocumentationLinksTest {

    private static final Pattern FENCED = Pattern.compile("(?s)```.*?```");
    private static final Pattern INLINE_CODE = Pattern.compile("`[^`\n]*`");
    private static final Pattern LINK = Pattern.compile("\\]\\(([^)\\s]+)(?:\\s+\"[^\"]*\")?\\)");
    private static final Pattern SCHEME = Pattern.compile("^[a-zA-Z][a-zA-Z0-9+.-]*:");
    private static final Pattern DOCS_PATH = Pattern.compile("docs/[\\w./-]+\\.md");

    @Test
    void everyRelativeLinkInTheReadmeAndTheDocsLeadsToAFile() throws IOException {
        var broken = new ArrayList<String>();
        for (Path file : markdownFiles()) {
            var text = INLINE_CODE
                    .matcher(FENCED.matcher(Files.readString(file)).replaceAll(""))
                    .replaceAll("");
            var links = LINK.matcher(text);
            while (links.find()) {
                var target = links.group(1);
                var parts = target.split("#", 2);
                var path = parts[0];
                if (SCHEME.matcher(target).find()) {
                    continue;
                }
                var resolved = path.isEmpty()
                        ? file.toAbsolutePath()
                        : file.toAbsolutePath()
                                .getParent()
                                .resolve(URLDecoder.decode(path, StandardCharsets.UTF_8))
                                .normalize();
                if (!Files.exists(resolved)) {
                    broken.add(file + " → " + target);
                } else if (parts.length == 2
                        && resolved.toString().endsWith(".md")
                        && !anchors(resolved).contains(parts[1])) {
                    broken.add(file + " → " + target + " (no such heading)");
                }
            }
        }
        assertEquals(List.of(), broken);
    }

    @Test
    void everyDocumentTheSourcesNameExists() throws IOException {
        var missing = new ArrayList<String>();
        try (Stream<Path> sources = Files.walk(Path.of("src"))) {
            for (Path file : sources.filter(p -> p.toString().endsWith(".java")).toList()) {
                var names = DOCS_PATH.matcher(Files.readString(file));
                while (names.find()) {
                    if (!Files.exists(Path.of(names.group()))) {
                        missing.add(file + " → " + names.group());
                    }
                }
            }
        }
        assertEquals(List.of(), missing);
    }

    @Test
    void nothingInTheDocsPointsOutsideTheRepository() throws IOException {
        var outside = new ArrayList<String>();
        for (Path file : markdownFiles()) {
            var lines = Files.readAllLines(file);
            for (int i = 0; i < lines.size(); i++) {
                if (lines.get(i).contains("../shared") || lines.get(i).contains("shared/docs/")) {
                    outside.add(file + ":" + (i + 1));
                }
            }
        }
        assertEquals(List.of(), outside);
    }

    /// The anchors of a Markdown file's headings, as GitHub makes them: lower case, punctuation dropped, spaces as
    /// hyphens.
    private static Set<String> anchors(Path file) throws IOException {
        var text = FENCED.matcher(Files.readString(file)).replaceAll("");
        var anchors = new HashSet<String>();
        for (String line : text.split("\n")) {
            if (line.matches("#{1,6} .*")) {
                anchors.add(line.replaceFirst("#+ ", "")
                        .strip()
                        .toLowerCase(Locale.ROOT)
                        .replaceAll("[^\\p{L}\\p{N} _-]", "")
                        .replace(' ', '-'));
            }
        }
        return anchors;
    }

    private static List<Path> markdownFiles() throws IOException {
        var files = new ArrayList<Path>(List.of(Path.of("README.md")));
        try (Stream<Path> docs = Files.walk(Path.of("docs"))) {
            docs.filter(p -> p.toString().endsWith(".md")).sorted().forEach(files::add);
        }
        return files;
    }
}
