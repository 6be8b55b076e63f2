package papernotes.git;

import java.io.InterruptedIOException;
import java.net.SocketException;
import java.net.UnknownHostException;
import java.util.Locale;
import org.eclipse.jgit.errors.NoRemoteRepositoryException;
import org.eclipse.jgit.errors.RepositoryNotFoundException;
import org.jspecify.annotations.Nullable;
import papernotes.git.SyncException.Kind;
import papernotes.model.Failures;

/// Turns what JGit and the file system throw into a [SyncException] of the right kind, whose message is one sentence
/// that names the remote without its password and never holds the secret of the credentials used.
///
/// JGit reports most transport failures as a `TransportException` whose only clue is its English text (JGit ships no
/// translations), so the kind is read from the exceptions in the chain first and from known phrases after.
final class SyncFailures {

    private SyncFailures() {}

    /// A failure while talking to `remote`; `doing` says what we were at ("fetch from", "push to").
    static SyncException remote(Throwable failure, RemoteUrl remote, Credentials credentials, String doing) {
        var secret = secretOf(credentials);
        var kind = kindOf(failure);
        var message = switch (kind) {
            case NETWORK_DOWN -> "Could not reach " + remote + "; check the network connection and the address.";
            case AUTHENTICATION_FAILED ->
                remote + " did not accept the user name and token; check them and that they may read and "
                        + "write the repository.";
            case NOT_FOUND -> "There is no git repository at " + remote + "; check the address.";
            case DISK_FULL -> "The disk is full; free some space and sync again.";
            case OTHER -> "Could not " + doing + " " + remote + ": " + detail(failure, remote, secret) + ".";
        };
        return withCause(kind, message, failure, secret);
    }

    /// A failure of the repository on this computer; `doing` says what we were at ("commit in /home/…/sync").
    static SyncException local(Throwable failure, String doing) {
        var kind = kindOf(failure);
        if (kind == Kind.DISK_FULL) {
            return new SyncException(kind, "The disk is full; free some space and sync again.", failure);
        }
        return new SyncException(Kind.OTHER, "Could not " + doing + ": " + detail(failure, null, "") + ".", failure);
    }

    /// The kind of `failure`, from the first of its chain that tells: a full disk wins over everything, then a
    /// refusal of the credentials, a missing repository, an unreachable host.
    static Kind kindOf(Throwable failure) {
        for (var kind : new Kind[] {Kind.DISK_FULL, Kind.AUTHENTICATION_FAILED, Kind.NOT_FOUND, Kind.NETWORK_DOWN}) {
            for (Throwable t = failure; t != null; t = t.getCause()) {
                if (is(kind, t)) {
                    return kind;
                }
            }
        }
        return Kind.OTHER;
    }

    private static boolean is(Kind kind, Throwable t) {
        var text = String.valueOf(t.getMessage()).toLowerCase(Locale.ROOT);
        return switch (kind) {
            case DISK_FULL -> text.contains("no space left on device") || text.contains("disk quota exceeded");
            case AUTHENTICATION_FAILED ->
                text.contains("not authorized")
                        || text.contains("authentication is required")
                        || text.contains("authentication not supported")
                        || text.contains("not permitted");
            case NOT_FOUND ->
                t instanceof NoRemoteRepositoryException
                        || t instanceof RepositoryNotFoundException
                        || text.contains("repository not found")
                        || text.contains("not exported")
                        || text.contains("does not appear to be a git repository");
            case NETWORK_DOWN ->
                t instanceof SocketException
                        || t instanceof UnknownHostException
                        || t instanceof InterruptedIOException
                        || text.contains("remote hung up unexpectedly")
                        || text.contains("connection refused")
                        || text.contains("unknown host");
            case OTHER -> false;
        };
    }

    /// What `failure` says, without any password or `secret`, without the address JGit puts first (the sentence
    /// names it already) and without a final full stop.
    private static String detail(Throwable failure, @Nullable RemoteUrl remote, String secret) {
        var text = hide(RemoteUrl.shown(Failures.message(failure)).strip(), secret);
        if (remote != null) {
            text = text.replace(remote.value() + ": ", "");
        }
        return text.endsWith(".") ? text.substring(0, text.length() - 1) : text;
    }

    /// The secret `credentials` hold that must never be shown: a token, or nothing.
    static String secretOf(Credentials credentials) {
        return credentials instanceof Credentials.Token token ? token.token() : "";
    }

    /// `text` with every occurrence of `secret` replaced by `***`.
    static String hide(String text, String secret) {
        return secret.isEmpty() ? text : text.replace(secret, "***");
    }

    /// The exception, keeping `failure` as its cause only when nothing in its chain holds the secret or a password:
    /// a stack trace in a log must not show them either.
    private static SyncException withCause(Kind kind, String message, Throwable failure, String secret) {
        if (revealsSecret(failure, secret)) {
            return new SyncException(kind, message);
        }
        return new SyncException(kind, message, failure);
    }

    private static boolean revealsSecret(@Nullable Throwable failure, String secret) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            var text = String.valueOf(t.getMessage());
            if (!RemoteUrl.shown(text).equals(text) || (!secret.isEmpty() && text.contains(secret))) {
                return true;
            }
            for (var suppressed : t.getSuppressed()) {
                if (revealsSecret(suppressed, secret)) {
                    return true;
                }
            }
        }
        return false;
    }
}
