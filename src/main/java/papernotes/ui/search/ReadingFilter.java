package papernotes.ui.search;

import java.util.List;
import java.util.Optional;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Tooltip;
import javafx.util.StringConverter;
import papernotes.model.ReadingStatus;
import papernotes.ui.Messages;
import papernotes.ui.ReadingLabels;

/// The choice above the note list of which reading status it shows: any, to read, reading or read. It filters
/// the browsed notes and the search hits alike.
final class ReadingFilter {

    private ReadingFilter() {}

    static ChoiceBox<Optional<ReadingStatus>> create(SearchViewModel search, Messages messages) {
        var labels = new ReadingLabels(messages);
        var choice = new ChoiceBox<Optional<ReadingStatus>>();
        choice.setId("statusFilter");
        choice.getStyleClass().add("small");
        choice.getItems()
                .setAll(List.of(
                        Optional.empty(),
                        Optional.of(ReadingStatus.TO_READ),
                        Optional.of(ReadingStatus.READING),
                        Optional.of(ReadingStatus.READ)));
        choice.setConverter(new StringConverter<>() {
            @Override
            public String toString(Optional<ReadingStatus> status) {
                return status == null || status.isEmpty() ? messages.text("reading.any") : labels.status(status.get());
            }

            @Override
            public Optional<ReadingStatus> fromString(String text) {
                throw new UnsupportedOperationException("a choice, never typed");
            }
        });
        choice.valueProperty().bindBidirectional(search.statusFilterProperty());
        choice.setTooltip(new Tooltip(messages.text("reading.filter")));
        choice.setAccessibleText(messages.text("reading.filter"));
        return choice;
    }
}
