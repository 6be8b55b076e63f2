package papernotes.ui.note;

import javafx.beans.property.StringProperty;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import papernotes.ui.Messages;

/// The paper's rows of the note header: the paper's address and arXiv id; the code's address, year and venue; and,
/// folded away until opened, the paper's full title, its authors, its DOI and its abstract. Bound both ways to
/// [PaperLinkFields].
final class PaperFieldsView {

    private final PaperLinkFields fields;
    private final Messages messages;

    PaperFieldsView(PaperLinkFields fields, Messages messages) {
        this.fields = fields;
        this.messages = messages;
    }

    /// Adds the rows to `grid` from row `first` on (label column 0, fields column 1).
    void addTo(GridPane grid, int first) {
        var paper = field("notePaperField", fields.paperProperty(), messages.text("newNote.paper"), 260);
        var arxiv = field("noteArxivField", fields.arxivProperty(), messages.text("newNote.arxiv"), 110);
        var code = field("noteCodeField", fields.codeProperty(), messages.text("newNote.code"), 200);
        var year = field("noteYearField", fields.yearProperty(), messages.text("newNote.year"), 60);
        var venue = field("noteVenueField", fields.venueProperty(), messages.text("newNote.venue"), 90);
        HBox.setHgrow(paper, Priority.ALWAYS);
        HBox.setHgrow(code, Priority.ALWAYS);
        grid.addRow(first, new Label(messages.text("note.paper")), new HBox(6, paper, arxiv));
        grid.addRow(first + 1, new Label(messages.text("newNote.code")), new HBox(6, code, year, venue));
        grid.add(details(), 0, first + 2, 2, 1);
    }

    /// The full title, the authors, the DOI and the abstract: long, and filled by a capture more often than typed, so
    /// folded.
    private TitledPane details() {
        var title = field("notePaperTitleField", fields.paperTitleProperty(), messages.text("note.paperTitle"), 300);
        var authors = field("noteAuthorsField", fields.authorsProperty(), messages.text("note.authorsPrompt"), 300);
        var doi = field("noteDoiField", fields.doiProperty(), messages.text("note.doiPrompt"), 300);
        var abstractArea = new TextArea();
        abstractArea.setId("noteAbstractField");
        abstractArea.setPromptText(messages.text("note.abstract"));
        abstractArea.setWrapText(true);
        abstractArea.setPrefRowCount(4);
        abstractArea.setMinWidth(70);
        abstractArea.textProperty().bindBidirectional(fields.abstractProperty());
        var grid = new GridPane(8, 6);
        grid.addRow(0, new Label(messages.text("note.paperTitle")), title);
        grid.addRow(1, new Label(messages.text("note.authors")), authors);
        grid.addRow(2, new Label(messages.text("note.doi")), doi);
        grid.addRow(3, new Label(messages.text("note.abstract")), abstractArea);
        var labels = new ColumnConstraints();
        labels.setMinWidth(Region.USE_PREF_SIZE);
        var wide = new ColumnConstraints();
        wide.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().addAll(labels, wide);
        var pane = new TitledPane(messages.text("note.paperDetails"), grid);
        pane.setId("paperDetails");
        pane.setExpanded(false);
        // as wide as the rows above it, however long the title it shows: the header narrows with the note pane
        pane.setMinWidth(0);
        pane.setPrefWidth(0);
        pane.setMaxWidth(Double.MAX_VALUE);
        pane.setAnimated(false);
        pane.getStyleClass().add("paper-details");
        // the folded title says what is inside, so a note with authors shows them without opening it
        fields.authorsProperty()
                .subscribe(names -> pane.setText(
                        names.isBlank()
                                ? messages.text("note.paperDetails")
                                : messages.format("note.paperDetailsOf", names)));
        return pane;
    }

    private static TextField field(String id, StringProperty value, String prompt, double width) {
        var field = new TextField();
        field.setId(id);
        field.setPromptText(prompt);
        field.setPrefWidth(width);
        field.setMinWidth(Math.min(width, 70));
        field.textProperty().bindBidirectional(value);
        return field;
    }
}
