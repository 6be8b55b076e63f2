package papernotes.git;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/// Git's own smart HTTP server on 127.0.0.1 and a free port: the JDK's HTTP server runs Debian's `git http-backend`
/// (package `git`) as a CGI program over the bare repositories of a folder, behind HTTP Basic authentication with one
/// user name and token (anything else is answered 401). Pushing is enabled: `http://127.0.0.1:port/name.git`.
///
/// Without git installed it fails at once, saying so: the HTTP tests need the real thing.
public final class GitHttpServer implements GitServer {

    /// Where Debian's `git` package puts the CGI program.
    public static final Path BACKEND = Path.of("/usr/lib/git-core/git-http-backend");

    private final Path root;
    private final String user;
    private final String token;
    private final HttpServer server;
    private final ExecutorService handlers = Executors.newVirtualThreadPerTaskExecutor();
    private boolean running = true;

    public GitHttpServer(Path root, String user, String token) {
        if (!Files.isExecutable(BACKEND)) {
            throw new IllegalStateException("The HTTP sync tests run git's own server, " + BACKEND
                    + ", which is missing: install git (apt-get install git).");
        }
        this.root = root;
        try {
            Files.createDirectories(root);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        this.user = user;
        this.token = token;
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException("The HTTP server could not start", e);
        }
        server.createContext("/", this::answer);
        server.setExecutor(handlers);
        server.start();
    }

    @Override
    public String createRepository(String name) {
        BareRepositories.create(root, name, "http.receivepack=true");
        return url(name);
    }

    @Override
    public String url(String name) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/" + name + ".git";
    }

    @Override
    public Credentials credentials() {
        return Credentials.token(user, token);
    }

    @Override
    public synchronized void stop() {
        if (running) {
            running = false;
            server.stop(0);
            handlers.close();
        }
    }

    @Override
    public void close() {
        stop();
    }

    private void answer(HttpExchange exchange) throws IOException {
        try (exchange) {
            if (!authorised(exchange.getRequestHeaders().getFirst("Authorization"))) {
                exchange.getResponseHeaders().add("WWW-Authenticate", "Basic realm=\"git\"");
                exchange.sendResponseHeaders(401, -1);
                return;
            }
            runBackend(exchange);
        }
    }

    private boolean authorised(String authorization) {
        var expected =
                "Basic " + Base64.getEncoder().encodeToString((user + ":" + token).getBytes(StandardCharsets.UTF_8));
        return expected.equals(authorization);
    }

    /// Runs `git http-backend` for one request: the request's line and headers go in as CGI variables and its body
    /// on standard input; the program's `Status:` and other headers, then its body, make the answer.
    private void runBackend(HttpExchange exchange) throws IOException {
        var request = exchange.getRequestHeaders();
        var process = new ProcessBuilder(BACKEND.toString());
        var env = process.environment();
        env.keySet().retainAll(Set.of("PATH", "LANG"));
        env.put("HOME", root.toString());
        env.put("GIT_CONFIG_NOSYSTEM", "1");
        env.put("GIT_PROJECT_ROOT", root.toString());
        env.put("GIT_HTTP_EXPORT_ALL", "1");
        env.put("GATEWAY_INTERFACE", "CGI/1.1");
        env.put("SERVER_PROTOCOL", "HTTP/1.1");
        env.put("REQUEST_METHOD", exchange.getRequestMethod());
        env.put("PATH_INFO", exchange.getRequestURI().getPath());
        var query = exchange.getRequestURI().getRawQuery();
        env.put("QUERY_STRING", query == null ? "" : query);
        env.put("REMOTE_USER", user);
        env.put("REMOTE_ADDR", "127.0.0.1");
        env.put("CONTENT_TYPE", orEmpty(request.getFirst("Content-Type")));
        var length = request.getFirst("Content-Length");
        if (length != null) {
            env.put("CONTENT_LENGTH", length);
        }
        var encoding = request.getFirst("Content-Encoding");
        if (encoding != null) {
            env.put("HTTP_CONTENT_ENCODING", encoding);
        }
        var protocol = request.getFirst("Git-Protocol");
        if (protocol != null) {
            env.put("GIT_PROTOCOL", protocol);
        }
        process.redirectError(ProcessBuilder.Redirect.appendTo(
                root.resolve("http-backend.log").toFile()));
        var backend = process.start();
        var feeding = Thread.ofVirtual().start(() -> feed(exchange.getRequestBody(), backend.getOutputStream()));
        try (var output = new BufferedInputStream(backend.getInputStream())) {
            int status = 200;
            long contentLength = 0;
            for (var line = headerLine(output); !line.isEmpty(); line = headerLine(output)) {
                var colon = line.indexOf(':');
                var name = line.substring(0, colon).strip();
                var value = line.substring(colon + 1).strip();
                switch (name.toLowerCase(Locale.ROOT)) {
                    case "status" -> status = Integer.parseInt(value.substring(0, 3));
                    case "content-length" -> contentLength = Long.parseLong(value);
                    default -> exchange.getResponseHeaders().add(name, value);
                }
            }
            boolean noBody = exchange.getRequestMethod().equals("HEAD") || status == 204 || status == 304;
            exchange.sendResponseHeaders(status, noBody ? -1 : contentLength);
            if (!noBody) {
                output.transferTo(exchange.getResponseBody());
            }
        } finally {
            try {
                feeding.join();
                backend.waitFor();
            } catch (InterruptedException e) {
                backend.destroy();
                Thread.currentThread().interrupt();
            }
        }
    }

    private static void feed(InputStream body, OutputStream backend) {
        try (body;
                backend) {
            body.transferTo(backend);
        } catch (IOException e) {
            // The program stopped reading (it answered early, an error): what it wrote is the answer.
        }
    }

    /// One header line of the program's answer, without its line break; empty at the blank line that ends them.
    private static String headerLine(InputStream in) throws IOException {
        var line = new ByteArrayOutputStream();
        for (int b = in.read(); b != -1 && b != '\n'; b = in.read()) {
            if (b != '\r') {
                line.write(b);
            }
        }
        return line.toString(StandardCharsets.UTF_8);
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }
}
