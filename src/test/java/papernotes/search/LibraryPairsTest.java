package papernotes.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/// A translation one note writes in brackets bridges the languages for the whole library, both ways, and follows
/// the notes as they change.
class LibraryPairsTest {

    @TempDir
    Path folder;

    private static IndexedNote note(String id, String title, String text) {
        return new IndexedNote(id, title, List.of(), List.of(), List.of("CNN"), List.of("CNN"), List.of(), text, "", 0);
    }

    private static SearchResults search(SearchEngine engine, String query) {
        return engine.search(new SearchRequest(query, 10, Optional.empty(), Optional.empty(), false), NoteTexts.NONE);
    }

    private static List<String> ids(SearchEngine engine, String query) {
        return search(engine, query).hits().stream().map(SearchHit::id).toList();
    }

    private static SearchEngine engine(Path folder) {
        var engine = SearchEngine.open(folder.resolve("index"), List.of(), Dictionary.empty());
        engine.index().upsert(note("teacher", "空洞卷积", "空洞卷积可以扩大感受野(Receptive Field)，不增加参数。"));
        engine.index().upsert(note("chinese", "目标检测和感受野", "小目标需要较小的感受野，大目标需要较大的感受野。"));
        engine.index()
                .upsert(note(
                        "english", "Post-processing", "Detectors keep one box per object by non-maximum suppression."));
        engine.index().upsert(note("acronym", "FCOS", "后处理只采用非极大值抑制(NMS)，没有锚框。"));
        engine.index().upsert(note("other", "Image denoising", "Noise2Noise trains without clean images."));
        engine.index().refresh();
        return engine;
    }

    @Test
    void anEnglishQueryFindsTheNotesThatSayItInChinese_whereOneNoteTaughtTheTranslation() throws Exception {
        try (var engine = engine(folder)) {
            var results = search(engine, "receptive field");
            assertEquals(List.of("teacher", "chinese"), ids(engine, "receptive field"));
            assertTrue(
                    results.expanded().contains("receptive field → 感受野"),
                    results.expanded().toString());
        }
    }

    @Test
    void aChineseQueryFindsTheNotesThatSayItInEnglish_throughAnAcronymTheLibraryExplains() throws Exception {
        try (var engine = engine(folder)) {
            assertEquals(List.of("acronym"), ids(engine, "非极大值抑制"), "NMS is not non-maximum suppression to it");
            assertEquals(List.of("acronym"), ids(engine, "NMS"));
        }
    }

    @Test
    void whatANoteTaughtIsForgottenWhenTheNoteStopsSayingIt() throws Exception {
        try (var engine = engine(folder)) {
            engine.index().upsert(note("teacher", "空洞卷积", "空洞卷积可以扩大感受野，不增加参数。"));
            engine.index().refresh();
            assertEquals(List.of(), ids(engine, "receptive field"));
        }
    }

    @Test
    void aOneWordTranslationCountsOnlyWhenTwoNotesTeachIt() throws Exception {
        try (var engine = engine(folder)) {
            engine.index().upsert(note("unet1", "分割", "我们用的网络结构（Unet）很简单。"));
            engine.index().upsert(note("plain", "结构", "网络结构决定了速度。"));
            engine.index().refresh();
            assertEquals(List.of("unet1"), ids(engine, "unet"), "one note saying so is not enough");
            engine.index().upsert(note("unet2", "分割二", "同样的网络结构（Unet）加上注意力。"));
            engine.index().refresh();
            assertTrue(
                    ids(engine, "unet").contains("plain"), ids(engine, "unet").toString());
        }
    }
}
