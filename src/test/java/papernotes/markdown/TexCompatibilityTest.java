package papernotes.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import papernotes.model.Theme;

/// What MathJax accepts and KaTeX rejects, rewritten before KaTeX sees it; TeX KaTeX already takes stays as written.
class TexCompatibilityTest {

    static Stream<Arguments> inline() {
        return Stream.of(
                // a command with arguments as a sub- or superscript, without braces
                Arguments.of("\\nabla_\\tilde{x} \\log p", "\\nabla_{\\tilde{x}} \\log p"),
                Arguments.of("s^\\hat{y}", "s^{\\hat{y}}"),
                Arguments.of("x^\\frac12 + y_ \\frac{a}{b}", "x^{\\frac12} + y_{\\frac{a}{b}}"),
                Arguments.of("a_\\sqrt[3]{x}", "a_{\\sqrt[3]{x}}"),
                Arguments.of("\\min_\\mathbf{x} f", "\\min_{\\mathbf{x}} f"),
                Arguments.of("\\underbrace{X}_\\tilde{X}", "\\underbrace{X}_{\\tilde{X}}"),
                Arguments.of("\\hat{p}_\\text{a_b}", "\\hat{p}_{\\text{a\\_b}}"),
                // text as written: _ # & % ^ are characters there
                Arguments.of("\\phi_{\\text {lin_cat }}", "\\phi_{\\text {lin\\_cat }}"),
                Arguments.of(
                        "\\mathbb{R}^{\\text{#weights} + \\text{#bias}}",
                        "\\mathbb{R}^{\\text{\\#weights} + \\text{\\#bias}}"),
                Arguments.of("\\text{R&D 50% a^b}", "\\text{R\\&D 50\\% a\\textasciicircum{}b}"),
                Arguments.of("\\text{if $x_1$ and \\_}", "\\text{if $x_1$ and \\_}"),
                Arguments.of("\\mbox{a_b}", "\\mbox{a\\_b}"),
                // \( \) and \[ \]: around the formula, or stray
                Arguments.of("\\(\\boldsymbol{I}-\\boldsymbol{A})^{-1}", "(\\boldsymbol{I}-\\boldsymbol{A})^{-1}"),
                Arguments.of("\\|x\\|_{2}^{2}\\)", "\\|x\\|_{2}^{2})"),
                Arguments.of("\\(x+1\\)", "x+1"),
                Arguments.of("\\[x\\]", "x"),
                Arguments.of("a \\\\(b)", "a \\\\(b)"),
                // definitions, MathJax-style
                Arguments.of("\\newcommand{\\R}{\\mathbb{R}}\\R", "\\def\\R{\\mathbb{R}}\\R"),
                Arguments.of(
                        "\\newcommand{\\abs}[1]{\\left\\lvert #1 \\right\\rvert}",
                        "\\def\\abs#1{\\left\\lvert #1 \\right\\rvert}"),
                Arguments.of("\\newcommand\\pair[2]{(#1, #2)}", "\\def\\pair#1#2{(#1, #2)}"),
                Arguments.of("\\newcommand{B}{\\mathcal{B}}", "\\def\\B{\\mathcal{B}}"),
                Arguments.of("\\renewcommand{\\BB}{\\mathcal{B}}", "\\def\\BB{\\mathcal{B}}"),
                Arguments.of("\\newcommand{\\d}[1][x]{d#1}", "\\newcommand{\\d}[1][x]{d#1}"),
                Arguments.of(
                        "\\DeclareMathOperator*{\\argmax}{arg\\,max}", "\\def\\argmax{\\operatorname*{arg\\,max}}"),
                Arguments.of("\\DeclareMathOperator{\\Tr}{Tr}", "\\def\\Tr{\\operatorname{Tr}}"),
                // what MathJax ignores or numbers
                Arguments.of("\\require{cancel}\\cancel{x}", "\\cancel{x}"),
                Arguments.of("a = b \\label{eq:1}", "a = b "),
                Arguments.of("by \\eqref{eq_1}, \\ref{fig}", "by \\text{(eq\\_1)}, \\text{fig}"),
                Arguments.of("y = f(x) \\tag{2}", "y = f(x) \\qquad\\text{(2)}"),
                Arguments.of("y \\tag*{A}", "y \\qquad\\text{A}"),
                // display environments in inline math
                Arguments.of(
                        "\\begin{align} a &= b \\\\ &= c \\end{align}",
                        "\\begin{aligned} a &= b \\\\ &= c \\end{aligned}"),
                Arguments.of("\\begin{equation}a\\end{equation}", "a"),
                Arguments.of("\\begin{gather*}a\\end{gather*}", "\\begin{gathered}a\\end{gathered}"),
                Arguments.of("\\begin{eqnarray}a&=&b\\end{eqnarray}", "\\begin{aligned}a&=&b\\end{aligned}"),
                // left alone
                Arguments.of("\\begin{array}{ll} a & b \\end{array}", "\\begin{array}{ll} a & b \\end{array}"),
                Arguments.of("x_i^2 + \\alpha_{\\tilde{x}}", "x_i^2 + \\alpha_{\\tilde{x}}"),
                Arguments.of("r_\\alpha^\\prime", "r_\\alpha^\\prime"),
                Arguments.of("\\textbackslash \\_ \\{ \\}", "\\textbackslash \\_ \\{ \\}"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("inline")
    void inlineMath(String written, String rewritten) {
        assertEquals(rewritten, TexCompatibility.rewrite(written, false));
    }

    static Stream<Arguments> display() {
        return Stream.of(
                Arguments.of("\\begin{align}a&=b\\end{align}", "\\begin{align}a&=b\\end{align}"),
                Arguments.of("\\begin{equation}a\\end{equation}", "\\begin{equation}a\\end{equation}"),
                Arguments.of("a = b \\tag{1}", "a = b \\tag{1}"),
                Arguments.of("\\begin{multline}a\\\\b\\end{multline}", "\\begin{gathered}a\\\\b\\end{gathered}"),
                Arguments.of("\n\\nabla_\\tilde{x} f\n", "\\nabla_{\\tilde{x}} f"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("display")
    void displayMath(String written, String rewritten) {
        assertEquals(rewritten, TexCompatibility.rewrite(written, true));
    }

    @Test
    void theNoteBodyCarriesTheRewrittenFormulasAndNothingElseChanges() {
        var html = new NoteRenderer()
                .render(
                        "$\\nabla_\\tilde{x} \\text{a&b}$ and `\\nabla_\\tilde{x}`\n\n"
                                + "<img src=\"https://latex.codecogs.com/svg.latex?\\hat{x}_\\tilde{y}\">",
                        NoteLinks.NONE);
        assertEquals(
                "<p><span class=\"math inline\">\\nabla_{\\tilde{x}} \\text{a\\&amp;b}</span> and "
                        + "<code>\\nabla_\\tilde{x}</code></p>\n<p><span class=\"math display\">\\hat{x}_{\\tilde{y}}</span></p>\n",
                html);
        var page = new NotePage(new NoteRenderer())
                .html(new NoteHeader("t", List.of(), List.of(), List.of()), "$\\part x$", NoteLinks.NONE, Theme.LIGHT);
        Assertions.assertTrue(page.contains("'\\\\part': '\\\\partial'"), "\\part is a macro of the page");
    }
}
