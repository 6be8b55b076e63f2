package papernotes.ui.sidebar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import papernotes.TestLibrary;
import papernotes.model.TagCount;
import papernotes.model.TopicPath;
import papernotes.service.Library;

/// The sidebar over the shipped notes: counts, and managing topics and tags.
@Tag("ui")
class SidebarViewModelTest {

    @TempDir
    Path dir;

    Library library;
    SidebarViewModel viewModel;
    int changes;

    @BeforeEach
    void open() {
        library = TestLibrary.shipped(dir);
        viewModel = new SidebarViewModel(library.topics(), library.tags());
        viewModel.onChanged(() -> changes++);
        viewModel.load();
    }

    @AfterEach
    void close() {
        library.close();
    }

    @Test
    void countsIncludeTheTopicsBelow() {
        assertEquals(27, viewModel.totalNotes());
        assertEquals(9, viewModel.totalNotes(TopicPath.of("3D Face Reconstruction")));
        assertEquals(5, viewModel.totalNotes(TopicPath.of("3D Face Reconstruction", "帝国理工组")));
    }

    @Test
    void tagSuggestions_startWithWhatWasTyped_andLeaveOutTagsAlreadyThere() {
        var found = viewModel.tagSuggestions("gan", List.of());
        assertEquals("gan", found.getFirst());
        assertTrue(found.stream().allMatch(t -> t.contains("gan")));
        assertTrue(viewModel.tagSuggestions("gan", List.of("GAN")).stream().noneMatch(t -> t.equals("gan")));
        assertEquals(List.of(), viewModel.tagSuggestions("  ", List.of()));
    }

    @Test
    void createRenameMoveAndTrashATopic() {
        assertEquals(
                Optional.of(TopicPath.of("Face Swap", "Diffusion")),
                viewModel.createTopic(Optional.of(TopicPath.of("Face Swap")), "Diffusion", "扩散"));
        assertTrue(viewModel.topics().stream().anyMatch(t -> t.nameZh().equals("扩散")));
        assertEquals(
                Optional.of(TopicPath.of("Face Swap", "Diffusion Models")),
                viewModel.renameTopic(TopicPath.of("Face Swap", "Diffusion"), "Diffusion Models", "扩散模型"));
        assertEquals(
                Optional.of(TopicPath.of("Diffusion Models")),
                viewModel.moveTopic(TopicPath.of("Face Swap", "Diffusion Models"), Optional.empty()));
        assertEquals(Optional.of(6), viewModel.trashTopic(TopicPath.of("Face Swap")));
        assertEquals(21, viewModel.totalNotes());
        assertTrue(changes >= 4);
    }

    @Test
    void aTopicCannotMoveIntoItself_andTheReasonIsOneSentence() {
        assertEquals(
                Optional.empty(),
                viewModel.moveTopic(
                        TopicPath.of("3D Face Reconstruction"),
                        Optional.of(TopicPath.of("3D Face Reconstruction", "帝国理工组"))));
        assertTrue(
                viewModel.messageProperty().get().endsWith("."),
                viewModel.messageProperty().get());
    }

    @Test
    void renamingATagOntoAnother_mergesThem() {
        int gan = count("gan");
        int adain = count("adain");
        assertTrue(viewModel.renameTag("adain", "gan").isPresent());
        assertTrue(count("gan") > gan && count("gan") <= gan + adain);
        assertEquals(0, count("adain"));
        assertTrue(viewModel
                .mergeTags(List.of("3dmm", "3d-face-reconstruction"), "三维人脸")
                .isPresent());
        assertEquals(0, count("3dmm"));
        assertTrue(count("三维人脸") >= 7);
    }

    private int count(String tag) {
        return viewModel.tags().stream()
                .filter(t -> t.name().equals(tag))
                .mapToInt(TagCount::notes)
                .sum();
    }
}
