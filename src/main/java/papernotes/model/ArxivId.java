package papernotes.model;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/// arXiv identifiers as people paste them: `2106.09685`, `2106.09685v2`, `arXiv:2106.09685`,
/// `https://arxiv.org/abs/2106.09685v2`, `https://arxiv.org/pdf/2106.09685.pdf`, or old-style `hep-th/9901001`
/// and `math.GT/0309136`. The normalized id is the bare identifier without a version: a note is about the paper,
/// and `arxiv.org/abs/<id>` without a version shows its latest one.
public final class ArxivId {

    /// `YYMM.NNNN` (2007–2014) or `YYMM.NNNNN` (since 2015), with an optional version.
    private static final Pattern NEW_STYLE = Pattern.compile("(\\d{2}(?:0[1-9]|1[0-2])\\.\\d{4,5})(?:v\\d+)?");
    /// `archive(.SUBJECT)/YYMMNNN` (before 2007), with an optional version.
    private static final Pattern OLD_STYLE =
            Pattern.compile("([a-z]+(?:-[a-z]+)*(?:\\.[A-Za-z]{2})?/\\d{2}(?:0[1-9]|1[0-2])\\d{3})(?:v\\d+)?");
    private static final Pattern URL = Pattern.compile(
            "(?i)https?://(?:www\\.|export\\.)?arxiv\\.org/(?:abs|pdf|html)/(.+?)(?:\\.pdf)?/?(?:[?#].*)?");

    private ArxivId() {}

    /// The normalized id in `text`, or empty when `text` is not an arXiv id or address.
    public static Optional<String> parse(String text) {
        var candidate = text.strip();
        var url = URL.matcher(candidate);
        if (url.matches()) {
            candidate = url.group(1);
        } else if (candidate.toLowerCase(Locale.ROOT).startsWith("arxiv:")) {
            candidate = candidate.substring("arxiv:".length()).strip();
        }
        for (Pattern pattern : new Pattern[] {NEW_STYLE, OLD_STYLE}) {
            var match = pattern.matcher(candidate);
            if (match.matches()) {
                return Optional.of(match.group(1));
            }
        }
        return Optional.empty();
    }

    /// The year an id was submitted in, read from its `YYMM` (`2107.10833` → 2021, `hep-th/9901001` → 1999; old-style
    /// ids date from 1991 to 2007), or empty when `id` is not an id.
    public static Optional<Integer> year(String id) {
        return parse(id).map(bare -> {
            var yy = Integer.parseInt(bare.substring(bare.indexOf('/') + 1, bare.indexOf('/') + 3));
            return yy >= 91 ? 1900 + yy : 2000 + yy;
        });
    }

    /// The abstract page of a normalized id.
    public static String address(String id) {
        return "https://arxiv.org/abs/" + id;
    }
}
