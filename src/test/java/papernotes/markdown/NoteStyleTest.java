package papernotes.markdown;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/// The note page's style sheet: Chinese inside bold text is bold. JavaFX's WebView takes CSS weights below 700 as
/// regular, and a Chinese character in a Latin font comes from a fallback face that is regular: so bold text is
/// weight 700, set in a Chinese face with a bold weight first (its Latin letters are bold too).
class NoteStyleTest {

    private static final String CSS = PageAssets.read("/papernotes/markdown/note.css");
    private static final Pattern CJK_FIRST =
            Pattern.compile("font-family:\\s*\"(Noto Sans CJK SC|Source Han Sans SC|PingFang SC|Microsoft YaHei)\"");

    @Test
    void headingsAndStrongTextAreBoldInAChineseFaceWithABoldWeight() {
        for (String selector : new String[] {"h1, h2, h3, h4, h5, h6", "strong, b, th", "h1.note-title"}) {
            int at = CSS.indexOf(selector + " {");
            assertTrue(at >= 0, selector + " has a rule");
            var rule = CSS.substring(at, CSS.indexOf('}', at));
            assertTrue(rule.contains("font-weight: 700"), rule);
            assertTrue(CJK_FIRST.matcher(rule).find(), rule);
        }
        assertTrue(!CSS.contains("font-weight: 600"), "no weight JavaFX draws regular");
    }
}
