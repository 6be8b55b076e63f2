package papernotes.git;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import org.eclipse.jgit.errors.RepositoryNotFoundException;
import org.eclipse.jgit.transport.Daemon;
import org.eclipse.jgit.transport.DaemonClient;
import org.eclipse.jgit.transport.ServiceMayNotContinueException;
import org.eclipse.jgit.transport.resolver.FileResolver;

/// JGit's own `git://` server on 127.0.0.1 and a free port, serving the bare repositories of a folder to anyone,
/// for reading and for pushing: `git://127.0.0.1:port/name.git`.
public final class GitDaemonServer implements GitServer {

    private final Path root;
    private final Daemon daemon;

    public GitDaemonServer(Path root) {
        this.root = root;
        try {
            Files.createDirectories(root);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        daemon = new Daemon(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
        daemon.getService("git-receive-pack").setEnabled(true);
        var repositories = new FileResolver<DaemonClient>(root.toFile(), true);
        // JGit's Daemon meets a repository it cannot find with a NullPointerException in its client's thread (7.8);
        // git's own daemon answers "ERR …", and so does this one.
        daemon.setRepositoryResolver((client, name) -> {
            try {
                return repositories.open(client, name);
            } catch (RepositoryNotFoundException e) {
                throw new ServiceMayNotContinueException("repository not found: " + name, e);
            }
        });
        try {
            daemon.start();
        } catch (IOException e) {
            throw new UncheckedIOException("The git daemon could not start", e);
        }
    }

    @Override
    public String createRepository(String name) {
        BareRepositories.create(root, name);
        return url(name);
    }

    @Override
    public String url(String name) {
        return "git://127.0.0.1:" + daemon.getAddress().getPort() + "/" + name + ".git";
    }

    @Override
    public Credentials credentials() {
        return Credentials.none();
    }

    @Override
    public void stop() {
        if (daemon.isRunning()) {
            try {
                daemon.stopAndWait();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public void close() {
        stop();
    }
}
