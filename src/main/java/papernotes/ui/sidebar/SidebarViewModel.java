package papernotes.ui.sidebar;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import papernotes.model.PaperNotesException;
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

    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final TopicService topicService;
    private final TagService tagService;
    private Runnable changed = () -> {};
    private BiConsumer<TopicPath, Optional<TopicPath>> moved = (from, to) -> {};
    private BiConsumer<List<String>, String> tagRenamed = (from, to) -> {};
    private BooleanSupplier beforeCommand = () -> true;

    public SidebarViewModel(TopicService topicService, TagService tagService) {
        this.topicService = topicService;
        this.tagService = tagService;
    }

    /// Called after a command changed the library (the list and counts refresh).
    public void onChanged(Runnable listener) {
        this.changed = listener;
    }

    /// Called when a topic got another path (renamed, moved: the new one) or went to the trash (empty), before
    /// [#onChanged]: a filter on that topic follows it.
    public void onMoved(BiConsumer<TopicPath, Optional<TopicPath>> listener) {
        this.moved = listener;
    }

    /// Called with the old names and the new one after tags were renamed or merged.
    public void onTagRenamed(BiConsumer<List<String>, String> listener) {
        this.tagRenamed = listener;
    }

    /// Asked before any command changes the library (the open note's draft is saved); false stops the command.
    public void beforeCommand(BooleanSupplier check) {
        this.beforeCommand = check;
    }

    /// What the last command did, or why it could not.
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
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
        var needle = typed.strip().toLowerCase(Locale.ROOT);
        if (needle.isEmpty()) {
            return List.of();
        }
        return tags.stream()
                .map(TagCount::name)
                .filter(name -> exclude.stream().noneMatch(name::equalsIgnoreCase))
                .filter(name -> name.toLowerCase(Locale.ROOT).contains(needle))
                .sorted(Comparator.comparing(
                        (String name) -> !name.toLowerCase(Locale.ROOT).startsWith(needle)))
                .limit(8)
                .toList();
    }

    // Commands

    /// Creates a topic under `parent` (or at the top). Returns it, or empty with the reason in the message.
    public Optional<TopicPath> createTopic(Optional<TopicPath> parent, String name, String nameZh) {
        return command(() -> {
            var path = parent.map(p -> p.child(name.strip())).orElseGet(() -> TopicPath.of(name.strip()));
            return topicService.create(path, nameZh.strip()).path();
        });
    }

    public Optional<TopicPath> renameTopic(TopicPath topic, String name, String nameZh) {
        return command(() -> {
            var path = topicService.rename(topic, name.strip(), nameZh.strip()).path();
            moved.accept(topic, Optional.of(path));
            return path;
        });
    }

    /// Moves a topic under another (drag and drop), or to the top when `parent` is empty.
    public Optional<TopicPath> moveTopic(TopicPath topic, Optional<TopicPath> parent) {
        return command(() -> {
            var path = topicService.move(topic, parent).path();
            moved.accept(topic, Optional.of(path));
            return path;
        });
    }

    /// Moves a topic's notes, and those of the topics below it, to the trash.
    public Optional<Integer> trashTopic(TopicPath topic) {
        return command(() -> {
            int trashed = topicService.trash(topic);
            moved.accept(topic, Optional.empty());
            return trashed;
        });
    }

    /// Renames a tag on every note; onto an existing tag it is a merge.
    public Optional<Integer> renameTag(String from, String to) {
        return command(() -> {
            int changed = tagService.rename(from, to);
            tagRenamed.accept(List.of(from), to.strip());
            return changed;
        });
    }

    public Optional<Integer> mergeTags(List<String> sources, String target) {
        return command(() -> {
            int changed = tagService.merge(sources, target);
            tagRenamed.accept(List.copyOf(sources), target.strip());
            return changed;
        });
    }

    private <T> Optional<T> command(Supplier<T> action) {
        if (!beforeCommand.getAsBoolean()) {
            return Optional.empty();
        }
        try {
            var result = action.get();
            message.set("");
            load();
            changed.run();
            return Optional.of(result);
        } catch (PaperNotesException e) {
            message.set(e.getMessage());
            return Optional.empty();
        }
    }

    /// Reads the topics and tags again.
    public void load() {
        List<Topic> all = topicService.list();
        totals.clear();
        for (Topic topic : all) {
            for (Optional<TopicPath> at = Optional.of(topic.path());
                    at.isPresent();
                    at = at.get().parent()) {
                totals.merge(at.get(), topic.noteCount(), Integer::sum);
            }
        }
        topics.setAll(all);
        tags.setAll(tagService.list());
    }
}
