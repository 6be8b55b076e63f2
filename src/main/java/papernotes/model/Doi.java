package papernotes.model;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.regex.Pattern;

/// DOIs as people paste them: `10.1109/CVPR.2016.90`, `doi:10.1109/…`, `https://doi.org/10.1109/…`, or a
/// publisher's page whose address carries one (`https://dl.acm.org/doi/10.1145/3528223.3530164`,
/// `https://ieeexplore.ieee.org/…` does not). The normalized DOI is the bare name, as written (DOIs ignore case,
/// but people read them as printed).
public final class Doi {

    private static final Pattern BARE = Pattern.compile("10\\.\\d{4,9}(?:\\.\\d+)*/\\S+");
    private static final Pattern PREFIX = Pattern.compile("(?i)^(?:doi:\\s*|https?://(?:dx\\.|www\\.)?doi\\.org/)");
    /// A DOI inside a publisher's address: `/doi/10.…`, `/doi/abs/10.…`, `/doi/full/10.…`, `/doi/pdf/10.…`.
    private static final Pattern IN_ADDRESS =
            Pattern.compile("(?i)^https?://[^/]+/doi/(?:abs/|full/|pdf/|epdf/)?(10\\.\\d{4,9}(?:\\.\\d+)*/[^?#\\s]+)");

    private Doi() {}

    /// The DOI in `text` (a bare DOI, `doi:`, a doi.org address), or empty when it is none.
    public static Optional<String> parse(String text) {
        var bare = PREFIX.matcher(text.strip()).replaceFirst("");
        if (!bare.equals(text.strip())) {
            bare = URLDecoder.decode(bare.replace("+", "%2B"), StandardCharsets.UTF_8);
        }
        return BARE.matcher(bare).matches() ? Optional.of(bare) : Optional.empty();
    }

    /// The DOI that a publisher's page address carries, or empty.
    public static Optional<String> inAddress(String address) {
        var match = IN_ADDRESS.matcher(address.strip());
        return match.find()
                ? Optional.of(URLDecoder.decode(match.group(1).replace("+", "%2B"), StandardCharsets.UTF_8))
                : Optional.empty();
    }

    /// The resolver's address of a DOI.
    public static String address(String doi) {
        return "https://doi.org/" + doi;
    }
}
