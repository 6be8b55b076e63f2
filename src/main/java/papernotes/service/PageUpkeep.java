package papernotes.service;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import papernotes.model.FileText;
import papernotes.search.PageIndex;
import papernotes.storage.LibraryStore;

/// Keeps the page index ([PageIndex]) holding the pages of every file attached to a note whose text was read, and
/// nothing else: compares what it holds with what the library lists, removes what the library no longer lists and
/// adds, from the text the library keeps, what is missing. Cheap when nothing changed (two lists compared), so it
/// runs whenever the index is brought up to date and after files are attached, read or taken off.
final class PageUpkeep {

    private final LibraryStore store;

    PageUpkeep(LibraryStore store) {
        this.store = store;
    }

    /// Brings the page index in line with the library; returns how many files' pages were added or removed.
    int reconcile(PageIndex pages) {
        var wanted = store.read(session -> {
            var result = new HashMap<String, Set<String>>();
            var files = session.files();
            var read = new HashMap<String, Boolean>();
            files.all()
                    .forEach((note, list) -> list.forEach(file -> {
                        boolean hasText = read.computeIfAbsent(
                                file.stored(),
                                stored -> files.text(stored)
                                        .map(text -> text.state() == FileText.State.TEXT)
                                        .orElse(false));
                        if (hasText) {
                            result.computeIfAbsent(note, k -> new HashSet<>()).add(file.stored());
                        }
                    }));
            return result;
        });
        var held = pages.files();
        int changed = 0;
        for (var entry : held.entrySet()) {
            for (String stored : entry.getValue()) {
                if (!wanted.getOrDefault(entry.getKey(), Set.of()).contains(stored)) {
                    pages.remove(entry.getKey(), stored);
                    changed++;
                }
            }
        }
        for (var entry : wanted.entrySet()) {
            for (String stored : entry.getValue()) {
                if (!held.getOrDefault(entry.getKey(), Set.of()).contains(stored)) {
                    List<String> text = store.read(session -> session.files().pages(stored));
                    pages.put(entry.getKey(), stored, text);
                    changed++;
                }
            }
        }
        return changed;
    }
}
