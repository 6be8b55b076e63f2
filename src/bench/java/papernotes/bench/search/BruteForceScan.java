package papernotes.bench.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.PriorityQueue;

/// The brute-force baseline: every note's title and body in memory, lower case, and each query a scan of all of
/// them with `String.indexOf` (the Obsidian-style substring search): a note matches when it contains every word of
/// the query; a title match ranks above a body match, then more matched words, then the earlier note.
final class BruteForceScan {

    record Hit(String id, String snippet) {}

    private final String[] ids;
    private final String[] titles;
    private final String[] bodies;

    BruteForceScan(List<CorpusNote> notes) {
        ids = new String[notes.size()];
        titles = new String[notes.size()];
        bodies = new String[notes.size()];
        for (int i = 0; i < notes.size(); i++) {
            var note = notes.get(i);
            ids[i] = note.id().value();
            titles[i] = note.title().toLowerCase(Locale.ROOT);
            bodies[i] = note.body().toLowerCase(Locale.ROOT);
        }
    }

    /// The best `limit` notes for `query`, with the text around the first word's first match when `snippets`.
    List<Hit> search(String query, int limit, boolean snippets) {
        var words = List.of(query.toLowerCase(Locale.ROOT).split("[\\s\\p{Punct}？，。]+")).stream()
                .filter(w -> !w.isBlank())
                .toList();
        if (words.isEmpty()) {
            return List.of();
        }
        record Scored(int index, int score) {}
        var best = new PriorityQueue<Scored>(
                Comparator.comparingInt(Scored::score).thenComparing(Scored::index, Comparator.reverseOrder()));
        for (int i = 0; i < ids.length; i++) {
            int score = 0;
            boolean all = true;
            for (String word : words) {
                if (titles[i].contains(word)) {
                    score += 10;
                } else if (bodies[i].contains(word)) {
                    score += 1;
                } else {
                    all = false;
                    break;
                }
            }
            if (all) {
                best.add(new Scored(i, score));
                if (best.size() > limit) {
                    best.poll();
                }
            }
        }
        var hits = new ArrayList<Hit>();
        while (!best.isEmpty()) {
            int i = best.poll().index();
            String snippet = "";
            if (snippets) {
                int at = Math.max(0, bodies[i].indexOf(words.getFirst()));
                snippet = bodies[i].substring(Math.max(0, at - 40), Math.min(bodies[i].length(), at + 60));
            }
            hits.addFirst(new Hit(ids[i], snippet));
        }
        return hits;
    }
}
