package papernotes.git;

import java.util.Objects;

/// What became of a push of `main`.
public sealed interface PushOutcome {

    /// The remote's `main` is now `commit` (it may have been already).
    record Pushed(CommitId commit) implements PushOutcome {

        public Pushed {
            Objects.requireNonNull(commit, "commit");
        }
    }

    /// The remote's `main` moved since we last fetched (another device pushed first): fetch, merge, and push again.
    record RemoteMoved() implements PushOutcome {}

    /// The remote refused the push for another reason, in the remote's words (a protected branch, a hook).
    record Refused(String reason) implements PushOutcome {

        public Refused {
            Objects.requireNonNull(reason, "reason");
        }
    }
}
