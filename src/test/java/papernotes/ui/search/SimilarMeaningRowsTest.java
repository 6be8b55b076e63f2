package papernotes.ui.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import papernotes.TestLibrary;
import papernotes.model.NoteDraft;
import papernotes.model.TopicPath;
import papernotes.ui.DirectBackground;
import papernotes.ui.Messages;
import papernotes.ui.UiLanguage;

/// A note found by its meaning alone says so under its title, in the window's language.
@Tag("ui")
class SimilarMeaningRowsTest {

    @TempDir
    Path dir;

    @Test
    void aNoteOfSimilarMeaningSaysWhyItIsListed() {
        try (var library = TestLibrary.shipped(dir)) {
            library.notes()
                    .create(NoteDraft.of(
                            "Distilling the Knowledge in a Neural Network",
                            TopicPath.of("Compression"),
                            "A small student network learns the soft targets of a large teacher network."));
            library.search().useMeanings(true);
            library.search().awaitMeanings();
            for (var language : new UiLanguage[] {UiLanguage.ENGLISH, UiLanguage.CHINESE}) {
                var viewModel = new SearchViewModel(
                        library.notes(), library.search(), new DirectBackground(), Messages.of(language));
                viewModel.queryProperty().set("知识蒸馏");
                var row = viewModel.rows().stream()
                        .filter(r -> r.note().title().equals("Distilling the Knowledge in a Neural Network"))
                        .findFirst();
                assertTrue(row.isPresent(), viewModel.rows().toString());
                assertEquals(
                        List.of(Messages.of(language).text("search.similarMeaning")),
                        row.get().snippets());
            }
        }
    }
}
