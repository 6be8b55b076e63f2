package papernotes.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import papernotes.LibraryInTempDir;
import papernotes.TestLibrary;
import papernotes.model.InvalidInputException;
import papernotes.model.NoteDraft;
import papernotes.model.NoteId;
import papernotes.model.PaperLinks;
import papernotes.model.TagCount;
import papernotes.model.TopicPath;

/// Renaming and merging tags changes every note that carries them, keeps each note's tag order, and is not an edit
/// of those notes.
class TagServiceTest {

    @RegisterExtension
    final LibraryInTempDir folder = new LibraryInTempDir();

    private TestLibrary test;
    private TagService tags;
    private final List<NoteId> announced = new ArrayList<>();

    @BeforeEach
    void open() {
        test = folder.test();
        tags = new TagService(test.store(), id -> {
            announced.add(id);
            test.search().noteChanged(id);
        });
    }

    private NoteId note(String title, String... tagNames) {
        return test.notes()
                .create(new NoteDraft(
                        Optional.empty(),
                        title,
                        TopicPath.of("Face Swap"),
                        List.of(tagNames),
                        List.of(),
                        PaperLinks.NONE,
                        "正文 qzxv"))
                .id();
    }

    private List<String> tagsOf(NoteId id) {
        return test.notes().get(id).note().tags();
    }

    private List<String> titlesTagged(String tag) {
        return test.search().search("qzxv", 50, Optional.empty(), Optional.of(tag)).hits().stream()
                .map(hit -> hit.note().title())
                .sorted()
                .toList();
    }

    @Test
    void renameKeepsEachNotesTagOrderAndIsNotAnEdit() {
        var fsgan = note("FSGAN", "gan", "换脸", "video");
        var other = note("HifiFace", "3dmm");
        var before = test.notes().get(fsgan).note();

        assertEquals(1, tags.rename("GAN", "生成对抗网络"));

        assertEquals(List.of("生成对抗网络", "换脸", "video"), tagsOf(fsgan));
        assertEquals(before.updated(), test.notes().get(fsgan).note().updated());
        assertEquals(List.of(), test.history().of(fsgan));
        assertEquals(List.of(fsgan), announced);
        assertEquals(List.of("3dmm"), tagsOf(other));
        assertEquals(List.of("FSGAN"), titlesTagged("生成对抗网络"));
        assertEquals(List.of(), titlesTagged("gan"));
        assertEquals(
                List.of("3dmm", "video", "换脸", "生成对抗网络"),
                tags.list().stream().map(TagCount::name).sorted().toList());
    }

    @Test
    void renameOntoAnExistingTagMergesTheTwoWithoutRepeats() {
        var both = note("FSGAN", "sr", "gan", "超分");
        var one = note("GFPGAN", "超分", "face");
        assertEquals(2, tags.rename("超分", "SR"));
        assertEquals(List.of("SR", "gan"), tagsOf(both));
        assertEquals(List.of("SR", "face"), tagsOf(one));
        assertEquals(List.of(new TagCount("SR", 2), new TagCount("face", 1), new TagCount("gan", 1)), tags.list());
    }

    @Test
    void renameThatOnlyChangesCaseRespellsTheTagEverywhere() {
        var a = note("FSGAN", "gan");
        var b = note("GFPGAN", "x", "Gan");
        assertEquals(2, tags.rename("gan", "GAN"));
        assertEquals(List.of("GAN"), tagsOf(a));
        assertEquals(List.of("x", "GAN"), tagsOf(b));
        assertEquals(0, tags.rename("GAN", "GAN"));
    }

    @Test
    void mergeReplacesEverySourceInPlaceOfTheFirstAndReachesTheTrash() {
        var first = note("A", "x", "stylegan", "y", "StyleGAN2");
        var second = note("B", "stylegan2", "z");
        var untouched = note("C", "z");
        var trashed = note("D", "stylegan");
        test.notes().trash(trashed);

        assertEquals(3, tags.merge(List.of("StyleGAN", "stylegan2"), "StyleGAN family"));

        assertEquals(List.of("x", "StyleGAN family", "y"), tagsOf(first));
        assertEquals(List.of("StyleGAN family", "z"), tagsOf(second));
        assertEquals(List.of("z"), tagsOf(untouched));
        assertEquals(List.of("StyleGAN family"), tagsOf(trashed));
        assertEquals(
                List.of(
                        new TagCount("StyleGAN family", 2),
                        new TagCount("z", 2),
                        new TagCount("x", 1),
                        new TagCount("y", 1)),
                tags.list());
        assertEquals(List.of("A", "B"), titlesTagged("StyleGAN family"));
    }

    @Test
    void anUnknownSourceIsRefusedAndNothingChanges() {
        var a = note("A", "gan");
        var error = assertThrows(InvalidInputException.class, () -> tags.merge(List.of("gan", "nope"), "GANs"));
        assertEquals("There is no tag 'nope'.", error.getMessage());
        assertEquals(List.of("gan"), tagsOf(a));
        assertEquals(
                "Name at least one tag to merge.",
                assertThrows(InvalidInputException.class, () -> tags.merge(List.of(), "GANs"))
                        .getMessage());
        assertThrows(InvalidInputException.class, () -> tags.rename("gan", " # "));
        assertEquals(List.of(), announced);
    }

    @Test
    void theIndexCatchesUpOnARenameItWasNotToldAbout() {
        note("FSGAN", "gan");
        new TagService(test.store(), id -> {
                    throw new IllegalStateException("index down");
                })
                .rename("gan", "GANs");
        test = folder.reopen();
        assertEquals(List.of("FSGAN"), titlesTagged("GANs"));
    }
}
