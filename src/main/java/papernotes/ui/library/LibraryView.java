package papernotes.ui.library;

import java.util.HashMap;
import java.util.Optional;

import javafx.geometry.Insets;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.layout.BorderPane;
import papernotes.model.NoteSummary;
import papernotes.model.Topic;
import papernotes.model.TopicPath;
import papernotes.ui.SystemBrowser;

/// The library window: topic tree on the left, the notes of the chosen topic in the middle, the open note rendered
/// on the right ([NoteView]), a status line below. Only binds to [LibraryViewModel].
public final class LibraryView {

    private final LibraryViewModel viewModel;
    private final BorderPane root = new BorderPane();
    private final TreeView<Optional<Topic>> topicTree = new TreeView<>();
    private final ListView<NoteSummary> noteList = new ListView<>();

    public LibraryView(LibraryViewModel viewModel) {
        this.viewModel = viewModel;
        build();
    }

    public Parent root() {
        return root;
    }

    private void build() {
        topicTree.setId("topicTree");
        topicTree.setShowRoot(true);
        topicTree.setCellFactory(tree -> new TopicCell(viewModel));
        viewModel.topics().subscribe(this::rebuildTree);
        topicTree.getSelectionModel().selectedItemProperty().subscribe(item ->
                viewModel.selectTopic(item == null ? Optional.empty() : item.getValue().map(Topic::path)));

        noteList.setId("noteList");
        noteList.setItems(viewModel.notes());
        noteList.setCellFactory(list -> new NoteCell());
        noteList.getSelectionModel().selectedItemProperty().subscribe(note -> {
            if (note != null) {
                viewModel.openNote(note.id());
            }
        });

        var noteView = new NoteView(viewModel.notePageProperty(), new SystemBrowser()::open, viewModel::openLinkedNote);

        var split = new SplitPane(topicTree, noteList, noteView.root());
        split.setDividerPositions(0.27, 0.54);
        var status = new Label();
        status.setId("status");
        status.textProperty().bind(viewModel.statusProperty());
        status.setPadding(new Insets(4, 8, 4, 8));
        root.setCenter(split);
        root.setBottom(status);
        root.setStyle("-fx-font-family: 'Noto Sans CJK SC', 'PingFang SC', 'Microsoft YaHei', sans-serif;");
    }

    private void rebuildTree() {
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
    }

    private static final class TopicCell extends javafx.scene.control.TreeCell<Optional<Topic>> {

        private final LibraryViewModel viewModel;

        TopicCell(LibraryViewModel viewModel) {
            this.viewModel = viewModel;
        }

        @Override
        protected void updateItem(Optional<Topic> item, boolean empty) {
            super.updateItem(item, empty);
            if (empty || item == null) {
                setText(null);
            } else if (item.isEmpty()) {
                setText("All notes  (" + viewModel.totalNotes() + ")");
            } else {
                var topic = item.get();
                var zh = topic.nameZh().isEmpty() || topic.nameZh().equals(topic.path().name()) ? "" : "  " + topic.nameZh();
                setText(topic.path().name() + zh + "  (" + viewModel.totalNotes(topic.path()) + ")");
            }
        }
    }

    private static final class NoteCell extends ListCell<NoteSummary> {

        @Override
        protected void updateItem(NoteSummary note, boolean empty) {
            super.updateItem(note, empty);
            if (empty || note == null) {
                setText(null);
            } else {
                var tags = note.tags().isEmpty() ? "" : "\n" + String.join("  ", note.tags().stream().map(t -> "#" + t).toList());
                setText(note.title() + "    " + note.topic() + tags);
            }
        }
    }
}
