package papernotes.ui.note;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import papernotes.ui.Messages;

/// Find in the open note: the find bar's query, which match is shown ("2 of 7", "No matches"), next and previous
/// going round, and closing, over a [Target] (the rendered note or the editor) that highlights the matches.
public final class FindViewModel {

    /// What is searched: the rendered note (highlights every match) or the editor (selects the match shown).
    public interface Target {
        /// Highlights the matches of `query` (any case), replacing those before; answers how many there are.
        int highlight(String query);

        /// Shows the match at `index` (0-based), scrolled into view.
        void select(int index);

        /// Takes every highlight away.
        void clear();
    }

    private static final Target NONE = new Target() {
        @Override
        public int highlight(String query) {
            return 0;
        }

        @Override
        public void select(int index) {}

        @Override
        public void clear() {}
    };

    private final StringProperty query = new SimpleStringProperty("");
    private final ReadOnlyBooleanWrapper shown = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final Messages messages;
    private Target target = NONE;
    private int count;
    private int current = -1;

    public FindViewModel(Messages messages) {
        this.messages = messages;
        query.addListener((property, before, after) -> {
            if (shown.get()) {
                search(0);
            }
        });
    }

    public StringProperty queryProperty() {
        return query;
    }

    /// Whether the find bar is open.
    public ReadOnlyBooleanProperty shownProperty() {
        return shown.getReadOnlyProperty();
    }

    /// "2 of 7", "No matches", or nothing while the query is empty.
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /// Opens the bar over `searched` (Ctrl+F), finding what the query already holds there.
    // The text property searched in, not an equal one: identity is meant.
    @SuppressWarnings("ReferenceEquality")
    public void open(Target searched) {
        if (searched != target) {
            target.clear();
            target = searched;
        }
        shown.set(true);
        search(0);
    }

    public void next() {
        step(1);
    }

    public void previous() {
        step(-1);
    }

    /// The target shows new text (a page rendered again): its matches are highlighted again, the same one shown when
    /// there still is one at that place.
    // The text property searched in, not an equal one: identity is meant.
    @SuppressWarnings("ReferenceEquality")
    public void refresh(Target changed) {
        if (shown.get() && changed == target) {
            search(Math.max(current, 0));
        }
    }

    /// Closes the bar (Esc): every highlight goes.
    public void close() {
        target.clear();
        target = NONE;
        shown.set(false);
        count = 0;
        current = -1;
        status.set("");
    }

    private void search(int wanted) {
        var text = query.get();
        if (text.isEmpty()) {
            target.clear();
            count = 0;
        } else {
            count = target.highlight(text);
        }
        current = count == 0 ? -1 : Math.min(wanted, count - 1);
        if (current >= 0) {
            target.select(current);
        }
        say();
    }

    private void step(int by) {
        if (count == 0) {
            return;
        }
        current = Math.floorMod(current + by, count);
        target.select(current);
        say();
    }

    private void say() {
        status.set(
                query.get().isEmpty()
                        ? ""
                        : count == 0
                                ? messages.text("find.none")
                                : messages.format("find.position", current + 1, count));
    }
}
