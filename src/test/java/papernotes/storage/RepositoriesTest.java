package papernotes.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import papernotes.model.LinkTarget;
import papernotes.model.NoteFilter;
import papernotes.model.NoteId;
import papernotes.model.TagCount;
import papernotes.model.TopicDraft;
import papernotes.model.TopicPath;

class RepositoriesTest {

    @TempDir
    Path dir;

    private LibraryStore store;

    @BeforeEach
    void open() {
        store = LibraryStore.open(dir);
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void topicsAreCreatedWithTheirParentsAndFoundIgnoringCase() {
        var path = TopicPath.parse("3D Face Reconstruction / 帝国理工组");
        long id = store.write(s -> s.topics().ensure(path));
        assertEquals(
                Optional.of(id), store.read(s -> s.topics().find(TopicPath.parse("3d face reconstruction / 帝国理工组"))));
        assertEquals(path, store.read(s -> s.topics().path(id)));
        assertEquals(
                List.of("3D Face Reconstruction", "3D Face Reconstruction / 帝国理工组"),
                store.read(s -> s.topics().list()).stream()
                        .map(t -> t.path().toString())
                        .toList());
    }

    @Test
    void topicTreeIsListedDepthFirstBySiblingPosition() {
        store.write(s -> {
            s.topics().save(new TopicDraft(TopicPath.of("Super Resolution"), "超分辨率", "PSNR SSIM", 2));
            s.topics().save(new TopicDraft(TopicPath.of("Face Swap"), "换脸", "", 1));
            s.topics().save(new TopicDraft(TopicPath.of("Face Swap", "Video"), "", "", 1));
            return null;
        });
        var topics = store.read(s -> s.topics().list());
        assertEquals(
                List.of("Face Swap", "Face Swap / Video", "Super Resolution"),
                topics.stream().map(t -> t.path().toString()).toList());
        assertEquals("超分辨率", topics.get(2).nameZh());
        assertEquals("PSNR SSIM", topics.get(2).description());
    }

    @Test
    void tagsKeepTheirFirstSpellingAndDisappearWhenUnused() {
        var topic = TopicPath.of("Face Swap");
        store.write(s -> {
            s.notes().insert(LibraryStoreTest.note("aaaaaaaa", "FSGAN", topic, List.of("GAN", "换脸")));
            s.notes().insert(LibraryStoreTest.note("bbbbbbbb", "FaceShifter", topic, List.of("gan")));
            return null;
        });
        assertEquals(
                List.of(new TagCount("GAN", 2), new TagCount("换脸", 1)),
                store.read(s -> s.tags().counts()));
        store.write(s -> {
            s.tags().set(new NoteId("aaaaaaaa"), List.of("GAN"));
            return null;
        });
        assertEquals(List.of(new TagCount("GAN", 2)), store.read(s -> s.tags().counts()));
    }

    @Test
    void listFiltersByTopicSubtreeAndTagAndSkipsTheTrash() {
        var parent = TopicPath.of("3D Face Reconstruction");
        var child = parent.child("帝国理工组");
        store.write(s -> {
            s.notes().insert(LibraryStoreTest.note("aaaaaaaa", "DECA", parent, List.of("3dmm")));
            s.notes().insert(LibraryStoreTest.note("bbbbbbbb", "TBGAN", child, List.of("gan")));
            s.notes().insert(LibraryStoreTest.note("cccccccc", "OSTeC", child, List.of("3dmm")));
            s.notes().trash(new NoteId("cccccccc"), Instant.now());
            return null;
        });
        var inParent = store.read(s -> s.noteListing().list(new NoteFilter(Optional.of(parent), Optional.empty())));
        assertEquals(
                List.of("DECA", "TBGAN"), inParent.stream().map(n -> n.title()).toList());
        var tagged = store.read(s -> s.noteListing().list(new NoteFilter(Optional.empty(), Optional.of("3DMM"))));
        assertEquals(List.of("DECA"), tagged.stream().map(n -> n.title()).toList());
        assertEquals(
                List.of("OSTeC"),
                store.read(s -> s.noteListing().trashed()).stream()
                        .map(t -> t.note().title())
                        .toList());
        assertTrue(store.read(s -> s.notes().find(new NoteId("cccccccc")))
                .orElseThrow()
                .isTrashed());
    }

    @Test
    void linksAreReplacedWholeAndFoundByTargetAmongLiveNotesOnly() {
        var topic = TopicPath.of("Super Resolution");
        var gpen = new NoteId("aaaaaaaa");
        var dfdnet = new NoteId("bbbbbbbb");
        var esrgan = new NoteId("cccccccc");
        var target = LinkTarget.name("gfpgan");
        store.write(s -> {
            s.notes().insert(LibraryStoreTest.note(gpen.value(), "GPEN", topic, List.of("gan")));
            s.notes().insert(LibraryStoreTest.note(dfdnet.value(), "DFDNet", topic, List.of()));
            s.notes().insert(LibraryStoreTest.note(esrgan.value(), "ESRGAN", topic, List.of()));
            s.links().replace(gpen, List.of(target, LinkTarget.id(dfdnet)));
            s.links().replace(dfdnet, List.of(target, target));
            s.links().replace(esrgan, List.of(target));
            s.links().replace(esrgan, List.of(LinkTarget.name("esrgan")));
            return null;
        });
        assertEquals(
                List.of(LinkTarget.id(dfdnet), target),
                store.read(s -> s.links().of(gpen)));
        var linking = store.read(s -> s.noteListing().linkingTo(esrgan, List.of(target, LinkTarget.id(esrgan))));
        assertEquals(
                List.of("DFDNet", "GPEN"), linking.stream().map(n -> n.title()).toList());
        assertEquals(List.of("gan"), linking.get(1).tags());

        store.write(s -> {
            s.notes().trash(dfdnet, Instant.now());
            return null;
        });
        assertEquals(
                List.of("GPEN"),
                store.read(s -> s.noteListing().linkingTo(esrgan, List.of(target))).stream()
                        .map(n -> n.title())
                        .toList());
        assertEquals(List.of(), store.read(s -> s.noteListing().linkingTo(esrgan, List.of())));
    }
}
