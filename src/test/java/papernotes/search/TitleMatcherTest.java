package papernotes.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Map.Entry;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import papernotes.search.TitleMatcher.Kind;
import papernotes.search.analysis.CharFolding;
import papernotes.search.analysis.Pinyin;

/// How the quick switcher matches what is typed against a note's names, and in which order it offers them.
class TitleMatcherTest {

    private static final TitleMatcher MATCHER = new TitleMatcher(CharFolding.load(), new Pinyin());

    private static Optional<TitleMatcher.Match> match(String query, String name) {
        return MATCHER.match(MATCHER.query(query), MATCHER.name(name));
    }

    /// The matched characters of `name`, in brackets: `Disney高清[换][脸]`.
    private static String marked(String query, String name) {
        var match = match(query, name).orElseThrow(() -> new AssertionError(query + " does not match " + name));
        var out = new StringBuilder();
        for (int i = 0; i < name.length(); i++) {
            out.append(match.positions().contains(i) ? "[" + name.charAt(i) + "]" : name.charAt(i));
        }
        return match.kind() + " " + out;
    }

    @ParameterizedTest(name = "{0} → {2}")
    @CsvSource(delimiter = '|', textBlock = """
            gpen          | GPEN                     | EXACT [G][P][E][N]
            ＧＰＥＮ       | GPEN                     | EXACT [G][P][E][N]
            3ddfa v2      | 3DDFA_V2                 | EXACT [3][D][D][F][A]_[V][2]
            disney        | Disney高清换脸             | PREFIX [D][i][s][n][e][y]高清换脸
            real          | ESRGAN & Real-ESRGAN     | WORD_START ESRGAN & [R][e][a][l]-ESRGAN
            shift         | FaceShifter              | WORD_START Face[S][h][i][f][t]er
            ifter         | FaceShifter              | SUBSTRING FaceSh[i][f][t][e][r]
            換臉           | Disney高清换脸             | SUBSTRING Disney高清[换][脸]
            hl            | Disney高清换脸             | INITIALS Disney高清[换][脸]
            aiayn         | Attention is all you need | INITIALS [A]ttention [i]s [a]ll [y]ou [n]eed
            gaoqing       | Disney高清换脸             | PINYIN Disney[高][清]换脸
            gaoqinghuanl  | Disney高清换脸             | PINYIN Disney[高][清][换][脸]
            disneygaoq    | Disney高清换脸             | PINYIN [D][i][s][n][e][y][高][清]换脸
            zhangwei      | 长尾分布                   | PINYIN [长][尾]分布
            changwei      | 长尾分布                   | PINYIN [长][尾]分布
            stylgan       | StyleGAN2                | FUZZY [S][t][y][l]e[G][A][N]2
            fcshftr       | FaceShifter              | FUZZY [F]a[c]e[S][h]i[f][t]e[r]
            dsnhl         | Disney高清换脸             | FUZZY [D]i[s]{n}ey高清[换][脸]
            """)
    void queriesMatchNamesByKind(String query, String name, String expected) {
        assertEquals(expected.replace("{n}", "[n]"), marked(query, name));
    }

    @Test
    void aFuzzyMatchSitsOnTheTightestRunOfLetters() {
        assertEquals(
                "FUZZY ShapeEditor: A [S][t][y][l]e[G][A][N] Encoder for Face Swapping",
                marked("stylgan", "ShapeEditor: A StyleGAN Encoder for Face Swapping"));
    }

    @Test
    void lettersTooFarApartOrMissingDoNotMatch() {
        assertEquals(Optional.empty(), match("xyz", "GPEN"));
        assertEquals(
                Optional.empty(), match("gpen", "Generative Adversarial Networks for image synthesis and editing"));
        assertEquals(Optional.empty(), match("", "GPEN"));
        assertEquals(Optional.empty(), match("  & ", "GPEN"));
    }

    @Test
    void betterKindsComeFirstAndWithinAKindShorterNames() {
        var names = List.of(
                "Token Labeling",
                "Tokens-to-Token ViT",
                "ViT",
                "All Tokens Matter: Token Labeling for Training Better Vision Transformers");
        assertEquals(
                List.of(
                        "ViT",
                        "Tokens-to-Token ViT",
                        "All Tokens Matter: Token Labeling for Training Better Vision Transformers"),
                ranked("vit", names));
        assertEquals(
                List.of(
                        "Token Labeling",
                        "Tokens-to-Token ViT",
                        "All Tokens Matter: Token Labeling for Training Better Vision Transformers"),
                ranked("token", names));
    }

    @Test
    void everyKindOutranksTheNextWhateverTheLengthOfTheName() {
        var exact = match("hl", "HL").orElseThrow();
        var prefix = match("hl", "HLxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx")
                .orElseThrow();
        var longInitials = match("hl", "高清换脸 with a very long English tail that goes on and on and on")
                .orElseThrow();
        var shortPinyin = match("huanl", "换脸").orElseThrow();
        var shortFuzzy = match("hlian", "换脸").orElseThrow();
        assertTrue(exact.score() > prefix.score());
        assertEquals(Kind.INITIALS, longInitials.kind());
        assertEquals(Kind.PINYIN, shortPinyin.kind());
        assertEquals(Kind.FUZZY, shortFuzzy.kind());
        assertTrue(longInitials.score() > shortPinyin.score());
        assertTrue(shortPinyin.score() > shortFuzzy.score());
    }

    private static List<String> ranked(String query, List<String> names) {
        var prepared = MATCHER.query(query);
        return names.stream()
                .flatMap(name ->
                        MATCHER.match(prepared, MATCHER.name(name)).map(m -> Map.entry(name, m.score())).stream())
                .sorted(Comparator.comparing((Entry<String, Double> e) -> e.getValue())
                        .reversed())
                .map(Entry::getKey)
                .toList();
    }
}
