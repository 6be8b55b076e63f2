package papernotes.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/// Spec files: `src/test/resources/markdown/*.spec.md` hold examples, each a Markdown input and the HTML expected,
/// separated by a line with a single `.`, between lines of 32 backquotes followed by ` example`. `[[GPEN]]` resolves
/// to the note `tswayzv4`; other titles do not resolve. The attachments `arch.png`, `架构 图.png` and `paper 1.pdf`
/// exist.
class RenderingSpecTest {

    record Example(String file, int number, String markdown, String html) {
        @Override
        public String toString() {
            return file + " #" + number;
        }
    }

    static final String FENCE = "`".repeat(32);
    static final NoteLinks LINKS = new NoteLinks() {
        @Override
        public Optional<String> noteId(String title) {
            return title.equalsIgnoreCase("GPEN") ? Optional.of("tswayzv4") : Optional.empty();
        }

        @Override
        public Optional<String> attachment(String name) {
            return name.equals("架构 图.png") || name.equals("arch.png")
                    ? Optional.of("data:image/png;base64,iVBORw0KGgo=")
                    : Optional.empty();
        }

        @Override
        public boolean hasFile(String name) {
            return name.equals("paper 1.pdf");
        }
    };

    static List<Example> examples() throws IOException {
        var result = new ArrayList<Example>();
        for (String file : List.of("features.spec.md", "typora.spec.md")) {
            try (var in =
                    Objects.requireNonNull(RenderingSpecTest.class.getResourceAsStream("/markdown/" + file), file)) {
                var lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n", -1);
                int number = 0;
                for (int i = 0; i < lines.length; i++) {
                    if (!lines[i].equals(FENCE + " example")) {
                        continue;
                    }
                    var markdown = new StringBuilder();
                    var html = new StringBuilder();
                    var target = markdown;
                    for (i++; !lines[i].equals(FENCE); i++) {
                        if (lines[i].equals(".") && target == markdown) {
                            target = html;
                        } else {
                            target.append(lines[i]).append('\n');
                        }
                    }
                    result.add(new Example(file, ++number, markdown.toString(), html.toString()));
                }
            }
        }
        return result;
    }

    private static final NoteRenderer RENDERER = new NoteRenderer();

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void rendersAsTheSpecSays(Example example) {
        assertEquals(
                example.html().strip(),
                RENDERER.render(example.markdown(), LINKS).strip());
    }
}
