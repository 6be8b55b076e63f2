package papernotes.git;

import java.util.Objects;
import java.util.regex.Pattern;

/// A commit of the sync repository, by its full id: 40 lower-case hexadecimal digits
/// (`9fceb02d0ae598e95dc970b74767f19372d61af8`). Our own type, so that nothing outside this package sees JGit's.
public record CommitId(String hex) {

    private static final Pattern SHAPE = Pattern.compile("[0-9a-f]{40}");

    public CommitId {
        Objects.requireNonNull(hex, "hex");
        if (!SHAPE.matcher(hex).matches()) {
            throw new IllegalArgumentException("'" + hex + "' is not a commit id (40 lower-case hexadecimal digits).");
        }
    }

    /// The first seven digits, as git shows a commit to people.
    public String abbreviated() {
        return hex.substring(0, 7);
    }

    @Override
    public String toString() {
        return hex;
    }
}
