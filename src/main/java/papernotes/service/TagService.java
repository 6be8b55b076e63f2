package papernotes.service;

import java.util.List;

import papernotes.model.TagCount;
import papernotes.storage.LibraryStore;

/// The tags in use.
public final class TagService {

    private final LibraryStore store;

    public TagService(LibraryStore store) {
        this.store = store;
    }

    /// Tags on notes outside the trash, most used first.
    public List<TagCount> list() {
        return store.read(session -> session.tags().counts());
    }
}
