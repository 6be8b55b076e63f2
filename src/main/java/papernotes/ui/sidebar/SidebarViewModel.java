package papernotes.ui.sidebar;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import papernotes.model.TagCount;
import papernotes.model.Topic;
import papernotes.model.TopicPath;
import papernotes.service.TagService;
import papernotes.service.TopicService;

/// The sidebar: the topic tree with note counts (a topic counts the notes below it too) and the tags in use.
public final class SidebarViewModel {

    // Properties

    private final ObservableList<Topic> topics = FXCollections.observableArrayList();
    private final ObservableList<TagCount> tags = FXCollections.observableArrayList();
    private final ObservableList<Topic> topicsView = FXCollections.unmodifiableObservableList(topics);
    private final ObservableList<TagCount> tagsView = FXCollections.unmodifiableObservableList(tags);
    private final Map<TopicPath, Integer> totals = new HashMap<>();

    private final TopicService topicService;
    private final TagService tagService;

    public SidebarViewModel(TopicService topicService, TagService tagService) {
        this.topicService = topicService;
        this.tagService = tagService;
    }

    /// Every topic, parents before their children.
    public ObservableList<Topic> topics() {
        return topicsView;
    }

    /// Tags in use, most used first.
    public ObservableList<TagCount> tags() {
        return tagsView;
    }

    /// Notes in the whole library.
    public int totalNotes() {
        return topics.stream().mapToInt(Topic::noteCount).sum();
    }

    /// Notes in the topic and all topics below it.
    public int totalNotes(TopicPath topic) {
        return totals.getOrDefault(topic, 0);
    }

    /// Topic paths as text, for the topic field of the editor.
    public List<String> topicPaths() {
        return topics.stream().map(t -> t.path().toString()).toList();
    }

    /// Existing tags that contain what was typed (those starting with it first), for the tag field's completion.
    public List<String> tagSuggestions(String typed, List<String> exclude) {
        var needle = typed.strip().toLowerCase(java.util.Locale.ROOT);
        if (needle.isEmpty()) {
            return List.of();
        }
        return tags.stream().map(TagCount::name)
                .filter(name -> exclude.stream().noneMatch(name::equalsIgnoreCase))
                .filter(name -> name.toLowerCase(java.util.Locale.ROOT).contains(needle))
                .sorted(java.util.Comparator.comparing((String name) -> !name.toLowerCase(java.util.Locale.ROOT).startsWith(needle)))
                .limit(8).toList();
    }

    // Commands

    /// Reads the topics and tags again.
    public void load() {
        List<Topic> all = topicService.list();
        totals.clear();
        for (Topic topic : all) {
            for (Optional<TopicPath> at = Optional.of(topic.path()); at.isPresent(); at = at.get().parent()) {
                totals.merge(at.get(), topic.noteCount(), Integer::sum);
            }
        }
        topics.setAll(all);
        tags.setAll(tagService.list());
    }
}
