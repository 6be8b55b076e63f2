package papernotes.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/// A question is answered by the notes that discuss what it asks about: the words that ask do not count, the
/// notes with all of its other words come first and the notes with most of them follow, and words that only relate
/// its subjects (`联系`, `difference`) decide nothing.
class QuestionSearchTest {

    @TempDir
    Path folder;

    private static IndexedNote note(String id, String title, String text) {
        return new IndexedNote(
                id, title, List.of(), List.of(), List.of("Notes"), List.of("Notes"), List.of(), text, "", 0);
    }

    private static List<String> ids(SearchEngine engine, String query) {
        return engine
                .search(new SearchRequest(query, 10, Optional.empty(), Optional.empty(), false), NoteTexts.NONE)
                .hits()
                .stream()
                .map(SearchHit::id)
                .toList();
    }

    private SearchEngine engine(IndexedNote... notes) {
        var engine = SearchEngine.open(folder.resolve("index"), List.of(), Dictionary.empty());
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
            var plain = engine.search(
                    new SearchRequest("数据增强 减少 过拟合", 10, Optional.empty(), Optional.empty(), false), NoteTexts.NONE);
            assertEquals(
                    "mixup",
                    plain.hits().getFirst().id(),
                    "a query that does not ask ranks the note with every word first");
            assertEquals(List.of("1 note contains all the words; the others contain some of them."), plain.notices());
            assertEquals(
                    List.of("mixup"), ids(engine, "title:Mixup 过拟合"), "a query that names a field is taken as typed");
            assertEquals(List.of("mixup"), ids(engine, "\"是一种数据增强\" 过拟合"), "so is one with a phrase");
        }
    }

    @Test
    void theWordsThatRelateWhatAQuestionAsksAboutDecideNothing() throws Exception {
        try (var engine = engine(
                note(
                        "droppath",
                        "Drop path",
                        "Drop path drops whole branches of a network; dropout drops single units."),
                note(
                        "survey",
                        "Regularisation survey",
                        "The difference between dropout and other ways to drop units" + " along a path is small."),
                note("distillation", "知识蒸馏", "知识蒸馏把大模型的知识迁移到小模型，是模型压缩的一种。"),
                note("contact", "联系方式", "有问题请联系作者，方向：知识蒸馏、模型压缩。"))) {
            var english = ids(engine, "what is the difference between dropout and drop path");
            assertEquals("droppath", english.getFirst(), english.toString());
            assertTrue(english.contains("survey"), english.toString());
            var chinese = ids(engine, "知识蒸馏和模型压缩有什么联系");
            assertEquals("distillation", chinese.getFirst(), chinese.toString());
        }
    }

    @Test
    void whenTheNotesWithAllTheWordsFillThePage_onlyTheyAreCounted() throws Exception {
        try (var engine = engine(
                note("mixup", "Mixup", "Mixup 是一种数据增强，能减少过拟合。"),
                note("cutmix", "CutMix", "CutMix 也是数据增强，同样减少过拟合。"),
                note("regularise", "正则化", "权重衰减可以减少过拟合。"))) {
            var outcome = engine.search(
                    new SearchRequest("为什么数据增强能减少过拟合", 2, Optional.empty(), Optional.empty(), false), NoteTexts.NONE);
            assertEquals(2, outcome.total(), "the note with only some of the words is not needed for this page");
            assertEquals(
                    Set.of("mixup", "cutmix"),
                    Set.copyOf(outcome.hits().stream().map(SearchHit::id).toList()));
        }
    }
}
