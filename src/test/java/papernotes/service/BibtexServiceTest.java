package papernotes.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import papernotes.TestLibrary;
import papernotes.model.NoteDraft;
import papernotes.model.NoteFilter;
import papernotes.model.PaperLinks;
import papernotes.model.TopicPath;

/// BibTeX export (stable keys, escaping, order) and import (add, update by key, DOI or arXiv id, skip, dry run).
class BibtexServiceTest {

    @TempDir
    Path dir;

    private static PaperLinks paper(String arxiv, String doi, Integer year) {
        return new PaperLinks(
                Optional.empty(),
                Optional.empty(),
                Optional.ofNullable(arxiv),
                Optional.ofNullable(doi),
                Optional.ofNullable(year),
                Optional.empty());
    }

    private static void create(TestLibrary library, String title, String topic, PaperLinks links, String... tags) {
        library.notes()
                .create(new NoteDraft(
                        Optional.empty(), title, TopicPath.parse(topic), List.of(tags), List.of(), links, "body"));
    }

    @Test
    void aNoteWithAVenueTitleOrAuthorsIsAPaperToo() throws Exception {
        try (var library = TestLibrary.empty(dir.resolve("data"))) {
            create(library, "ESRGAN", "Super Resolution", PaperLinks.NONE.withVenue(Optional.of("ECCVW")));
            create(
                    library,
                    "FSGAN",
                    "Face Swap",
                    PaperLinks.NONE.withAuthors(List.of("Yuval Nirkin", "Yosi Keller", "Tal Hassner")));
            create(
                    library,
                    "ViT",
                    "ViT Transformer",
                    PaperLinks.NONE.withPaperTitle(Optional.of("An Image is Worth 16x16 Words")));
            create(library, "读书笔记", "Inbox", PaperLinks.NONE);
            var export = library.library().bibtex().exportTo(dir.resolve("papers.bib"));
            assertEquals(3, export.entries());
            var text = Files.readString(dir.resolve("papers.bib"));
            assertTrue(text.contains("  author = {Yuval Nirkin and Yosi Keller and Tal Hassner},\n"), text);
            assertTrue(text.contains("  title = {{An Image is Worth 16x16 Words}},\n"), text);
            assertTrue(text.contains("  howpublished = {ECCVW},\n"), text);
            assertTrue(!text.contains("读书笔记"), text);
        }
    }

    @Test
    void export_givesStableKeysWithSuffixesOnClashes_escapesTeX_andSortsByKey() throws Exception {
        try (var library = TestLibrary.empty(dir.resolve("data"))) {
            create(
                    library,
                    "The GFPGAN model",
                    "Super Resolution",
                    paper("2101.04061", null, 2021),
                    "face_restoration");
            create(
                    library,
                    "GFPGAN: 50% better & $cheaper$ {really}",
                    "Super Resolution / 人脸",
                    paper(null, "10.1000/abc", 2021));
            create(library, "No paper", "Inbox", PaperLinks.NONE);
            create(library, "No paper either", "Inbox", PaperLinks.NONE.withYear(Optional.of(2020)));
            create(library, "基础", "3D", paper("1908.05932", null, null));
            var bibtex = library.library().bibtex();
            var first = bibtex.exportTo(dir.resolve("a.bib"));
            assertEquals(3, first.entries());
            assertEquals(3, first.newKeys());
            var text = Files.readString(dir.resolve("a.bib"));
            assertTrue(text.contains("@misc{gfpgan2021,\n  title = {{The GFPGAN model}},\n  year = {2021},\n"), text);
            assertTrue(
                    text.contains(
                            "@misc{gfpgan2021a,\n  title = {{GFPGAN: 50\\% better \\& \\$cheaper\\$ \\{really\\}}},"),
                    text);
            assertTrue(text.contains("  keywords = {face\\_restoration},\n"), text);
            assertTrue(
                    text.contains(
                            "  eprint = {2101.04061},\n  archiveprefix = {arXiv},\n  url = {https://arxiv.org/abs/2101.04061},\n"),
                    text);
            assertTrue(text.contains("@misc{paper,\n  title = {{基础}},"), text);
            assertTrue(text.contains("  note = {Topic: Super Resolution / 人脸}\n"), text);
            assertTrue(text.indexOf("@misc{gfpgan2021,") < text.indexOf("@misc{gfpgan2021a,")
                    && text.indexOf("@misc{gfpgan2021a,") < text.indexOf("@misc{paper,"));

            // a new note whose key would have been the first one's never takes it over
            create(library, "GFPGAN", "Super Resolution", paper(null, "10.1000/zzz", 2021));
            var second = bibtex.exportTo(dir.resolve("b.bib"));
            assertEquals(1, second.newKeys());
            var again = Files.readString(dir.resolve("b.bib"));
            assertTrue(again.contains("@misc{gfpgan2021b,\n  title = {{GFPGAN}},"), again);
            assertTrue(again.contains("@misc{gfpgan2021,\n  title = {{The GFPGAN model}},"), again);

            // our own export read back changes nothing
            var roundTrip = bibtex.importFrom(dir.resolve("b.bib"), Optional.empty(), ImportMode.APPLY);
            assertEquals(4, roundTrip.count(BibtexService.Action.SKIP), roundTrip.toString());
        }
    }

    @Test
    void import_addsNewPapers_updatesByKeyDoiOrArxiv_andNeverDuplicates() throws Exception {
        try (var library = TestLibrary.empty(dir.resolve("data"))) {
            create(library, "GFPGAN", "Super Resolution", paper(null, "10.1109/CVPR46437.2021.00905", null), "gan");
            create(library, "FSGAN", "Face Swap", paper("1908.05932", null, 2019));
            Files.writeString(dir.resolve("refs.bib"), """
                    % from Zotero
                    @inproceedings{wang2021towards,
                      title = {Towards Real-World Blind Face Restoration with Generative Facial Prior},
                      booktitle = {Proceedings of {CVPR}},
                      year = {2021},
                      doi = {10.1109/cvpr46437.2021.00905},
                      keywords = {face restoration; GAN}
                    }
                    @article{nirkin2019fsgan,
                      title = {{FSGAN}: Subject Agnostic Face Swapping and Reenactment},
                      journal = {arXiv preprint arXiv:1908.05932},
                      year = 2019
                    }
                    @misc{schon,
                      title = {Sch{\\"o}ne {GANs} \\& caf\\'e},
                      eprint = {2106.09685v2},
                      archivePrefix = {arXiv}
                    }
                    """);
            var bibtex = library.library().bibtex();
            var dry = bibtex.importFrom(dir.resolve("refs.bib"), Optional.empty(), ImportMode.DRY_RUN);
            assertEquals(
                    List.of(BibtexService.Action.UPDATE, BibtexService.Action.UPDATE, BibtexService.Action.ADD),
                    dry.changes().stream().map(BibtexService.Change::action).toList());
            assertEquals(2, library.notes().list(NoteFilter.ALL).size(), "a dry run writes nothing");

            var result =
                    bibtex.importFrom(dir.resolve("refs.bib"), Optional.of(TopicPath.of("Reading")), ImportMode.APPLY);
            assertEquals(
                    List.of(2, 9, 14),
                    result.changes().stream().map(BibtexService.Change::line).toList());
            var gfpgan = library.notes().get(library.notes().resolve("GFPGAN")).note();
            assertEquals("GFPGAN", gfpgan.title(), "an update keeps the note's own title");
            assertEquals(
                    List.of("Towards Real-World Blind Face Restoration with Generative Facial Prior"),
                    gfpgan.aliases());
            assertEquals(List.of("gan", "face restoration"), gfpgan.tags());
            assertEquals(Optional.of(2021), gfpgan.links().year());
            assertEquals(Optional.of("Proceedings of CVPR"), gfpgan.links().venue());
            assertEquals(1, library.history().of(gfpgan.id()).size(), "the version it replaced is kept");
            var added = library.notes()
                    .get(result.changes().get(2).note().orElseThrow())
                    .note();
            assertEquals("Schöne GANs & café", added.title());
            assertEquals(TopicPath.of("Reading"), added.topic());
            assertEquals(Optional.of("2106.09685"), added.links().arxiv());
            assertEquals(3, library.notes().list(NoteFilter.ALL).size());

            var again = bibtex.importFrom(dir.resolve("refs.bib"), Optional.empty(), ImportMode.APPLY);
            assertEquals(3, again.count(BibtexService.Action.SKIP), again.toString());
            assertEquals(3, library.notes().list(NoteFilter.ALL).size());
            assertEquals(List.of(added.id().value()), library.search().searchIds("café", 5));
        }
    }

    @Test
    void newNotes_goToTheInbox() throws Exception {
        try (var library = TestLibrary.empty(dir.resolve("data"))) {
            Files.writeString(dir.resolve("one.bib"), "@article{a2020, title = {A Title}, year = {2020}}\n");
            library.library().bibtex().importFrom(dir.resolve("one.bib"), Optional.empty(), ImportMode.APPLY);
            assertEquals(
                    BibtexService.INBOX,
                    library.notes()
                            .get(library.notes().resolve("A Title"))
                            .note()
                            .topic());
        }
    }

    @Test
    void anUpdateKeepsTheNotesPaperTitleAuthorsAndAbstract_andFillsThemWhenItHasNone() throws Exception {
        try (var library = TestLibrary.empty(dir.resolve("data"))) {
            create(
                    library,
                    "ResNet",
                    "Vision",
                    PaperLinks.NONE
                            .withDoi(Optional.of("10.1109/CVPR.2016.90"))
                            .withPaperTitle(Optional.of("Deep Residual Learning for Image Recognition"))
                            .withAuthors(List.of("Kaiming He", "Xiangyu Zhang"))
                            .withAbstract(Optional.of("Deeper neural networks are more difficult to train.")));
            create(library, "VGG", "Vision", PaperLinks.NONE.withArxiv(Optional.of("1409.1556")));
            Files.writeString(dir.resolve("refs.bib"), """
                    @inproceedings{he2016deep,
                      title = {Deep Residual Learning},
                      author = {He, K. and Zhang, X. and Ren, S. and Sun, J.},
                      abstract = {Another abstract.},
                      doi = {10.1109/CVPR.2016.90},
                      year = {2016}
                    }
                    @article{simonyan2014very,
                      title = {Very Deep Convolutional Networks for Large-Scale Image Recognition},
                      author = {Simonyan, Karen and Zisserman, Andrew},
                      abstract = {We investigate the effect of the convolutional network depth.},
                      eprint = {1409.1556},
                      archivePrefix = {arXiv}
                    }
                    """);
            library.library().bibtex().importFrom(dir.resolve("refs.bib"), Optional.empty(), ImportMode.APPLY);

            var resnet = library.notes()
                    .get(library.notes().resolve("ResNet"))
                    .note()
                    .links();
            assertEquals(Optional.of("Deep Residual Learning for Image Recognition"), resnet.paperTitle());
            assertEquals(List.of("Kaiming He", "Xiangyu Zhang"), resnet.authors());
            assertEquals(Optional.of("Deeper neural networks are more difficult to train."), resnet.abstractText());
            assertEquals(Optional.of(2016), resnet.year(), "what the note lacks is still taken");

            var vgg = library.notes().get(library.notes().resolve("VGG")).note().links();
            assertEquals(
                    Optional.of("Very Deep Convolutional Networks for Large-Scale Image Recognition"),
                    vgg.paperTitle());
            assertEquals(List.of("Karen Simonyan", "Andrew Zisserman"), vgg.authors());
            assertEquals(
                    Optional.of("We investigate the effect of the convolutional network depth."), vgg.abstractText());

            var again =
                    library.library().bibtex().importFrom(dir.resolve("refs.bib"), Optional.empty(), ImportMode.APPLY);
            assertEquals(2, again.count(BibtexService.Action.SKIP), again.toString());
        }
    }
}
