package papernotes.service;

import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import papernotes.work.Workers;

/// One window per library folder. The window that has a folder open listens on a local socket named after the
/// folder; a second launch on the same folder asks it to come forward ([#askRunningWindow]) instead of opening the
/// library a second time, which the library's lock would refuse. The socket lives in the data folder
/// (`window.socket`), or in the temporary folder when the folder's path is too long for a socket's name. Only the
/// process holding the library's lock listens, so a socket file left by a crash is removed and bound again.
public final class WindowHandoff {

    /// A window listening for later launches on its folder; closing it stops the listening.
    public interface Listening extends AutoCloseable {

        @Override
        void close();
    }

    static final String SOCKET_NAME = "window.socket";
    static final String REQUEST = "show\n";
    static final String ANSWER = "shown\n";
    /// What a window that is closing answers: the later launch goes on by itself.
    static final String REFUSAL = "closing\n";
    /// How long the window waits for a request once connected.
    static final Duration REQUEST_DEADLINE = Duration.ofSeconds(1);
    /// A socket's name is at most 108 bytes on Linux (104 on macOS); kept below both with room to spare.
    private static final int LONGEST_SOCKET_PATH = 100;
    private static final Logger LOG = LoggerFactory.getLogger(WindowHandoff.class);

    private WindowHandoff() {}

    /// Listens for later launches on `dataDir` while the window is open; each one runs `bringForward`, which says
    /// whether a window came forward (none does while the window is closing: the later launch is then told no, and
    /// meets the library's lock). Where no socket can be made, later launches are refused by the lock as before,
    /// and nothing here fails.
    public static Listening listen(Path dataDir, BooleanSupplier bringForward, Workers workers) {
        var socket = socketFor(dataDir);
        try {
            Files.deleteIfExists(socket);
            var server = ServerSocketChannel.open(StandardProtocolFamily.UNIX);
            try {
                server.bind(UnixDomainSocketAddress.of(socket));
            } catch (IOException | RuntimeException e) {
                server.close();
                throw e;
            }
            return new SocketListener(server, socket, bringForward, workers);
        } catch (IOException | RuntimeException e) {
            LOG.warn("A second launch on {} cannot bring this window forward: {}", dataDir, e.toString());
            return () -> {};
        }
    }

    /// Asks the window that has `dataDir` open in another process to come forward; true if it said it did within
    /// `patience`, false if no window listens (none open, or one left by a crash).
    public static boolean askRunningWindow(Path dataDir, Duration patience) {
        var socket = socketFor(dataDir);
        if (!Files.exists(socket)) {
            return false;
        }
        // connecting to a local socket answers at once; the answer is read within the patience
        try (var channel = SocketChannel.open(UnixDomainSocketAddress.of(socket))) {
            channel.write(ByteBuffer.wrap(REQUEST.getBytes(StandardCharsets.US_ASCII)));
            return readLine(channel, patience).equals(ANSWER);
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    /// Reads up to the first newline, at most 16 bytes (the requests are short words), for at most `deadline`.
    private static String readLine(SocketChannel channel, Duration deadline) throws IOException {
        channel.configureBlocking(false);
        var buffer = ByteBuffer.allocate(16);
        long end = System.nanoTime() + deadline.toNanos();
        try (var selector = Selector.open()) {
            channel.register(selector, SelectionKey.OP_READ);
            while (buffer.hasRemaining()) {
                long left = TimeUnit.NANOSECONDS.toMillis(end - System.nanoTime());
                if (left <= 0) {
                    break;
                }
                selector.select(left);
                selector.selectedKeys().clear();
                int read = channel.read(buffer);
                if (read < 0 || (buffer.position() > 0 && buffer.get(buffer.position() - 1) == '\n')) {
                    break;
                }
            }
        }
        return new String(buffer.array(), 0, buffer.position(), StandardCharsets.US_ASCII);
    }

    /// Where the window of `dataDir` listens: in the folder itself, or, when that path is too long for a socket's
    /// name, in the user's own runtime folder (`XDG_RUNTIME_DIR`, which only the user can write to), else in the
    /// temporary folder under a name that includes the user's.
    static Path socketFor(Path dataDir) {
        var folder = dataDir.toAbsolutePath().normalize();
        var inFolder = folder.resolve(SOCKET_NAME);
        if (inFolder.toString().getBytes(StandardCharsets.UTF_8).length <= LONGEST_SOCKET_PATH) {
            return inFolder;
        }
        var user = System.getProperty("user.name", "");
        var name = "papernotes-" + digest(user + "\n" + folder) + ".socket";
        var runtime = Optional.ofNullable(System.getenv("XDG_RUNTIME_DIR"))
                .filter(dir -> !dir.isBlank())
                .map(Path::of)
                .filter(Files::isDirectory);
        return runtime.orElse(Path.of(System.getProperty("java.io.tmpdir"))).resolve(name);
    }

    private static String digest(String text) {
        try {
            var hash = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    /// Accepts requests on its own thread until closed, answering each on a thread of its own.
    private static final class SocketListener implements Listening {

        private final ServerSocketChannel server;
        private final Path socket;
        private final Workers workers;
        private final Workers.Job listener;

        SocketListener(ServerSocketChannel server, Path socket, BooleanSupplier bringForward, Workers workers) {
            this.server = server;
            this.socket = socket;
            this.workers = workers;
            this.listener = workers.start("window-handoff", () -> serve(bringForward));
        }

        private void serve(BooleanSupplier bringForward) {
            while (server.isOpen()) {
                try {
                    var channel = server.accept();
                    // each request on its own thread, so that a client that connects and says nothing holds up
                    // nobody; it is dropped after the deadline
                    workers.start("window-request", () -> answer(channel, bringForward));
                } catch (IOException | RuntimeException e) {
                    if (server.isOpen()) {
                        LOG.debug("Accepting a request to bring the window forward failed: {}", e.toString());
                    }
                }
            }
        }

        private static void answer(SocketChannel channel, BooleanSupplier bringForward) {
            try (channel) {
                if (readLine(channel, REQUEST_DEADLINE).equals(REQUEST)) {
                    var answer = bringForward.getAsBoolean() ? ANSWER : REFUSAL;
                    channel.write(ByteBuffer.wrap(answer.getBytes(StandardCharsets.US_ASCII)));
                }
            } catch (IOException | RuntimeException e) {
                LOG.debug("A request to bring the window forward failed: {}", e.toString());
            }
        }

        @Override
        public void close() {
            try {
                server.close();
            } catch (IOException e) {
                LOG.debug("Closing the window socket: {}", e.toString());
            }
            try {
                listener.join(Duration.ofSeconds(2));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            try {
                Files.deleteIfExists(socket);
            } catch (IOException e) {
                LOG.debug("Removing the window socket: {}", e.toString());
            }
        }
    }
}
