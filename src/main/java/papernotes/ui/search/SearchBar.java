package papernotes.ui.search;

import atlantafx.base.controls.CustomTextField;
import atlantafx.base.controls.Popover;
import java.util.Optional;
import javafx.geometry.Dimension2D;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.ScrollPane.ScrollBarPolicy;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;
import papernotes.ui.Messages;

/// The search field with the active filters as removable chips and a help pop-up for the query syntax.
/// Enter opens the hit the arrow keys chose (or the best hit), the arrow keys move through the hits, Esc clears the
/// query.
public final class SearchBar {

    private final CustomTextField field = new CustomTextField();
    private final HBox root = new HBox(6);
    private final HBox chips = new HBox(4);

    /// What the keys of the search field do to the list.
    public interface Keys {
        /// Enter: opens the hit chosen with the arrow keys, or the best hit.
        void openChosen();

        void move(int step);
    }

    public SearchBar(SearchViewModel viewModel, Messages messages, Keys keys) {
        field.setId("searchField");
        field.setPromptText(messages.text("search.prompt"));
        field.setLeft(new FontIcon(Material2MZ.SEARCH));
        var clear = new Button(null, new FontIcon(Material2AL.CLEAR));
        clear.getStyleClass().addAll("flat", "small");
        clear.setOnAction(event -> viewModel.clear());
        clear.setAccessibleText(messages.text("search.clear"));
        clear.visibleProperty().bind(field.textProperty().isNotEmpty());
        field.setRight(clear);
        field.textProperty().bindBidirectional(viewModel.queryProperty());
        field.setPrefColumnCount(34);
        HBox.setHgrow(field, Priority.ALWAYS);
        field.setOnKeyPressed(event -> {
            switch (event.getCode()) {
                case ENTER -> keys.openChosen();
                case DOWN -> keys.move(1);
                case UP -> keys.move(-1);
                case ESCAPE -> viewModel.clear();
                default -> {
                    return;
                }
            }
            event.consume();
        });

        chips.setId("filterChips");
        chips.setAlignment(Pos.CENTER_LEFT);
        viewModel.topicFilterProperty().subscribe(topic -> rebuildChips(viewModel, messages));
        viewModel.tagFilterProperty().subscribe(tag -> rebuildChips(viewModel, messages));

        var help = new Button(null, new FontIcon(Material2AL.HELP_OUTLINE));
        help.setId("searchHelp");
        help.getStyleClass().addAll("flat");
        help.setOnAction(event -> showInside(helpPopover(messages, room(help)), help));
        // the help keeps its place at the end of the bar however narrow the window and however long the chips
        help.setMinWidth(Region.USE_PREF_SIZE);
        chips.setMinWidth(0);
        field.setMinWidth(120);
        help.setAccessibleText(messages.text("help.title"));

        root.getChildren().addAll(field, chips, help);
        root.setAlignment(Pos.CENTER_LEFT);
        root.setPadding(new Insets(6, 8, 6, 8));
    }

    private void rebuildChips(SearchViewModel viewModel, Messages messages) {
        chips.getChildren().clear();
        viewModel
                .topicFilterProperty()
                .get()
                .ifPresent(topic -> chips.getChildren()
                        .add(chip(
                                "topicChip",
                                messages.format("search.topicChip", topic.toString()),
                                viewModel::clearTopicFilter,
                                messages)));
        viewModel
                .tagFilterProperty()
                .get()
                .ifPresent(tag ->
                        chips.getChildren().add(chip("tagChip", "#" + tag, viewModel::clearTagFilter, messages)));
    }

    private static Parent chip(String id, String text, Runnable remove, Messages messages) {
        var label = new Label(text);
        var close = new Button(null, new FontIcon(Material2AL.CLOSE));
        close.getStyleClass().addAll("flat", "small", "chip-close");
        close.setAccessibleText(messages.text("search.removeFilter"));
        close.setId(id + "Remove");
        close.setOnAction(event -> remove.run());
        var chip = new HBox(2, label, close);
        chip.setId(id);
        chip.setAlignment(Pos.CENTER_LEFT);
        chip.getStyleClass().add("chip");
        return chip;
    }

    /// The width and height the help can have below its button without leaving the window.
    private static Dimension2D room(Button help) {
        var scene = help.getScene();
        var below = help.localToScene(help.getBoundsInLocal());
        // the pop-over's arrow, border and shadow take some of it
        return new Dimension2D(
                Math.max(200, below.getMaxX() - 24), Math.max(120, scene.getHeight() - below.getMaxY() - 48));
    }

    /// Shows the help below its button; where its arrow would put its edge past the window's, it moves in (its
    /// arrow then points a little left of the button's middle, still at the button).
    private static void showInside(Popover popover, Button help) {
        popover.show(help);
        // the examples' height is known once they are laid out at their width (wrapped): the table shows them all
        // while the window has room
        if (popover.getContentNode().lookup(".scroll-pane") instanceof ScrollPane table
                && table.getContent() instanceof Region grid) {
            double width = table.getViewportBounds().getWidth();
            table.setPrefViewportHeight(Math.min(grid.prefHeight(width), table.getMaxHeight()));
            popover.getContentNode().applyCss();
            popover.sizeToScene();
        }
        var window = help.getScene().getWindow();
        var content = popover.getContentNode();
        var shown = content.localToScreen(content.getBoundsInLocal());
        if (shown != null) {
            double over = shown.getMaxX()
                    - (window.getX() + help.getScene().getX() + help.getScene().getWidth() - 4);
            if (over > 0) {
                popover.setX(popover.getX() - over);
            }
        }
    }

    private static Popover helpPopover(Messages messages, Dimension2D room) {
        var grid = new GridPane(16, 4);
        String[][] rows = {
            {"换脸  face swap", messages.text("help.words")},
            {"\"dense block\"", messages.text("help.phrase")},
            {"stylegan2 -ShapeEditer", messages.text("help.exclude")},
            {"GFPGAN OR GPEN", messages.text("help.or")},
            {"topic:\"Face Swap\"  tag:tencent  title:GANFit", messages.text("help.fields")},
            {"style*", messages.text("help.prefix")},
            {"huanlian  hl", messages.text("help.pinyin")},
        };
        for (int i = 0; i < rows.length; i++) {
            var example = new Label(rows[i][0]);
            example.getStyleClass().add("code");
            example.setWrapText(true);
            grid.addRow(i, example, wrapping(rows[i][1]));
        }
        var examples = new ColumnConstraints();
        examples.setMaxWidth(260);
        var meanings = new ColumnConstraints();
        meanings.setHgrow(Priority.ALWAYS);
        meanings.setMinWidth(120);
        grid.getColumnConstraints().addAll(examples, meanings);
        var scroll = new ScrollPane(grid);
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollBarPolicy.NEVER);
        scroll.getStyleClass().add("edge-to-edge");
        var keys = wrapping(messages.text("help.keys"));
        var box = new VBox(8, new Label(messages.text("help.title")), scroll, keys);
        box.setPadding(new Insets(8));
        box.setId("searchHelpContent");
        // as wide and tall as it likes (about 640 × 300), but never more than the window has room for
        box.setMaxWidth(room.getWidth());
        box.setPrefWidth(Math.min(640, room.getWidth()));
        box.setMaxHeight(room.getHeight());
        scroll.setMaxHeight(Math.max(60, room.getHeight() - 90));
        // as tall as its rows (the scroll pane asks its content) until the window's room runs out
        scroll.setMinViewportHeight(0);
        var popover = new Popover(box);
        popover.setId("searchHelpPopover");
        popover.setArrowLocation(Popover.ArrowLocation.TOP_RIGHT);
        return popover;
    }

    private static Label wrapping(String text) {
        var label = new Label(text);
        label.setWrapText(true);
        label.setMinWidth(0);
        return label;
    }

    public Parent root() {
        return root;
    }

    /// Puts a control (the New note button) at the start of the row.
    public void lead(Node node) {
        root.getChildren().addFirst(node);
    }

    public void focus() {
        field.requestFocus();
        field.selectAll();
    }

    Optional<String> text() {
        return Optional.ofNullable(field.getText());
    }
}
