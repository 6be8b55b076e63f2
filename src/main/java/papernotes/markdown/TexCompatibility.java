package papernotes.markdown;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Element;

/// Rewrites the TeX that MathJax (Typora, Obsidian, most note tools) accepts and KaTeX rejects into what KaTeX
/// typesets the same way, before the page's KaTeX sees it. Each rule is one MathJax habit met in real notes:
///
/// | written                                   | becomes                                 |
/// |-------------------------------------------|-----------------------------------------|
/// | `\nabla_\tilde{x}`, `x^\frac12`            | `\nabla_{\tilde{x}}`, `x^{\frac12}`      |
/// | `\text{lin_cat}`, `\text{#w}`, `\text{R&D}` | `\text{lin\_cat}`, `\text{\#w}`, `\text{R\&D}` |
/// | `\(x\)` around a formula, a stray `\(`     | `x`, `(`                                 |
/// | `\newcommand{\R}[1]{…#1}`, `\newcommand{B}{…}` | `\def\R#1{…#1}`, `\def\B{…}` (MathJax lets a definition replace a
/// built-in) |
/// | `\DeclareMathOperator*{\argmax}{arg\,max}` | `\def\argmax{\operatorname*{arg\,max}}`  |
/// | `\require{cancel}`, `\label{eq:1}`        | nothing                                  |
/// | `\eqref{eq:1}`, `\ref{eq:1}`              | `\text{(eq:1)}`, `\text{eq:1}`           |
/// | `\tag{2}` in inline math                  | `\qquad(2)`                              |
/// | `align`, `gather`, `equation`… in inline math, `eqnarray`, `multline` | `aligned`, `gathered`, nothing… |
///
/// Renamed commands (`\part`, `\mbox`…) are KaTeX macros of the page ([PageAssets#INIT]).
final class TexCompatibility {

    /// Commands KaTeX refuses as a sub- or superscript without braces, with how many arguments they take.
    private static final Map<String, Integer> ARGUMENTS = arguments();
    private static final Set<String> TEXT = Set.of(
            "text",
            "textrm",
            "textbf",
            "textit",
            "textsf",
            "texttt",
            "textup",
            "textnormal",
            "textmd",
            "mbox",
            "hbox",
            "emph");
    private static final Map<String, String> INLINE_ENVIRONMENTS = Map.ofEntries(
            Map.entry("align", "aligned"),
            Map.entry("align*", "aligned"),
            Map.entry("split", "aligned"),
            Map.entry("gather", "gathered"),
            Map.entry("gather*", "gathered"),
            Map.entry("equation", ""),
            Map.entry("equation*", ""));
    private static final Map<String, String> ENVIRONMENTS =
            Map.of("eqnarray", "aligned", "eqnarray*", "aligned", "multline", "gathered", "multline*", "gathered");

    private final String tex;
    private final boolean display;
    private final StringBuilder out = new StringBuilder();
    private int at;

    private TexCompatibility(String tex, boolean display) {
        this.tex = tex;
        this.display = display;
    }

    /// Every formula (`.math` element) in a rendered body, rewritten.
    static void applyTo(Element body) {
        for (Element math : body.select(".math")) {
            var text = math.wholeText();
            var rewritten = rewrite(text, math.hasClass("display"));
            if (!rewritten.equals(text)) {
                math.text(rewritten);
            }
        }
    }

    static String rewrite(String tex, boolean display) {
        var inner = tex.strip();
        for (String[] pair : new String[][] {{"\\(", "\\)"}, {"\\[", "\\]"}}) {
            if (inner.startsWith(pair[0]) && inner.endsWith(pair[1]) && inner.length() >= 4) {
                inner = inner.substring(2, inner.length() - 2);
            }
        }
        var rewriter = new TexCompatibility(inner, display);
        rewriter.run(inner.length());
        return inner.equals(tex.strip()) && rewriter.out.toString().equals(inner) ? tex : rewriter.out.toString();
    }

    private void run(int end) {
        while (at < end) {
            char c = tex.charAt(at);
            if (c == '\\') {
                command();
            } else if ((c == '_' || c == '^') && braceless(at + 1)) {
                at++;
                int start = skipSpaces(at);
                int stop = argumentsEnd(start);
                out.append(c)
                        .append('{')
                        .append(rewrite(tex.substring(start, stop), display))
                        .append('}');
                at = stop;
            } else {
                out.append(c);
                at++;
            }
        }
    }

    /// Whether a `_` or `^` at `from` is followed by a command that needs braces there.
    private boolean braceless(int from) {
        int start = skipSpaces(from);
        return start < tex.length() && tex.charAt(start) == '\\' && ARGUMENTS.containsKey(name(start));
    }

    private void command() {
        var name = name(at);
        int after = at + 1 + name.length();
        switch (name) {
            case "(", ")", "[", "]" -> {
                out.append(name);
                at = after;
            }
            case "require", "label" -> at = groupEnd(skipSpaces(after));
            case "eqref", "ref" -> {
                int end = groupEnd(skipSpaces(after));
                var label = escapeText(content(skipSpaces(after), end));
                out.append("\\text{")
                        .append(name.equals("eqref") ? "(" + label + ")" : label)
                        .append('}');
                at = end;
            }
            case "newcommand", "renewcommand" -> definition(after);
            case "DeclareMathOperator" -> operator(after);
            case "tag" -> tag(after);
            case "begin", "end" -> environment(name, after);
            default -> {
                out.append('\\').append(name);
                at = after;
                int group = skipSpaces(at);
                if (TEXT.contains(name) && group < tex.length() && tex.charAt(group) == '{') {
                    int end = groupEnd(group);
                    out.append(tex, at, group)
                            .append('{')
                            .append(escapeText(content(group, end)))
                            .append('}');
                    at = end;
                }
            }
        }
    }

    /// `\newcommand{\X}[n]{body}` (also `\newcommand\X` and MathJax's `\newcommand{X}`) as `\def\X#1…#n{body}`;
    /// one with a default for its first argument is left as written.
    private void definition(int from) {
        int nameStart = skipSpaces(from);
        int nameEnd = argumentEnd(nameStart);
        var macro = content(nameStart, nameEnd).strip();
        int next = skipSpaces(nameEnd);
        int count = 0;
        if (next < tex.length() && tex.charAt(next) == '[') {
            int close = tex.indexOf(']', next);
            count = close < 0 ? -1 : parse(tex.substring(next + 1, close));
            next = close < 0 ? next : skipSpaces(close + 1);
        }
        if (macro.isEmpty() || count < 0 || next >= tex.length() || tex.charAt(next) != '{') {
            out.append(tex, at, nameEnd);
            at = nameEnd;
            return;
        }
        int end = groupEnd(next);
        out.append("\\def").append(macro.startsWith("\\") ? macro : "\\" + macro);
        for (int i = 1; i <= count; i++) {
            out.append('#').append(i);
        }
        out.append('{').append(rewrite(content(next, end), display)).append('}');
        at = end;
    }

    private void operator(int from) {
        boolean star = from < tex.length() && tex.charAt(from) == '*';
        int nameStart = skipSpaces(star ? from + 1 : from);
        int nameEnd = argumentEnd(nameStart);
        int bodyStart = skipSpaces(nameEnd);
        int bodyEnd = argumentEnd(bodyStart);
        var macro = content(nameStart, nameEnd).strip();
        out.append("\\def")
                .append(macro.startsWith("\\") ? macro : "\\" + macro)
                .append("{\\operatorname")
                .append(star ? "*" : "")
                .append('{')
                .append(content(bodyStart, bodyEnd))
                .append("}}");
        at = bodyEnd;
    }

    private void tag(int from) {
        boolean star = from < tex.length() && tex.charAt(from) == '*';
        int start = skipSpaces(star ? from + 1 : from);
        int end = argumentEnd(start);
        if (display) {
            out.append(tex, at, end);
        } else {
            var label = escapeText(content(start, end));
            out.append("\\qquad\\text{")
                    .append(star ? label : "(" + label + ")")
                    .append('}');
        }
        at = end;
    }

    private void environment(String command, int from) {
        int start = skipSpaces(from);
        int end = argumentEnd(start);
        var name = content(start, end).strip();
        var renamed = ENVIRONMENTS.getOrDefault(name, display ? null : INLINE_ENVIRONMENTS.get(name));
        if (renamed == null) {
            out.append(tex, at, end);
        } else if (!renamed.isEmpty()) {
            out.append('\\').append(command).append('{').append(renamed).append('}');
        }
        at = end;
    }

    /// Text-mode characters that MathJax shows as written and KaTeX takes as math: `_ # & % ^`, escaped; math inside
    /// the text (`$…$`) and commands stay as they are.
    static String escapeText(String text) {
        var escaped = new StringBuilder(text.length() + 8);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\' && i + 1 < text.length()) {
                escaped.append(c).append(text.charAt(++i));
            } else if (c == '$') {
                int close = text.indexOf('$', i + 1);
                int end = close < 0 ? text.length() : close + 1;
                escaped.append(text, i, end);
                i = end - 1;
            } else if ("_#&%".indexOf(c) >= 0) {
                escaped.append('\\').append(c);
            } else if (c == '^') {
                escaped.append("\\textasciicircum{}");
            } else {
                escaped.append(c);
            }
        }
        return escaped.toString();
    }

    /// The name of the command at `from` (a backslash): a run of letters, or the one character after it.
    private String name(int from) {
        int i = from + 1;
        if (i >= tex.length()) {
            return "";
        }
        if (!Character.isLetter(tex.charAt(i))) {
            return String.valueOf(tex.charAt(i));
        }
        while (i < tex.length() && Character.isLetter(tex.charAt(i))) {
            i++;
        }
        return tex.substring(from + 1, i);
    }

    /// Where a command at `from` ends together with its arguments (an optional `[…]` first for `\sqrt`).
    private int argumentsEnd(int from) {
        var name = name(from);
        int end = from + 1 + name.length();
        if (end < tex.length() && tex.charAt(end) == '*') {
            end++;
        }
        int next = skipSpaces(end);
        if (name.equals("sqrt") && next < tex.length() && tex.charAt(next) == '[') {
            int close = tex.indexOf(']', next);
            end = close < 0 ? end : close + 1;
        }
        for (int i = 0, count = ARGUMENTS.getOrDefault(name, 0); i < count; i++) {
            end = argumentEnd(skipSpaces(end));
        }
        return end;
    }

    /// Where one argument starting at `from` ends: a `{…}` group, a command, or one character.
    private int argumentEnd(int from) {
        if (from >= tex.length()) {
            return from;
        }
        return switch (tex.charAt(from)) {
            case '{' -> groupEnd(from);
            case '\\' -> from + 1 + Math.max(1, name(from).length());
            default -> from + 1;
        };
    }

    private int groupEnd(int from) {
        if (from >= tex.length() || tex.charAt(from) != '{') {
            return argumentEnd(from);
        }
        int depth = 0;
        for (int i = from; i < tex.length(); i++) {
            char c = tex.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '{') {
                depth++;
            } else if (c == '}' && --depth == 0) {
                return i + 1;
            }
        }
        return tex.length();
    }

    /// An argument's text without its braces.
    private String content(int start, int end) {
        var text = tex.substring(Math.min(start, end), end);
        return text.startsWith("{") && text.endsWith("}") && text.length() >= 2
                ? text.substring(1, text.length() - 1)
                : text;
    }

    private int skipSpaces(int from) {
        int i = from;
        while (i < tex.length() && Character.isWhitespace(tex.charAt(i))) {
            i++;
        }
        return i;
    }

    private static int parse(String count) {
        try {
            int n = Integer.parseInt(count.strip());
            return n >= 0 && n <= 9 ? n : -1;
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static Map<String, Integer> arguments() {
        var arguments = new HashMap<String, Integer>();
        for (String one : ("hat tilde bar vec dot ddot dddot ddddot check breve acute grave mathring widehat widetilde "
                        + "widecheck overline underline overrightarrow overleftarrow overleftrightarrow underrightarrow "
                        + "underleftarrow underleftrightarrow Overrightarrow overbrace underbrace overgroup undergroup utilde "
                        + "boxed cancel bcancel xcancel sout phantom hphantom vphantom smash sqrt operatorname mathop mathbin "
                        + "mathrel mathord mathopen mathclose mathpunct mathinner mathbf mathit mathrm mathsf mathtt mathcal "
                        + "mathbb mathfrak mathscr mathnormal boldsymbol bm pmb bold Bbb frak text textrm textbf textit textsf "
                        + "texttt textup textnormal textmd emph mbox hbox")
                .split(" ", 0)) {
            arguments.put(one, 1);
        }
        for (String two :
                "frac dfrac tfrac cfrac binom dbinom tbinom overset underset stackrel textcolor".split(" ", 0)) {
            arguments.put(two, 2);
        }
        return Map.copyOf(arguments);
    }
}
