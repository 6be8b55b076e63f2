package papernotes.web;

import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import papernotes.model.ByteSizes;
import papernotes.model.Failures;

/// Asks services on the web as their etiquette wants: no sooner after the last request than the service's spacing,
/// a `User-Agent` that names PaperNotes (and the user's address, when given, for Crossref's polite pool), a wait
/// for a `Retry-After` of up to [#LONGEST_WAIT] and one try again, a time limit on every answer and a size limit on
/// its body. Every failure is a [WebException] with one sentence that names the service.
public final class PoliteClient implements AutoCloseable {

    public static final Duration TIMEOUT = Duration.ofSeconds(10);
    /// The longest `Retry-After` waited out; a longer one fails at once, saying how long.
    static final Duration LONGEST_WAIT = Duration.ofSeconds(20);
    static final int MAX_BYTES = 16 * 1024 * 1024;

    /// Made at the first request: most runs of PaperNotes ask nothing of the web, and a client starts a thread.
    private @Nullable HttpClient http;
    private final String appVersion;
    private final Supplier<Optional<String>> mailto;
    private final Pacing pacing;
    private final Duration timeout;
    private final Map<String, Instant> lastAsked = new HashMap<>();

    /// `appVersion` and `mailto` (an address, or empty) go into the `User-Agent`.
    public PoliteClient(String appVersion, Optional<String> mailto, Pacing pacing, Duration timeout) {
        this(appVersion, () -> mailto, pacing, timeout);
    }

    /// As [#PoliteClient(String, Optional, Pacing, Duration)], the address asked for at each request (the user may
    /// change it in Preferences).
    public PoliteClient(String appVersion, Supplier<Optional<String>> mailto, Pacing pacing, Duration timeout) {
        this.appVersion = appVersion;
        this.mailto = mailto;
        this.pacing = pacing;
        this.timeout = timeout;
    }

    private String userAgent() {
        return "PaperNotes/" + appVersion + " (a desktop notes app"
                + mailto.get()
                        .filter(m -> m.contains("@"))
                        .map(m -> "; mailto:" + m.strip())
                        .orElse("") + ")";
    }

    /// What `service` answers at `address`, asked for `accept`. Answers of any status are returned, but for a
    /// `429` or `503` that asks to wait, which is waited out once when short and refused when long.
    public Answer get(Service service, URI address, String accept) {
        var reply = ask(service, address, accept);
        int status = reply.answer().status();
        if (status == 429 || status == 503) {
            var wait = reply.retryAfter().orElse(Duration.ofSeconds(status == 429 ? 5 : 0));
            if (wait.compareTo(LONGEST_WAIT) > 0) {
                throw new WebException(service.name() + " asks to wait " + wait.toSeconds()
                        + " s before the next request; try again then.");
            }
            if (!wait.isZero() || status == 429) {
                sleep(wait);
                reply = ask(service, address, accept);
            }
        }
        return reply.answer();
    }

    private Reply ask(Service service, URI address, String accept) {
        keepSpacing(service);
        var request = HttpRequest.newBuilder(address)
                .timeout(timeout)
                .header("User-Agent", userAgent())
                .header("Accept", accept)
                .GET()
                .build();
        try {
            HttpResponse<InputStream> response = http().send(request, HttpResponse.BodyHandlers.ofInputStream());
            byte[] body;
            try (var in = response.body()) {
                body = in.readNBytes(MAX_BYTES + 1);
            }
            if (body.length > MAX_BYTES) {
                throw new WebException(service.name() + " answered with more than " + ByteSizes.describe(MAX_BYTES)
                        + "; the answer was not read.");
            }
            var answer = new Answer(
                    response.statusCode(), response.uri(), response.headers().firstValue("Content-Type"), body);
            return new Reply(
                    answer, response.headers().firstValue("Retry-After").flatMap(PoliteClient::seconds));
        } catch (HttpTimeoutException e) {
            throw new WebException(service.name() + " did not answer in " + timeout.toSeconds() + " s.", e);
        } catch (ConnectException e) {
            throw new WebException(
                    "Cannot reach " + service.name() + " at " + address.getHost() + " (is the network down?).", e);
        } catch (IOException e) {
            throw new WebException("Asking " + service.name() + " failed: " + Failures.message(e) + ".", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new WebException("Asking " + service.name() + " was stopped.", e);
        }
    }

    /// Saves the file `service` serves at `address` in `target`, asked for `accept`: the file, or a [WebException]
    /// saying in one sentence why not (another answer than 200, more than `maxBytes`), `target` then left out.
    public void download(Service service, URI address, String accept, Path target, long maxBytes) {
        keepSpacing(service);
        var request = HttpRequest.newBuilder(address)
                .timeout(timeout)
                .header("User-Agent", userAgent())
                .header("Accept", accept)
                .GET()
                .build();
        boolean done = false;
        try {
            HttpResponse<InputStream> response = http().send(request, HttpResponse.BodyHandlers.ofInputStream());
            try (var in = response.body()) {
                if (response.statusCode() != 200) {
                    throw new WebException(service.name() + " answered " + response.statusCode() + " for " + address
                            + "; nothing was downloaded.");
                }
                try (var out = new BoundedOutput(Files.newOutputStream(target), maxBytes)) {
                    in.transferTo(out);
                }
            }
            done = true;
        } catch (HttpTimeoutException e) {
            throw new WebException(service.name() + " did not answer in " + timeout.toSeconds() + " s.", e);
        } catch (ConnectException e) {
            throw new WebException(
                    "Cannot reach " + service.name() + " at " + address.getHost() + " (is the network down?).", e);
        } catch (BoundedOutput.TooLong e) {
            throw new WebException(service.name() + " sent more than " + ByteSizes.describe(maxBytes) + " for "
                    + address + "; it was not kept.");
        } catch (IOException e) {
            throw new WebException("Downloading from " + service.name() + " failed: " + Failures.message(e) + ".", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new WebException("Downloading from " + service.name() + " was stopped.", e);
        } finally {
            if (!done) {
                deleteQuietly(target);
            }
        }
    }

    private static void deleteQuietly(Path target) {
        try {
            Files.deleteIfExists(target);
        } catch (IOException e) {
            // a partial download in a scratch folder: cleared with the folder
        }
    }

    /// What one request gave, with how long the service asks to wait before the next.
    private record Reply(Answer answer, Optional<Duration> retryAfter) {}

    /// A `Retry-After` in seconds; the date form is read as no advice.
    private static Optional<Duration> seconds(String value) {
        var text = value.strip();
        return text.matches("\\d{1,9}") ? Optional.of(Duration.ofSeconds(Long.parseLong(text))) : Optional.empty();
    }

    private void keepSpacing(Service service) {
        Instant last;
        synchronized (lastAsked) {
            last = lastAsked.get(service.name());
        }
        if (last != null) {
            var due = last.plus(service.spacing());
            var now = pacing.now();
            if (now.isBefore(due)) {
                sleep(Duration.between(now, due));
            }
        }
        synchronized (lastAsked) {
            lastAsked.put(service.name(), pacing.now());
        }
    }

    private void sleep(Duration duration) {
        try {
            pacing.sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new WebException("Waiting to ask again was stopped.", e);
        }
    }

    private synchronized HttpClient http() {
        var client = http;
        if (client == null) {
            client = HttpClient.newBuilder()
                    .connectTimeout(timeout)
                    .followRedirects(HttpClient.Redirect.NORMAL)
                    .build();
            http = client;
        }
        return client;
    }

    @Override
    public synchronized void close() {
        var client = http;
        if (client != null) {
            client.close();
            http = null;
        }
    }
}
