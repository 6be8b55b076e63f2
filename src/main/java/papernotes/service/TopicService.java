package papernotes.service;

import java.util.List;

import papernotes.model.Topic;
import papernotes.storage.LibraryStore;

/// The topic tree as people browse it.
public final class TopicService {

    private final LibraryStore store;

    public TopicService(LibraryStore store) {
        this.store = store;
    }

    /// All topics in tree order, with their note counts.
    public List<Topic> list() {
        return store.read(session -> session.topics().list());
    }
}
