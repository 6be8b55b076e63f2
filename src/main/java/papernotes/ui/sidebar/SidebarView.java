package papernotes.ui.sidebar;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Insets;
import javafx.scene.Parent;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.IndexedCell;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuItem;
import javafx.scene.control.OverrunStyle;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.DataFormat;
import javafx.scene.input.Dragboard;
import javafx.scene.input.KeyCode;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import papernotes.model.TagCount;
import papernotes.model.Topic;
import papernotes.model.TopicPath;
import papernotes.ui.CutShort;
import papernotes.ui.Dialogs;
import papernotes.ui.Messages;

/// The sidebar: topics (English and Chinese names, notes below each) over the tags in use. Choosing a topic or a
/// tag filters the note list.
public final class SidebarView {

    private final SidebarViewModel viewModel;
    private final Messages messages;
    private final VBox root = new VBox();
    private final TreeView<Optional<Topic>> topicTree = new TreeView<>();
    private final ListView<TagCount> tagList = new ListView<>();
    private final ObservableValue<Optional<TopicPath>> topicFilter;
    private final ObservableValue<Optional<String>> tagFilter;
    /// Set while the tree's selection is changed to show the filters (or the tree is built again), not by the user.
    private boolean rebuilding;

    /// `topicFilter` and `tagFilter` are the list's filters, which the sidebar shows as chosen however they were set
    /// or removed (a chip's close button, a topic renamed): choosing a topic again after its chip was removed
    /// filters again.
    public SidebarView(
            SidebarViewModel viewModel,
            Messages messages,
            ObservableValue<Optional<TopicPath>> topicFilter,
            ObservableValue<Optional<String>> tagFilter,
            Consumer<Optional<TopicPath>> topicChosen,
            Consumer<String> tagChosen) {
        this.viewModel = viewModel;
        this.messages = messages;
        this.topicFilter = topicFilter;
        this.tagFilter = tagFilter;
        topicTree.setId("topicTree");
        topicTree.setCellFactory(tree -> new TopicCell());
        topicTree.setContextMenu(topicMenu());
        tagList.setContextMenu(tagMenu());
        tagList.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
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
            if (tag != null && event.getCode() == KeyCode.ENTER) {
                tagChosen.accept(tag.name());
            }
        });
        var topicsLabel = heading(messages.text("sidebar.topics"));
        var tagsLabel = heading(messages.text("sidebar.tags"));
        VBox.setVgrow(topicTree, Priority.ALWAYS);
        tagList.setPrefHeight(220);
        root.getChildren().addAll(topicsLabel, topicTree, tagsLabel, tagList);
        root.getStyleClass().add("sidebar");
        topicFilter.subscribe(this::showFilters);
        tagFilter.subscribe(this::showFilters);
        viewModel.tags().subscribe(this::showFilters);
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

    /// Shows the list's filters as chosen, without filtering anew: the topic filtered by (or "All notes" when
    /// nothing is), and the tag. A tag among several selected for a merge keeps that selection.
    // The same tree item, not an equal one: identity is meant.
    @SuppressWarnings("ReferenceEquality")
    private void showFilters() {
        if (topicTree.getRoot() == null) {
            return;
        }
        rebuilding = true;
        try {
            var topics = topicTree.getSelectionModel();
            var topic = topicFilter.getValue();
            var shown = topic.isPresent()
                    ? topic.flatMap(path -> find(topicTree.getRoot(), path))
                    : Optional.of(topicTree.getRoot())
                            .filter(all -> tagFilter.getValue().isEmpty());
            shown.ifPresentOrElse(
                    item -> {
                        if (topics.getSelectedItem() != item) {
                            topics.select(item);
                        }
                    },
                    topics::clearSelection);
            var tags = tagList.getSelectionModel();
            var tag = tagFilter
                    .getValue()
                    .flatMap(name -> tagList.getItems().stream()
                            .filter(count -> count.name().equalsIgnoreCase(name))
                            .findFirst());
            tag.ifPresentOrElse(
                    count -> {
                        if (!tags.getSelectedItems().contains(count)) {
                            tags.clearAndSelect(tagList.getItems().indexOf(count));
                        }
                    },
                    tags::clearSelection);
        } finally {
            rebuilding = false;
        }
    }

    private static Optional<TreeItem<Optional<Topic>>> find(TreeItem<Optional<Topic>> from, TopicPath path) {
        if (from.getValue().filter(topic -> topic.path().equals(path)).isPresent()) {
            return Optional.of(from);
        }
        return from.getChildren().stream()
                .map(child -> find(child, path))
                .flatMap(Optional::stream)
                .findFirst();
    }

    private void rebuildTree() {
        rebuilding = true;
        try {
            // topics folded by the user stay folded when the tree is read again (after every save)
            var folded = new HashSet<TopicPath>();
            if (topicTree.getRoot() != null) {
                collectFolded(topicTree.getRoot(), folded);
            }
            var top = new TreeItem<Optional<Topic>>(Optional.empty());
            var items = new HashMap<TopicPath, TreeItem<Optional<Topic>>>();
            for (Topic topic : viewModel.topics()) {
                var item = new TreeItem<>(Optional.of(topic));
                item.setExpanded(!folded.contains(topic.path()));
                items.put(topic.path(), item);
                topic.path().parent().map(items::get).orElse(top).getChildren().add(item);
            }
            top.setExpanded(true);
            topicTree.setRoot(top);
        } finally {
            rebuilding = false;
        }
        showFilters();
    }

    private Optional<TopicPath> selectedTopic() {
        return Optional.ofNullable(topicTree.getSelectionModel().getSelectedItem())
                .flatMap(TreeItem::getValue)
                .map(Topic::path);
    }

    private ContextMenu topicMenu() {
        var create = new MenuItem(messages.text("topic.new"));
        create.setOnAction(
                event -> TopicDialog.ask(root.getScene().getWindow(), messages, messages.text("topic.new"), "", "")
                        .ifPresent(answer -> viewModel.createTopic(selectedTopic(), answer.name(), answer.nameZh())));
        var rename = new MenuItem(messages.text("topic.rename"));
        rename.setOnAction(event -> selectedTopic().ifPresent(path -> {
            var topic = viewModel.topics().stream()
                    .filter(t -> t.path().equals(path))
                    .findFirst();
            TopicDialog.ask(
                            root.getScene().getWindow(),
                            messages,
                            messages.text("topic.rename"),
                            path.name(),
                            topic.map(Topic::nameZh).orElse(""))
                    .ifPresent(answer -> viewModel.renameTopic(path, answer.name(), answer.nameZh()));
        }));
        var top = new MenuItem(messages.text("topic.moveToTop"));
        top.setOnAction(event -> selectedTopic().ifPresent(path -> viewModel.moveTopic(path, Optional.empty())));
        var trash = new MenuItem(messages.text("topic.trash"));
        trash.setOnAction(event -> selectedTopic().ifPresent(path -> {
            if (Dialogs.confirm(
                    root.getScene().getWindow(),
                    messages,
                    "",
                    messages.format("topic.trashConfirm", path.toString(), viewModel.totalNotes(path)))) {
                viewModel.trashTopic(path);
            }
        }));
        var menu = new ContextMenu(create, rename, top, new SeparatorMenuItem(), trash);
        menu.setOnShowing(event -> {
            boolean topic = selectedTopic().isPresent();
            rename.setDisable(!topic);
            top.setDisable(!topic || selectedTopic().get().depth() == 1);
            trash.setDisable(!topic);
        });
        return menu;
    }

    private ContextMenu tagMenu() {
        var rename = new MenuItem(messages.text("tag.rename"));
        rename.setOnAction(event -> {
            var chosen = tagList.getSelectionModel().getSelectedItems().stream()
                    .map(TagCount::name)
                    .toList();
            if (chosen.isEmpty()) {
                return;
            }
            Dialogs.askText(
                            root.getScene().getWindow(),
                            messages,
                            messages.text("tag.rename"),
                            chosen.size() == 1
                                    ? messages.format("tag.renameHeader", chosen.getFirst())
                                    : messages.format("tag.mergeHeader", String.join(", ", chosen)),
                            chosen.getFirst())
                    .filter(text -> !text.isBlank())
                    .ifPresent(target -> {
                        if (chosen.size() == 1) {
                            viewModel.renameTag(chosen.getFirst(), target);
                        } else {
                            viewModel.mergeTags(chosen, target);
                        }
                    });
        });
        return new ContextMenu(rename);
    }

    private static final DataFormat TOPIC = new DataFormat("application/x-papernotes-topic");

    private static void collectFolded(TreeItem<Optional<Topic>> item, Set<TopicPath> folded) {
        item.getValue()
                .filter(topic -> !item.isExpanded() && !item.isLeaf())
                .ifPresent(topic -> folded.add(topic.path()));
        item.getChildren().forEach(child -> collectFolded(child, folded));
    }

    private final class TopicCell extends TreeCell<Optional<Topic>> {

        TopicCell() {
            fitToSidebar(this);
            setOnDragDetected(event -> {
                if (getItem() != null && getItem().isPresent()) {
                    var board = startDragAndDrop(TransferMode.MOVE);
                    var content = new ClipboardContent();
                    content.put(TOPIC, getItem().get().path().toString());
                    board.setContent(content);
                    event.consume();
                }
            });
            setOnDragOver(event -> {
                if (event.getDragboard().hasContent(TOPIC) && getItem() != null && accepts(event.getDragboard())) {
                    event.acceptTransferModes(TransferMode.MOVE);
                }
                event.consume();
            });
            setOnDragDropped(event -> {
                boolean done = false;
                if (event.getDragboard().hasContent(TOPIC) && getItem() != null) {
                    var moved = TopicPath.parse((String) event.getDragboard().getContent(TOPIC));
                    done = viewModel
                            .moveTopic(moved, getItem().map(Topic::path))
                            .isPresent();
                }
                event.setDropCompleted(done);
                event.consume();
            });
        }

        /// A topic can go under any topic but itself and those below it, or to the top ("All notes").
        private boolean accepts(Dragboard board) {
            var moved = TopicPath.parse((String) board.getContent(TOPIC));
            return getItem()
                    .map(target ->
                            !target.path().isWithin(moved) && !moved.parent().equals(Optional.of(target.path())))
                    .orElse(moved.depth() > 1);
        }

        @Override
        protected void updateItem(Optional<Topic> item, boolean empty) {
            super.updateItem(item, empty);
            if (empty || item == null) {
                setText(null);
            } else if (item.isEmpty()) {
                setText(messages.format("sidebar.allNotes", viewModel.totalNotes()));
            } else {
                var topic = item.get();
                var zh = topic.nameZh().isEmpty()
                                || topic.nameZh().equals(topic.path().name())
                        ? ""
                        : "  " + topic.nameZh();
                setText(topic.path().name() + zh + "  (" + viewModel.totalNotes(topic.path()) + ")");
            }
        }
    }

    /// A cell as wide as the sidebar, never wider (so nothing scrolls sideways): a long name is cut short in its
    /// middle, keeping the count at its end, with the whole name as a tooltip.
    private static void fitToSidebar(IndexedCell<?> cell) {
        cell.setPrefWidth(0);
        CutShort.withTooltip(cell);
        cell.setTextOverrun(OverrunStyle.CENTER_ELLIPSIS);
    }

    private static final class TagCell extends ListCell<TagCount> {

        TagCell() {
            fitToSidebar(this);
        }

        @Override
        protected void updateItem(TagCount tag, boolean empty) {
            super.updateItem(tag, empty);
            setText(empty || tag == null ? null : "#" + tag.name() + "  (" + tag.notes() + ")");
        }
    }
}
