package papernotes.service;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import papernotes.model.NoteFilter;
import papernotes.model.NoteOrder;
import papernotes.model.NoteSummary;
import papernotes.model.Reading;
import papernotes.model.Topic;
import papernotes.model.TopicPath;
import papernotes.storage.StoreSession;

/// The notes of a filter in the order a list asks for: the topic tree's (then titles), or by title, time or
/// priority (then status and title), with notes that still tie left in the topic tree's order.
final class NoteOrdering {

    private NoteOrdering() {}

    static List<NoteSummary> list(StoreSession session, NoteFilter filter, NoteOrder order) {
        filter.topic().ifPresent(topic -> {
            if (session.topics().find(topic).isEmpty()) {
                throw new NoteNotFoundException("There is no topic '" + topic + "'.");
            }
        });
        var topicPlace = new HashMap<String, Integer>();
        List<Topic> topics = session.topics().list();
        for (int i = 0; i < topics.size(); i++) {
            topicPlace.put(topics.get(i).path().toString(), i);
        }
        var result = new ArrayList<>(session.noteListing().list(filter));
        // notes of a topic share one path: its place is looked up once per path, not at every comparison
        var places = new IdentityHashMap<TopicPath, Integer>();
        Comparator<NoteSummary> byTopic = Comparator.comparingInt((NoteSummary n) ->
                places.computeIfAbsent(n.topic(), path -> topicPlace.getOrDefault(path.toString(), Integer.MAX_VALUE)));
        result.sort(byTopic);
        // a stable sort: notes that tie stay in the topic tree's order
        result.sort(comparator(order, byTopic));
        return List.copyOf(result);
    }

    private static Comparator<NoteSummary> comparator(NoteOrder order, Comparator<NoteSummary> byTopic) {
        return switch (order) {
            case TOPIC -> byTopic;
            case TITLE -> Comparator.comparing(NoteSummary::title, String.CASE_INSENSITIVE_ORDER);
            case UPDATED -> Comparator.comparing(NoteSummary::updated).reversed();
            case CREATED -> Comparator.comparing(NoteSummary::created).reversed();
            case PRIORITY ->
                Comparator.comparing(NoteSummary::reading, Reading.BY_PRIORITY)
                        .thenComparing(NoteSummary::title, String.CASE_INSENSITIVE_ORDER);
        };
    }
}
