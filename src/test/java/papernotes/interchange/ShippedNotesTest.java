package papernotes.interchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import papernotes.model.NoteDraft;
import papernotes.model.TopicDraft;

/// The notes the app ships with (`notes/` in the repository) are the user's 2021 collection, filed as issue 2 says.
class ShippedNotesTest {

    static final Path NOTES = Path.of("notes");

    static final Map<String, List<String>> EXPECTED = expected();

    private static Map<String, List<String>> expected() {
        var map = new LinkedHashMap<String, List<String>>();
        map.put("Face Swap", List.of("FSGAN", "Disney高清换脸", "InfoSwap", "ShapeEditer", "FaceShifter", "HifiFace"));
        map.put("Super Resolution", List.of("ESRGAN & Real-ESRGAN", "GFPGAN", "GPEN", "DFDNet"));
        map.put(
                "ViT Transformer",
                List.of("ViT", "Token Labeling", "Tokens-to-Token ViT", "Attention is all you need"));
        map.put("3D Face Reconstruction", List.of("3DDFA & 3DDFA_V2", "DECA", "Deep3DFaceRecon", "Detailed3DFace"));
        map.put(
                "3D Face Reconstruction / 帝国理工组",
                List.of("基础", "TBGAN", "GANFit & Fast-GANFit", "OSTeC", "AvatarMe & AvatarMe++"));
        map.put(
                "3D Human Digitization",
                List.of("Contact Human Dynamics", "HuMoR", "DeepMotion", "PIFuHD & MonoPort & NeuralBody"));
        return map;
    }

    private final Vault vault = new VaultReader().read(NOTES);

    @Test
    void twentySevenNotesInTheSeedsTopicsAndOrder() {
        assertEquals(27, vault.notes().size());
        var byTopic = vault.notes().stream()
                .collect(Collectors.groupingBy(
                        n -> n.topic().toString(),
                        LinkedHashMap::new,
                        Collectors.mapping(NoteDraft::title, Collectors.toList())));
        assertEquals(
                EXPECTED.keySet().stream().sorted().toList(),
                byTopic.keySet().stream().sorted().toList());
        EXPECTED.forEach((topic, titles) -> assertEquals(titles, byTopic.get(topic), topic));
    }

    @Test
    void fiveTopLevelTopicsEachWithAChineseName() {
        var topLevel = vault.topics().stream()
                .filter(t -> t.path().depth() == 1)
                .sorted(Comparator.comparingInt(TopicDraft::position))
                .toList();
        assertEquals(
                List.of(
                        "Face Swap",
                        "Super Resolution",
                        "ViT Transformer",
                        "3D Face Reconstruction",
                        "3D Human Digitization"),
                topLevel.stream().map(t -> t.path().name()).toList());
        assertEquals(
                List.of("换脸", "超分辨率", "视觉Transformer", "三维人脸重建", "三维人体数字化"),
                topLevel.stream().map(TopicDraft::nameZh).toList());
        assertEquals(6, vault.topics().size());
        vault.topics().forEach(t -> assertFalse(t.nameZh().isEmpty(), t.path().toString()));
    }

    @Test
    void topicTextAndCollectionTitleLiveInTheirOwnFiles() {
        var superResolution = vault.topics().stream()
                .filter(t -> t.path().name().equals("Super Resolution"))
                .findFirst()
                .orElseThrow();
        assertEquals("PSNR SSIM ringing artifacts/sinc/ spectral normalization FID", superResolution.description());
        var face3d = vault.topics().stream()
                .filter(t -> t.path().toString().equals("3D Face Reconstruction"))
                .findFirst()
                .orElseThrow();
        assertTrue(face3d.description().startsWith("3DMM(3D morphable models )三维可变形人脸模型"), face3d.description());
        assertEquals(Optional.of("2021年论文阅读笔记合集"), vault.title());
        assertEquals(List.of("阅读论文笔记合集-2021"), vault.titleAliases());
    }

    @Test
    void everyNoteHasAStableIdTagsAndATopicMatchingItsFolder() throws Exception {
        assertEquals(
                27,
                vault.notes().stream().map(n -> n.id().orElseThrow()).distinct().count());
        vault.notes()
                .forEach(n -> assertTrue(n.tags().size() >= 2 && n.tags().size() <= 5, n.title() + " " + n.tags()));
        try (Stream<Path> files = Files.walk(NOTES)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".md")).toList()) {
                var name = file.getFileName().toString();
                if (name.startsWith("_")) {
                    continue;
                }
                var matter = FrontMatter.parse(Files.readString(file), file.toString());
                var folder = NOTES.relativize(file.getParent()).toString().replace(File.separatorChar, '/');
                assertEquals(folder.replace("/", " / "), matter.text("topic").orElseThrow(), file.toString());
                assertEquals(
                        name.substring(0, name.length() - 3),
                        matter.text("title").orElseThrow(),
                        file.toString());
            }
        }
    }

    @Test
    void linksTheSeedGivesAreInFrontMatter() {
        var fsgan = vault.notes().stream()
                .filter(n -> n.title().equals("FSGAN"))
                .findFirst()
                .orElseThrow();
        assertEquals(
                Optional.of("https://arxiv.org/pdf/1908.05932.pdf"),
                fsgan.links().paper());
        assertEquals(
                Optional.of("https://github.com/YuvalNirkin/fsgan"),
                fsgan.links().code());
    }
}
