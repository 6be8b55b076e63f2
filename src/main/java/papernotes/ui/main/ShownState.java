package papernotes.ui.main;

import java.util.Optional;
import papernotes.model.NoteId;
import papernotes.model.TopicPath;
import papernotes.ui.note.NoteViewModel;

/// What the window shows, carried over when its contents are built again in another language: the open note,
/// editing or reading, the search and its filters, and the split positions.
record ShownState(
        Optional<NoteId> open,
        boolean editing,
        String query,
        Optional<TopicPath> topic,
        Optional<String> tag,
        SplitPositions dividers) {

    static ShownState of(MainViewModel viewModel, MainView view) {
        var search = viewModel.search();
        return new ShownState(
                viewModel.note().noteProperty().get().map(note -> note.id()),
                viewModel.note().modeProperty().get() == NoteViewModel.Mode.EDIT,
                search.queryProperty().get(),
                search.topicFilterProperty().get(),
                search.tagFilterProperty().get(),
                view.positions());
    }

    /// Shows the same in freshly built contents, reading the library into them.
    void showIn(MainViewModel viewModel, MainView view) {
        var search = viewModel.search();
        view.place(dividers);
        search.topicFilterProperty().set(topic);
        search.tagFilterProperty().set(tag);
        search.queryProperty().set(query);
        viewModel.load();
        open.ifPresent(viewModel::open);
        if (editing && open.isPresent()) {
            viewModel.note().toggleEdit();
        }
    }
}
