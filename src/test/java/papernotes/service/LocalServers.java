package papernotes.service;

import java.io.IOException;
import java.util.Optional;
import papernotes.web.LocalServer;

/// A local server standing in for arXiv (`/arxiv/query`), Crossref (`/crossref/works`) and doi.org (`/doi/`).
final class LocalServers {

    private LocalServers() {}

    static LocalServer start() {
        try {
            return new LocalServer();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static LookupEndpoints endpoints(LocalServer server) {
        return new LookupEndpoints(
                server.address("/arxiv/query"),
                server.address("/crossref/works"),
                server.address("/doi/"),
                Optional.empty(),
                server.address("/pdf/"));
    }
}
