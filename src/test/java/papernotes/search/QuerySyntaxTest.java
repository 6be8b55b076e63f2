package papernotes.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import papernotes.search.QueryNode.All;
import papernotes.search.QueryNode.Any;
import papernotes.search.QueryNode.Not;
import papernotes.search.QueryNode.Phrase;
import papernotes.search.QueryNode.Scope;
import papernotes.search.QueryNode.Scoped;
import papernotes.search.QueryNode.Word;

class QuerySyntaxTest {

    private static Optional<QueryNode> parse(String text) {
        return new QuerySyntax().parse(text).root();
    }

    private static Word word(String text) {
        return new Word(text, false);
    }

    @Test
    void plainWordsMustAllMatch() {
        assertEquals(Optional.of(new All(List.of(word("stylegan2"), word("换脸")))), parse("stylegan2 换脸"));
        assertEquals(Optional.of(word("超分")), parse("  超分 "));
    }

    @Test
    void phrasesExclusionsOrAndGroups() {
        assertEquals(
                Optional.of(new All(List.of(new Phrase("dense block"), new Not(word("ESRGAN"))))),
                parse("\"dense block\" -ESRGAN"));
        assertEquals(Optional.of(new Any(List.of(word("GFPGAN"), word("GPEN")))), parse("GFPGAN OR GPEN"));
        assertEquals(
                Optional.of(new All(List.of(word("loss"), new Any(List.of(word("identity"), word("id")))))),
                parse("loss (identity OR id)"));
    }

    @Test
    void fieldsAndPrefixes() {
        assertEquals(
                Optional.of(
                        new All(List.of(new Scoped(Scope.TOPIC, new Phrase("Face Swap")), new Word("style", true)))),
                parse("topic:\"Face Swap\" style*"));
        assertEquals(Optional.of(new Scoped(Scope.TAG, word("tencent"))), parse("tag:tencent"));
        assertEquals(Optional.of(word("http://x")), parse("http://x"));
    }

    @Test
    void brokenInputIsReadAsWellAsPossible() {
        assertEquals(Optional.of(new Phrase("unclosed phrase")), parse("\"unclosed phrase"));
        assertEquals(Optional.of(word("a")), parse("((a"));
        assertEquals(Optional.of(word("b")), parse("b))"));
        assertEquals(Optional.empty(), parse("OR"));
        assertEquals(Optional.empty(), parse("- * \" \" ()"));
        assertEquals(
                Optional.of(new All(List.of(word("a"), word("b")))), parse("a\u0000\u0007b".replace('\u0000', ' ')));
        assertEquals(Optional.of(new All(List.of(word("a"), word("b")))), parse("a OR OR b".replace("OR OR", "")));
    }

    @Test
    void overlongQueriesAreCutAndSaySo() {
        var parsed = new QuerySyntax().parse("超分 ".repeat(5000));
        assertEquals(
                List.of(
                        "The query was cut to its first 256 characters.",
                        "Only the first 32 words of the query were searched."),
                parsed.notices());
    }
}
