package papernotes.git;

import java.util.Objects;

/// How to prove who we are to a remote. A secret never shows in `toString()`.
///
/// Local folders and `git://` need nothing; `https://` takes a user name and a token (or password). Ssh keys are for
/// later: they will be one more kind here.
public sealed interface Credentials {

    /// No credentials: a local folder, `git://`, or a public `https://` remote.
    static Credentials none() {
        return new None();
    }

    /// A user name and a token (or password) for `https://`.
    static Credentials token(String user, String token) {
        return new Token(user, token);
    }

    /// No credentials.
    record None() implements Credentials {}

    /// A user name and a token for `https://`, sent with HTTP Basic authentication.
    record Token(String user, String token) implements Credentials {

        public Token {
            Objects.requireNonNull(user, "user");
            Objects.requireNonNull(token, "token");
        }

        @Override
        public String toString() {
            return "Token[user=" + user + ", token=***]";
        }
    }
}
