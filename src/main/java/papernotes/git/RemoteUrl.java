package papernotes.git;

import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;
import org.eclipse.jgit.transport.URIish;
import papernotes.model.InvalidInputException;

/// A remote's address as it is stored and shown: never with a password. `https://alice@host/notes.git`,
/// `git://host/notes.git`, `git@host:notes.git`, or a local folder.
public record RemoteUrl(String value) {

    /// `scheme://user:password@`: the password is whatever follows the user's colon up to the last `@` before the
    /// host (a password may hold an `@` of its own).
    private static final Pattern PASSWORD = Pattern.compile("(\\b[a-zA-Z][a-zA-Z0-9+.-]*://[^/@:\\s]*:)[^/\\s]*@");

    public RemoteUrl {
        Objects.requireNonNull(value, "value");
        if (!shown(value).equals(value)) {
            throw new IllegalArgumentException("A stored remote address carries no password.");
        }
    }

    /// The address `text` names, its password (if any) dropped: `https://alice:s3cret@host/notes.git` becomes
    /// `https://alice@host/notes.git`.
    ///
    /// @throws InvalidInputException when `text` is not an address git understands
    public static RemoteUrl of(String text) {
        var trimmed = text.strip();
        try {
            if (trimmed.isEmpty()) {
                throw new URISyntaxException(text, "empty");
            }
            var uri = new URIish(trimmed);
            var value = uri.getPass() == null ? trimmed : uri.setPass(null).toString();
            var remoteScheme = uri.getScheme() != null && !uri.getScheme().equalsIgnoreCase("file");
            if ((remoteScheme && uri.getHost() == null) || !shown(value).equals(value)) {
                throw new URISyntaxException(text, "no host");
            }
            return new RemoteUrl(value);
        } catch (URISyntaxException e) {
            throw new InvalidInputException("'" + shown(trimmed) + "' is not the address of a git repository.");
        }
    }

    /// `text` with every password in an address replaced by `***` (`https://alice:***@host/notes.git`): the form in
    /// which an address, or a message that holds one, may be shown or logged.
    public static String shown(String text) {
        return PASSWORD.matcher(text).replaceAll("$1***@");
    }

    /// Whether the remote is reached over HTTP or HTTPS, where a user name and token may be needed.
    public boolean isHttp() {
        var lower = value.toLowerCase(Locale.ROOT);
        return lower.startsWith("https://") || lower.startsWith("http://");
    }

    @Override
    public String toString() {
        return value;
    }
}
