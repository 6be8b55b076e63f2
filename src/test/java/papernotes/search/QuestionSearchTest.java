package papernotes.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/// A question is answered by the notes that discuss what it asks about: the words that ask do not count, the
/// notes with all of its other words come first and the notes with most of them follow.
class QuestionSearchTest {

    @TempDir
    Path folder;

    private static IndexedNote note(String id, String title, String text) {
        return new IndexedNote(id, title, List.of(), List.of(), List.of("Notes"), List.of("Notes"), List.of(), text,
                "", 0);
    }

    private static List<String> ids(SearchEngine engine, String query) {
        return engine.search(new SearchRequest(query, 10, Optional.empty(), Optional.empty(), false), NoteTexts.NONE)
                .hits().stream().map(SearchHit::id).toList();
    }

    private SearchEngine engine(IndexedNote... notes) {
        var engine = SearchEngine.open(folder, List.of(), Dictionary.empty());
        for (IndexedNote note : notes) {
            engine.index().upsert(note);
        }
        engine.index().refresh();
        return engine;
    }

    @Test
    void aQuestionFindsTheNotesWithMostOfItsWords_afterTheNoteWithAllOfThem() throws Exception {
        try (var engine = engine(
                note("mixup", "Mixup", "Mixup 是一种数据增强，能减少过拟合。"),
                note("augment", "数据增强", "随机裁剪、翻转等数据增强扩充了训练样本，缓解过拟合。"),
                note("regularise", "正则化", "权重衰减可以减少过拟合。"),
                note("asking", "为什么要写笔记", "为什么？怎么写？能不能少写？"))) {
            assertEquals(List.of("mixup", "augment", "regularise"), ids(engine, "为什么数据增强能减少过拟合"));
            assertEquals(List.of("mixup"), ids(engine, "数据增强 减少 过拟合"), "a query that does not ask needs every word");
        }
    }
}
