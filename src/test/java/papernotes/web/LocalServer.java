package papernotes.web;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/// A real HTTP server on 127.0.0.1 that stands in for arXiv, Crossref or doi.org in tests: each path answers what
/// the test put there (answers for one path are given in turn, the last one again and again), and every request is
/// kept.
public final class LocalServer implements AutoCloseable {

    /// What a path answers: a status, headers, a body, and how long to wait before answering.
    public record Reply(int status, Map<String, String> headers, byte[] body, long delayMillis) {

        public static Reply ok(String contentType, byte[] body) {
            return new Reply(200, Map.of("Content-Type", contentType), body, 0);
        }

        public static Reply ok(String contentType, String body) {
            return ok(contentType, body.getBytes(StandardCharsets.UTF_8));
        }

        public static Reply status(int status) {
            return new Reply(status, Map.of(), new byte[0], 0);
        }

        public Reply withHeader(String name, String value) {
            var more = new HashMap<>(headers);
            more.put(name, value);
            return new Reply(status, Map.copyOf(more), body, delayMillis);
        }

        public Reply delayedBy(long millis) {
            return new Reply(status, headers, body, millis);
        }
    }

    /// A request as the server saw it.
    public record Request(String method, URI uri, Map<String, List<String>> headers) {

        public String header(String name) {
            return headers.entrySet().stream()
                    .filter(e -> e.getKey().equalsIgnoreCase(name))
                    .flatMap(e -> e.getValue().stream())
                    .findFirst()
                    .orElse("");
        }
    }

    private final HttpServer server;
    private final Map<String, List<Reply>> replies = new ConcurrentHashMap<>();
    private final List<Request> requests = new CopyOnWriteArrayList<>();

    public LocalServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::answer);
        server.start();
    }

    /// Makes `path` answer `answers` in turn.
    public LocalServer on(String path, Reply... answers) {
        replies.put(path, new CopyOnWriteArrayList<>(List.of(answers)));
        return this;
    }

    public URI address(String path) {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path);
    }

    public List<Request> requests() {
        return List.copyOf(requests);
    }

    private void answer(HttpExchange exchange) throws IOException {
        try (exchange) {
            requests.add(new Request(
                    exchange.getRequestMethod(), exchange.getRequestURI(), Map.copyOf(exchange.getRequestHeaders())));
            var queue = replies.get(exchange.getRequestURI().getPath());
            Reply reply;
            if (queue == null || queue.isEmpty()) {
                reply = Reply.status(404);
            } else {
                reply = queue.size() > 1 ? queue.removeFirst() : queue.getFirst();
            }
            if (reply.delayMillis() > 0) {
                try {
                    Thread.sleep(reply.delayMillis());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
            reply.headers()
                    .forEach((name, value) -> exchange.getResponseHeaders().add(name, value));
            exchange.sendResponseHeaders(reply.status(), reply.body().length == 0 ? -1 : reply.body().length);
            if (reply.body().length > 0) {
                exchange.getResponseBody().write(reply.body());
            }
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
