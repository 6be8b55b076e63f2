package papernotes.ui.note;

import atlantafx.base.theme.Tweaks;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;
import papernotes.model.Note;
import papernotes.model.NoteId;
import papernotes.model.OutlineEntry;
import papernotes.ui.Messages;

/// The note pane: a toolbar (edit / read, history, trash, outline, reading status and priority, save state), then
/// either the rendered note, or the header fields over the Markdown editor with the live preview beside it. Binds to
/// [NoteViewModel] only.
public final class NotePane {

    private final NoteViewModel viewModel;
    private final Messages messages;
    private final BorderPane root = new BorderPane();
    private final NoteView.Links links;
    /// Created when the first note is shown, not with the window: a WebView costs a few hundred milliseconds
    /// that the first frame should not wait for.
    private Optional<NoteView> page = Optional.empty();
    private final MarkdownEditor.ImagePaste images;
    /// Created on the first edit: RichTextFX costs the first frame about half a second otherwise.
    private Optional<MarkdownEditor> editor = Optional.empty();
    private final SplitPane split = new SplitPane();
    private final VBox header = new VBox(6);
    /// The header's fields scroll when they would take more than half of the pane (tags on three lines, the paper's
    /// details open, a small window): the editor keeps the rest.
    private final ScrollPane headerScroll = new ScrollPane(header);
    private final StackPane center = new StackPane();
    private final TextField titleField = new TextField();
    private final ComboBox<String> topicField = new ComboBox<>();
    /// Whether the note's fields (title, topic, tags, paper) are shown above the editor.
    private final BooleanProperty fieldsShown = new SimpleBooleanProperty(true);
    /// Whether the editor is shown alone: no toolbar, fields, preview or connections (distraction-free).
    private final BooleanProperty editorAlone = new SimpleBooleanProperty(false);
    private final HBox toolbar = new HBox(4);
    /// Find in the open note (Ctrl+F in the rendered note or the editor), and what was searched last.
    private FindViewModel find;
    private FindBar findBar;
    private Node searched = root;
    /// The zoom of the rendered note and the editor's text (1 = 100 %).
    private final DoubleProperty zoom = new SimpleDoubleProperty(1);
    /// The note laid out, to tell another note from a save of the same one.
    private Optional<NoteId> shown = Optional.empty();

    /// `topics` lists the topic paths for the topic field, `suggestTags` completes tags; `actions` are the
    /// commands of the toolbar that reach beyond the note (history, trash, connections).
    public NotePane(
            NoteViewModel viewModel,
            Messages messages,
            NoteView.Links links,
            Supplier<List<String>> topics,
            BiFunction<String, List<String>, List<String>> suggestTags,
            MarkdownEditor.ImagePaste images,
            Actions actions,
            Parent below,
            OutlineViewModel outline) {
        this.viewModel = viewModel;
        this.messages = messages;
        this.links = links;
        this.images = images;
        build(topics, suggestTags, actions, below);
        toolbar.getChildren().add(3, new OutlineButton(outline, messages, this::go).root());
        toolbar.getChildren().add(4, new ReadingChoice(viewModel, messages).root());
    }

    /// Brings a heading of the outline into view: in the rendered note, or, when editing, in the editor with the
    /// caret on its line (the preview follows the editor).
    private void go(OutlineEntry heading) {
        if (viewModel.modeProperty().get() == NoteViewModel.Mode.EDIT) {
            editor().showLine(heading.line());
        } else {
            page.ifPresent(view -> view.scrollToHeading(heading.position()));
        }
    }

    /// What the toolbar asks of the window.
    public interface Actions {
        void showHistory();

        void trash();
    }

    private void build(
            Supplier<List<String>> topics,
            BiFunction<String, List<String>, List<String>> suggestTags,
            Actions actions,
            Parent below) {
        root.setId("notePane");
        var edit = new Button(null, new FontIcon(Material2AL.EDIT));
        edit.setId("editButton");
        edit.getStyleClass().add("flat");
        edit.setOnAction(event -> viewModel.toggleEdit());
        edit.setAccessibleText(messages.text("note.edit"));
        var history = new Button(null, new FontIcon(Material2AL.HISTORY));
        history.setId("historyButton");
        history.getStyleClass().add("flat");
        history.setTooltip(new Tooltip(messages.text("note.history")));
        history.setOnAction(event -> actions.showHistory());
        history.setAccessibleText(messages.text("note.history"));
        var trash = new Button(null, new FontIcon(Material2AL.DELETE_OUTLINE));
        trash.setId("trashButton");
        trash.getStyleClass().add("flat");
        trash.setTooltip(new Tooltip(messages.text("note.trash")));
        trash.setOnAction(event -> actions.trash());
        trash.setAccessibleText(messages.text("note.trash"));
        var status = new Label();
        status.setId("saveStatus");
        status.getStyleClass().add("text-muted");
        status.textProperty().bind(viewModel.saveStatusProperty());
        var spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        toolbar.getChildren().setAll(edit, history, trash, spacer, status);
        toolbar.setAlignment(Pos.CENTER_LEFT);
        toolbar.setPadding(new Insets(4, 8, 4, 8));
        toolbar.getStyleClass().add("note-toolbar");

        titleField.setId("noteTitleField");
        titleField.textProperty().bindBidirectional(viewModel.titleProperty());
        titleField.getStyleClass().add("title-field");
        topicField.setId("noteTopicField");
        topicField.setEditable(true);
        topicField.setMaxWidth(Double.MAX_VALUE);
        topicField.setOnShowing(event -> topicField.getItems().setAll(topics.get()));
        topicField.valueProperty().addListener((property, before, after) -> {
            if (after != null && !after.equals(viewModel.topicProperty().get())) {
                viewModel.topicProperty().set(after);
            }
        });
        topicField.getEditor().focusedProperty().addListener((property, before, focused) -> {
            if (!focused) {
                topicField.setValue(topicField.getEditor().getText());
            }
        });
        // what is typed in the topic field counts once the note is saved, even without Enter or leaving the field
        viewModel.beforeSave(() -> {
            var typed = topicField.getEditor().getText();
            if (topicField.isEditable()
                    && typed != null
                    && !typed.equals(viewModel.topicProperty().get())
                    && viewModel.modeProperty().get() == NoteViewModel.Mode.EDIT) {
                viewModel.topicProperty().set(typed);
            }
        });
        viewModel.topicProperty().subscribe(value -> {
            if (!value.equals(topicField.getValue())) {
                topicField.setValue(value);
            }
        });
        var tagField = new TagField(
                viewModel.tags(),
                viewModel::addTag,
                viewModel::removeTag,
                suggestTags,
                messages.text("note.addTag"),
                messages.text("note.removeTag"));
        var grid = new GridPane(8, 6);
        grid.addRow(0, new Label(messages.text("note.title")), titleField);
        grid.addRow(1, new Label(messages.text("note.topic")), topicField);
        grid.addRow(2, new Label(messages.text("note.tags")), tagField.root());
        new PaperFieldsView(viewModel.links(), messages).addTo(grid, 3);
        var wide = new ColumnConstraints();
        wide.setHgrow(Priority.ALWAYS);
        var labels = new ColumnConstraints();
        labels.setMinWidth(Region.USE_PREF_SIZE);
        grid.getColumnConstraints().addAll(labels, wide);
        header.getChildren().setAll(grid);
        header.setPadding(new Insets(6, 10, 8, 10));
        header.getStyleClass().add("note-header-editor");

        var empty = new Label(messages.text("note.none"));
        empty.getStyleClass().add("text-muted");
        empty.setId("noNote");
        center.getChildren().setAll(empty);

        find = new FindViewModel(messages);
        findBar = new FindBar(find, messages, () -> searched.requestFocus());
        root.addEventFilter(KeyEvent.KEY_PRESSED, this::findKey);
        viewModel.modeProperty().subscribe(mode -> find.close());
        headerScroll.setFitToWidth(true);
        headerScroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        headerScroll.getStyleClass().add(Tweaks.EDGE_TO_EDGE);
        headerScroll.maxHeightProperty().bind(root.heightProperty().multiply(0.5));
        headerScroll.prefViewportHeightProperty().bind(header.heightProperty());
        headerScroll.setMinViewportHeight(40);
        var top = new VBox(toolbar, headerScroll, findBar.root());
        root.setTop(top);
        root.setCenter(center);
        root.setBottom(below);

        viewModel.modeProperty().subscribe(mode -> layout());
        fieldsShown.subscribe(shown -> layout());
        editorAlone.subscribe(alone -> layout());
        viewModel.noteProperty().subscribe(note -> {
            // a save of the open note changes it too: laying out again would move the focus into the editor
            var id = note.map(Note::id);
            if (!id.equals(shown)) {
                shown = id;
                layout();
            }
            toolbar.setDisable(note.isEmpty());
        });
        viewModel.modeProperty().subscribe(mode -> {
            edit.setGraphic(new FontIcon(mode == NoteViewModel.Mode.EDIT ? Material2MZ.VISIBILITY : Material2AL.EDIT));
            edit.setTooltip(new Tooltip(
                    mode == NoteViewModel.Mode.EDIT ? messages.text("note.read") : messages.text("note.edit")));
        });
    }

    private void layout() {
        boolean open = viewModel.noteProperty().get().isPresent();
        boolean editing = open && viewModel.modeProperty().get() == NoteViewModel.Mode.EDIT;
        boolean alone = editing && editorAlone.get();
        show(headerScroll, editing && fieldsShown.get() && !alone);
        show(toolbar, !alone);
        // the note's links and related notes: nothing to say while no note is open
        root.getBottom().setVisible(open && !alone);
        root.getBottom().setManaged(open && !alone);
        if (!open) {
            center.getChildren().get(0).setVisible(true);
            center.getChildren().setAll(center.getChildren().get(0));
            return;
        }
        var view = page();
        if (editing) {
            if (alone) {
                split.getItems().setAll(editor().root());
            } else if (!split.getItems().equals(List.of(editor().root(), view.root()))) {
                split.getItems().setAll(editor().root(), view.root());
                split.setDividerPositions(0.5);
            }
        } else {
            view.scrollTo(-1);
            split.getItems().setAll(view.root());
        }
        if (!center.getChildren().contains(split)) {
            center.getChildren().add(split);
        }
        center.getChildren().get(0).setVisible(false);
        if (editing) {
            editor().focus();
        }
    }

    /// What the pane shows while no note is open (a guide to the library) instead of its one-line hint.
    public void placeholder(Node guide) {
        guide.setVisible(viewModel.noteProperty().get().isEmpty());
        center.getChildren().set(0, guide);
    }

    /// Ctrl+F in the rendered note or the editor opens the find bar over it (anywhere else it goes on to the
    /// window, whose Ctrl+F is the search field); in the find bar it selects the query.
    private void findKey(KeyEvent event) {
        if (!FIND.match(event) || root.getScene() == null || root.getScene().getFocusOwner() == null) {
            return;
        }
        var owner = root.getScene().getFocusOwner();
        Optional<FindViewModel.Target> target = Optional.empty();
        if (editor.filter(e -> within(owner, e.root())).isPresent()) {
            searched = editor.get().area();
            target = Optional.of(editor.get().findTarget());
        } else if (page.filter(p -> within(owner, p.root())).isPresent()) {
            searched = page.get().root();
            target = Optional.of(page.get().findTarget());
        } else if (!findBar.contains(owner)) {
            return;
        }
        target.ifPresent(find::open);
        findBar.focus();
        event.consume();
    }

    private static final KeyCombination FIND = new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN);

    // Walking up to this very node: identity is meant.
    @SuppressWarnings("ReferenceEquality")
    private static boolean within(Node node, Node ancestor) {
        for (var at = node; at != null; at = at.getParent()) {
            if (at == ancestor) {
                return true;
            }
        }
        return false;
    }

    private static void show(Node node, boolean shown) {
        node.setVisible(shown);
        node.setManaged(shown);
    }

    /// Whether the note's fields are shown above the editor (they can be folded away in a small window).
    public BooleanProperty fieldsShownProperty() {
        return fieldsShown;
    }

    /// Whether the editor is shown alone, without the toolbar, the fields, the preview and the connections.
    public BooleanProperty editorAloneProperty() {
        return editorAlone;
    }

    private NoteView page() {
        if (page.isEmpty()) {
            var view = new NoteView(viewModel.pageProperty(), links);
            view.onLoaded(() -> find.refresh(view.findTarget()));
            zoom.subscribe(factor -> view.zoom(factor.doubleValue()));
            page = Optional.of(view);
        }
        return page.get();
    }

    public Parent root() {
        return root;
    }

    public void focusEditor() {
        editor().focus();
    }

    private MarkdownEditor editor() {
        if (editor.isEmpty()) {
            editor = Optional.of(new MarkdownEditor(
                    viewModel.bodyProperty(), images, fraction -> page.ifPresent(view -> view.scrollTo(fraction))));
            zoom.subscribe(factor -> editor.get().zoom(factor.doubleValue()));
        }
        return editor.get();
    }

    /// The zoom of the rendered note and the editor's text (1 = 100 %).
    public DoubleProperty zoomProperty() {
        return zoom;
    }

    /// The divider between editor and preview, remembered with the window.
    public SplitPane split() {
        return split;
    }
}
