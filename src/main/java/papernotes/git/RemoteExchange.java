package papernotes.git;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.TransportCommand;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.api.errors.JGitInternalException;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.transport.RefSpec;
import org.eclipse.jgit.transport.RemoteRefUpdate;
import org.eclipse.jgit.transport.UsernamePasswordCredentialsProvider;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/// Fetches from and pushes to `origin`: `main` only, with the credentials given for this one exchange, and every
/// failure turned into a [SyncException].
final class RemoteExchange {

    private static final Logger LOG = LoggerFactory.getLogger(RemoteExchange.class);

    /// Seconds a connection may stay silent before the exchange fails as a network failure.
    static final int TIMEOUT_SECONDS = 30;

    static final String MAIN = Constants.R_HEADS + SyncRepository.BRANCH;
    static final String TRACKING = Constants.R_REMOTES + SyncRepository.REMOTE + "/" + SyncRepository.BRANCH;

    /// The remote's branches, all of them: a refspec naming `main` alone makes JGit fail when the remote has no `main`
    /// yet ("Remote does not have refs/heads/main available for fetch"), as an empty repository has not.
    static final String FETCH_SPEC =
            "+" + Constants.R_HEADS + "*:" + Constants.R_REMOTES + SyncRepository.REMOTE + "/*";

    /// Words in which servers turn a push down because their `main` moved since we fetched: git's
    /// `receive-pack` ("non-fast-forward", "fetch first", "stale info", "… but expected …") and JGit's ("failed to
    /// lock", a ref updated by another push meanwhile).
    private static final List<String> MOVED =
            List.of("non-fast-forward", "fetch first", "stale info", "but expected", "failed to lock");

    private final Repository repository;
    private final RemoteUrl remote;

    RemoteExchange(Repository repository, RemoteUrl remote) {
        this.repository = repository;
        this.remote = remote;
    }

    /// The commit of the remote's `main` after fetching it, or nothing when the remote has no `main`.
    Optional<CommitId> fetch(Credentials credentials) {
        try (var git = new Git(repository)) {
            var result = authorised(git.fetch(), credentials)
                    .setRemote(SyncRepository.REMOTE)
                    .setRefSpecs(new RefSpec(FETCH_SPEC))
                    .setRemoveDeletedRefs(true)
                    .call();
            var main = Optional.ofNullable(result.getAdvertisedRef(MAIN))
                    .flatMap(ref -> Optional.ofNullable(ref.getObjectId()))
                    .map(History::id);
            LOG.debug(
                    "Fetched main ({}) from {}", main.map(CommitId::abbreviated).orElse("none"), remote);
            return main;
        } catch (GitAPIException | JGitInternalException e) {
            throw SyncFailures.remote(e, remote, credentials, "fetch from");
        }
    }

    /// Pushes `main` to the remote's `main`, never forcing it.
    PushOutcome push(CommitId main, Credentials credentials) {
        RemoteRefUpdate update;
        try (var git = new Git(repository)) {
            var results = authorised(git.push(), credentials)
                    .setRemote(SyncRepository.REMOTE)
                    .setRefSpecs(new RefSpec(MAIN + ":" + MAIN))
                    .call();
            update = results.iterator().next().getRemoteUpdate(MAIN);
        } catch (GitAPIException | JGitInternalException e) {
            throw SyncFailures.remote(e, remote, credentials, "push to");
        }
        var outcome = outcome(main, update, credentials);
        LOG.debug("Pushed main ({}) to {}: {}", main.abbreviated(), remote, outcome);
        return outcome;
    }

    private static PushOutcome outcome(CommitId main, RemoteRefUpdate update, Credentials credentials) {
        var message = update.getMessage();
        var reason = message == null
                ? update.getStatus().toString()
                : SyncFailures.hide(RemoteUrl.shown(message), SyncFailures.secretOf(credentials));
        return switch (update.getStatus()) {
            case OK, UP_TO_DATE -> new PushOutcome.Pushed(main);
            case REJECTED_NONFASTFORWARD, REJECTED_REMOTE_CHANGED -> new PushOutcome.RemoteMoved();
            case REJECTED_OTHER_REASON ->
                MOVED.stream().anyMatch(reason.toLowerCase(Locale.ROOT)::contains)
                        ? new PushOutcome.RemoteMoved()
                        : new PushOutcome.Refused(reason);
            default -> new PushOutcome.Refused(reason);
        };
    }

    private static <C extends TransportCommand<C, ?>> C authorised(C command, Credentials credentials) {
        command.setTimeout(TIMEOUT_SECONDS);
        return switch (credentials) {
            case Credentials.None none -> command;
            case Credentials.Token token ->
                command.setCredentialsProvider(new UsernamePasswordCredentialsProvider(token.user(), token.token()));
        };
    }
}
