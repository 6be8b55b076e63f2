package papernotes.markdown;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/// The scripts and style sheets the note page carries with it, read once from the bundled web jars (KaTeX for
/// math, highlight.js for code) and this project: nothing is fetched when a note is shown. Scripts are placed inline
/// and allowed by their SHA-256 in the page's content security policy, so no other script can run.
final class PageAssets {

    static final String KATEX = "/META-INF/resources/webjars/katex/0.18.11/dist/";
    static final String HIGHLIGHT = "/META-INF/resources/webjars/highlightjs/11.11.1/";

    /// Typesets every `.math` element and highlights every fenced code block; KaTeX runs with `trust: false`, so
    /// `\href` and friends stay text. As in MathJax, a macro a formula defines (`\def`, and `\newcommand` as
    /// [TexCompatibility] rewrites it) holds for the formulas after it on the page, and MathJax's names KaTeX lacks
    /// are macros: `\part`, `\mbox`, `\hfill`, `\mathbbm`, `\mathds`, `\displaylimits`, `\textdegree`, `\idotsint`.
    static final String INIT = """
            (function () {
              if (window.katex) {
                var macros = {'\\\\part': '\\\\partial', '\\\\mbox': '\\\\text', '\\\\hfill': '\\\\qquad',
                  '\\\\mathbbm': '\\\\mathbb', '\\\\mathds': '\\\\mathbb', '\\\\displaylimits': '\\\\limits',
                  '\\\\textdegree': '\\\\degree', '\\\\idotsint': '\\\\int\\\\cdots\\\\int'};
                document.querySelectorAll('.math').forEach(function (el) {
                  try {
                    katex.render(el.textContent, el, {displayMode: el.classList.contains('display'), throwOnError: false,
                      trust: false, strict: 'ignore', maxExpand: 1000, maxSize: 50, macros: macros, globalGroup: true});
                  } catch (e) { }
                });
              }
              if (window.hljs) {
                document.querySelectorAll('pre code[class*="language-"]').forEach(function (el) {
                  try { hljs.highlightElement(el); } catch (e) { }
                });
              }
            })();
            """;

    static final String MERMAID = "/papernotes/markdown/mermaid/";

    /// Draws every ```` ```mermaid ```` block, in the page's colour scheme, with Mermaid's strict security level:
    /// labels are text (no HTML), no click handlers, no links to scripts; a diagram's own `%%{init}%%` cannot
    /// change that (Mermaid keeps `securityLevel` out of reach of diagrams).
    static final String MERMAID_INIT = """
            (function () {
              if (!window.mermaid) return;
              var dark = document.documentElement.getAttribute('data-theme') === 'dark';
              try {
                mermaid.initialize({startOnLoad: false, securityLevel: 'strict', theme: dark ? 'dark' : 'default'});
                mermaid.run({querySelector: '.mermaid'}).catch(function () { });
              } catch (e) { }
            })();
            """;

    /// Find in the note: `papernotesFind.run(query)` wraps every match of the page's text (any case) in a
    /// `<mark class="pn-find">` and answers how many there are, `go(i)` marks the i-th as the current one and
    /// scrolls it into view, `clear()` takes the marks away. The window calls them; the page itself never does.
    /// Text of scripts, styles, diagrams (SVG) and KaTeX's hidden MathML is left alone.
    static final String FIND = """
            (function () {
              var marks = [];
              function skipped(node) {
                for (var el = node.parentNode; el && el.nodeType === 1; el = el.parentNode) {
                  var name = el.nodeName.toLowerCase();
                  if (name === 'script' || name === 'style' || name === 'svg'
                      || (el.classList && el.classList.contains('katex-mathml'))) return true;
                }
                return false;
              }
              function clear() {
                marks.forEach(function (mark) {
                  var parent = mark.parentNode;
                  if (!parent) return;
                  parent.replaceChild(document.createTextNode(mark.textContent), mark);
                  parent.normalize();
                });
                marks = [];
              }
              function run(query) {
                clear();
                if (!query) return 0;
                var needle = query.toLowerCase();
                var walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT, null, false);
                var nodes = [];
                for (var n = walker.nextNode(); n; n = walker.nextNode()) {
                  if (!skipped(n)) nodes.push(n);
                }
                nodes.forEach(function (node) {
                  var lower = node.data.toLowerCase();
                  if (lower.length !== node.data.length) return;
                  var rest = node, done = 0, at = lower.indexOf(needle);
                  while (at >= 0) {
                    var match = rest.splitText(at - done);
                    rest = match.splitText(needle.length);
                    var mark = document.createElement('mark');
                    mark.className = 'pn-find';
                    match.parentNode.replaceChild(mark, match);
                    mark.appendChild(match);
                    marks.push(mark);
                    done = at + needle.length;
                    at = lower.indexOf(needle, done);
                  }
                });
                return marks.length;
              }
              function go(index) {
                marks.forEach(function (mark, i) {
                  mark.className = i === index ? 'pn-find pn-find-current' : 'pn-find';
                });
                var mark = marks[index];
                if (!mark) return;
                var box = mark.getBoundingClientRect();
                if (box.top < 0 || box.bottom > window.innerHeight) {
                  window.scrollBy(0, box.top - window.innerHeight / 3);
                }
              }
              window.papernotesFind = {run: run, go: go, clear: clear};
            })();
            """;

    final String findHash = hash(FIND);
    final String katexScript = read(KATEX + "katex.min.js");
    final String katexStyle = KatexFonts.withoutFontFaces(read(KATEX + "katex.min.css"));
    final KatexFonts katexFonts = new KatexFonts();
    final String highlightScript = read(HIGHLIGHT + "highlight.min.js");
    final String highlightLight = read(HIGHLIGHT + "styles/github.min.css");
    final String highlightDark = read(HIGHLIGHT + "styles/github-dark.min.css");
    final String noteStyle = read("/papernotes/markdown/note.css");
    final String katexHash = hash(katexScript);
    final String mermaidInitHash = hash(MERMAID_INIT);
    /// Read when a page first needs them: KaTeX's chemistry extension (`\ce{H2O}`, `\pu{kJ/mol}`, as Typora has
    /// them, 34 KB) and Mermaid (3.6 MB).
    private volatile @Nullable InlineScript mhchem;
    private volatile @Nullable InlineScript mermaid;

    /// A bundled script and its hash for the content security policy.
    record InlineScript(String text, String hash) {

        static InlineScript read(String resource) {
            var text = PageAssets.read(resource);
            return new InlineScript(text, PageAssets.hash(text));
        }
    }

    InlineScript mhchem() {
        var script = mhchem;
        if (script == null) {
            script = InlineScript.read(KATEX + "contrib/mhchem.min.js");
            mhchem = script;
        }
        return script;
    }

    InlineScript mermaid() {
        var script = mermaid;
        if (script == null) {
            script = InlineScript.read(MERMAID + "mermaid.min.js");
            mermaid = script;
        }
        return script;
    }

    final String highlightHash = hash(highlightScript);
    final String initHash = hash(INIT);

    static String read(String resource) {
        try (InputStream in = Objects.requireNonNull(PageAssets.class.getResourceAsStream(resource), resource)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + resource, e);
        }
    }

    /// `'sha256-…'` of an inline script, for the content security policy.
    static String hash(String script) {
        try {
            var digest = MessageDigest.getInstance("SHA-256").digest(script.getBytes(StandardCharsets.UTF_8));
            return "'sha256-" + Base64.getEncoder().encodeToString(digest) + "'";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
