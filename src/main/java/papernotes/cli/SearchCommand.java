package papernotes.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import papernotes.model.InvalidInputException;
import papernotes.model.NoteFilter;
import papernotes.model.ReadingPriority;
import papernotes.model.ReadingStatus;
import papernotes.model.TopicPath;
import papernotes.service.Library;
import papernotes.service.SearchOutcome;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(
        name = "search",
        description = {
            "Search the notes in Chinese, English or both (syntax: docs/search.md).",
            "Without QUERY, reads one query per line from standard input and answers each on one line."
        })
final class SearchCommand extends LibraryCommand {

    @Parameters(arity = "0..*", paramLabel = "QUERY", description = "The query; several words are joined with spaces.")
    List<String> query;

    @Option(
            names = "--json",
            description =
                    "Print JSON: {query, total, tookMs, expanded, hits: [{id, title, topic, tags, status, priority, score, snippets, pages: [{attachment, stored, page, snippet}]}]}.")
    boolean json;

    @Option(
            names = "--limit",
            paramLabel = "N",
            defaultValue = "10",
            description = "At most N hits (default ${DEFAULT-VALUE}).")
    int limit;

    @Option(names = "--topic", paramLabel = "PATH", description = "Only notes in this topic or below it.")
    String topic;

    @Option(names = "--tag", paramLabel = "TAG", description = "Only notes with this tag.")
    String tag;

    @Option(
            names = "--status",
            paramLabel = "STATUS",
            description = "Only notes with this reading status: to-read, reading or read.")
    String status;

    @Override
    int run(Library library, Output output) throws IOException {
        if (limit < 1) {
            throw new InvalidInputException("--limit must be at least 1.");
        }
        library.search().awaitIndex();
        var filter = new NoteFilter(
                Optional.ofNullable(topic).map(TopicPath::parse),
                Optional.ofNullable(tag),
                Optional.ofNullable(status).flatMap(ReadingStatus::parse));
        if (query != null && !query.isEmpty()) {
            print(library.search().search(String.join(" ", query), limit, filter), output, false);
            return 0;
        }
        var reader = new BufferedReader(new InputStreamReader(output.terminal().in(), StandardCharsets.UTF_8));
        String line;
        while ((line = reader.readLine()) != null) {
            print(library.search().search(line, limit, filter), output, true);
        }
        return 0;
    }

    private void print(SearchOutcome outcome, Output output, boolean batch) {
        if (json) {
            output.json(toJson(outcome));
            return;
        }
        if (batch) {
            output.line(outcome.query() + "\t" + outcome.total() + "\t"
                    + String.join(
                            " ",
                            outcome.hits().stream()
                                    .map(h -> h.note().id().value())
                                    .toList()));
            return;
        }
        outcome.notices().forEach(output::message);
        if (!outcome.expanded().isEmpty()) {
            output.message("Also matched: " + String.join("; ", outcome.expanded()));
        }
        output.message(
                outcome.total() + (outcome.total() == 1 ? " note" : " notes") + " (" + outcome.tookMs() + " ms)");
        for (var hit : outcome.hits()) {
            output.line(TextViews.summary(hit.note()));
            hit.snippets().forEach(snippet -> output.line("    " + plain(snippet)));
            hit.pages()
                    .forEach(page -> output.line(
                            "    " + page.file().fileName() + " p. " + page.page() + " — " + plain(page.snippet())));
        }
    }

    /// A snippet for a terminal: the marks as `**…**`, entities decoded.
    static String plain(String snippet) {
        return snippet.replace("<mark>", "**")
                .replace("</mark>", "**")
                .replace("&lt;", "<")
                .replace("&gt;", ">")
                .replace("&quot;", "\"")
                .replace("&#39;", "'")
                .replace("&amp;", "&");
    }

    static Map<String, Object> toJson(SearchOutcome outcome) {
        var map = new LinkedHashMap<String, Object>();
        map.put("query", outcome.query());
        map.put("total", outcome.total());
        map.put("tookMs", outcome.tookMs());
        map.put("expanded", outcome.expanded());
        map.put("relaxed", outcome.relaxed());
        map.put("notices", outcome.notices());
        map.put(
                "hits",
                outcome.hits().stream()
                        .map(hit -> {
                            var h = new LinkedHashMap<String, Object>();
                            h.put("id", hit.note().id().value());
                            h.put("title", hit.note().title());
                            h.put("topic", hit.note().topic().toString());
                            h.put("tags", hit.note().tags());
                            var reading = hit.note().reading();
                            h.put(
                                    "status",
                                    reading.status().map(ReadingStatus::key).orElse(null));
                            h.put(
                                    "priority",
                                    reading.priority()
                                            .map(ReadingPriority::level)
                                            .orElse(null));
                            h.put("score", Math.round(hit.score() * 1000) / 1000.0);
                            h.put("snippets", hit.snippets());
                            h.put(
                                    "pages",
                                    hit.pages().stream()
                                            .map(page -> Map.of(
                                                    "attachment",
                                                    page.file().fileName(),
                                                    "stored",
                                                    page.file().stored(),
                                                    "page",
                                                    page.page(),
                                                    "snippet",
                                                    page.snippet()))
                                            .toList());
                            return h;
                        })
                        .toList());
        return map;
    }
}
