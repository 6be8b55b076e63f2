package papernotes.ui.sidebar;

import java.util.HashMap;
import java.util.Optional;
import java.util.function.Consumer;

import javafx.geometry.Insets;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import papernotes.model.TagCount;
import papernotes.model.Topic;
import papernotes.model.TopicPath;
import papernotes.ui.Messages;

/// The sidebar: topics (English and Chinese names, notes below each) over the tags in use. Choosing a topic or a
/// tag filters the note list.
public final class SidebarView {

    private final SidebarViewModel viewModel;
    private final Messages messages;
    private final VBox root = new VBox();
    private final TreeView<Optional<Topic>> topicTree = new TreeView<>();
    private final ListView<TagCount> tagList = new ListView<>();
    private boolean rebuilding;

    public SidebarView(SidebarViewModel viewModel, Messages messages, Consumer<Optional<TopicPath>> topicChosen,
                       Consumer<String> tagChosen) {
        this.viewModel = viewModel;
        this.messages = messages;
        topicTree.setId("topicTree");
        topicTree.setCellFactory(tree -> new TopicCell());
        viewModel.topics().subscribe(this::rebuildTree);
        topicTree.getSelectionModel().selectedItemProperty().subscribe(item -> {
            if (!rebuilding && item != null) {
                topicChosen.accept(item.getValue().map(Topic::path));
            }
        });
        tagList.setId("tagList");
        tagList.setItems(viewModel.tags());
        tagList.setCellFactory(list -> new TagCell());
        tagList.setOnMouseClicked(event -> {
            var tag = tagList.getSelectionModel().getSelectedItem();
            if (tag != null) {
                tagChosen.accept(tag.name());
            }
        });
        tagList.setOnKeyPressed(event -> {
            var tag = tagList.getSelectionModel().getSelectedItem();
            if (tag != null && event.getCode() == javafx.scene.input.KeyCode.ENTER) {
                tagChosen.accept(tag.name());
            }
        });
        var topicsLabel = heading(messages.text("sidebar.topics"));
        var tagsLabel = heading(messages.text("sidebar.tags"));
        VBox.setVgrow(topicTree, Priority.ALWAYS);
        tagList.setPrefHeight(220);
        root.getChildren().addAll(topicsLabel, topicTree, tagsLabel, tagList);
        root.getStyleClass().add("sidebar");
    }

    private static Label heading(String text) {
        var label = new Label(text);
        label.getStyleClass().addAll("sidebar-heading", "text-caption");
        label.setPadding(new Insets(8, 8, 4, 8));
        return label;
    }

    public Parent root() {
        return root;
    }

    /// Selects the tree's "All notes" line without filtering anew.
    public void showAll() {
        topicTree.getSelectionModel().clearSelection();
    }

    private void rebuildTree() {
        rebuilding = true;
        try {
            var selected = Optional.ofNullable(topicTree.getSelectionModel().getSelectedItem())
                    .flatMap(TreeItem::getValue).map(Topic::path);
            var top = new TreeItem<Optional<Topic>>(Optional.empty());
            var items = new HashMap<TopicPath, TreeItem<Optional<Topic>>>();
            for (Topic topic : viewModel.topics()) {
                var item = new TreeItem<>(Optional.of(topic));
                item.setExpanded(true);
                items.put(topic.path(), item);
                topic.path().parent().map(items::get).orElse(top).getChildren().add(item);
            }
            top.setExpanded(true);
            topicTree.setRoot(top);
            selected.map(items::get).ifPresent(item -> topicTree.getSelectionModel().select(item));
        } finally {
            rebuilding = false;
        }
    }

    private final class TopicCell extends TreeCell<Optional<Topic>> {
        @Override
        protected void updateItem(Optional<Topic> item, boolean empty) {
            super.updateItem(item, empty);
            if (empty || item == null) {
                setText(null);
            } else if (item.isEmpty()) {
                setText(messages.format("sidebar.allNotes", viewModel.totalNotes()));
            } else {
                var topic = item.get();
                var zh = topic.nameZh().isEmpty() || topic.nameZh().equals(topic.path().name()) ? "" : "  " + topic.nameZh();
                setText(topic.path().name() + zh + "  (" + viewModel.totalNotes(topic.path()) + ")");
            }
        }
    }

    private static final class TagCell extends ListCell<TagCount> {
        @Override
        protected void updateItem(TagCount tag, boolean empty) {
            super.updateItem(tag, empty);
            setText(empty || tag == null ? null : "#" + tag.name() + "  (" + tag.notes() + ")");
        }
    }
}
