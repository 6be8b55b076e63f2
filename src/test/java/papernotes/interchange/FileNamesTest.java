package papernotes.interchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/// File names from titles that every operating system accepts and that hide nothing.
class FileNamesTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            GFPGAN                    | GFPGAN
            Disney高清换脸              | Disney高清换脸
            ESRGAN & Real-ESRGAN      | ESRGAN & Real-ESRGAN
            a:b                       | a_b
            a/b\\c                     | a_b_c
            CON                       | CON_
            nul.txt                   | nul_.txt
            Com1                      | Com1_
            LPT9.md                   | LPT9_.md
            CONSOLE                   | CONSOLE
            "trailing dots..."        | trailing dots
            "trailing space "         | trailing space
            .hidden                   | _hidden
            ..                        | Untitled
            "   "                     | Untitled
            """)
    void namesAreSafeEverywhere(String title, String name) {
        assertEquals(name, FileNames.safe(title, "Untitled"));
    }

    @Test
    void everyCharacterWindowsForbidsBecomesAnUnderscore() {
        assertEquals("what_ _not_ _x__y_z", FileNames.safe("what? <not> \"x\"|y*z", "x"));
    }

    @Test
    void controlCharactersBecomeUnderscores() {
        assertEquals("a_b_c_d", FileNames.safe("a\tb\u0085c\u2028d", "x"));
    }

    @Test
    void longTitlesAreCutToWholeCharactersWithinTheLimits() {
        var english = FileNames.safe("x".repeat(300), "u");
        assertEquals(FileNames.MAX_CHARS, english.length());
        var chinese = FileNames.safe("换".repeat(300), "u");
        assertTrue(chinese.getBytes(StandardCharsets.UTF_8).length <= FileNames.MAX_BYTES, chinese);
        assertEquals(FileNames.MAX_BYTES / 3, chinese.length());
        var emoji = FileNames.safe("😀".repeat(100), "u");
        assertEquals(0, emoji.length() % 2, "no half emoji");
        assertEquals(emoji.codePointCount(0, emoji.length()) * 2, emoji.length());
        assertEquals("abc", FileNames.safe("abc" + " ".repeat(77) + "tail", "u"), "cut, then trailing spaces go");
    }

    @Test
    void clashesIgnoreCaseAndUnicodeNormalization() {
        assertEquals(FileNames.clashKey("GFPGAN"), FileNames.clashKey("gfpgan"));
        assertEquals(FileNames.clashKey("Café"), FileNames.clashKey(Normalizer.normalize("CAFÉ", Normalizer.Form.NFD)));
        assertNotEquals(FileNames.clashKey("a"), FileNames.clashKey("b"));
    }

    @Test
    void theSameTitleAlwaysGivesTheSameName() {
        assertEquals(FileNames.safe("3DDFA & 3DDFA_V2: ?", "u"), FileNames.safe("3DDFA & 3DDFA_V2: ?", "u"));
    }
}
