package papernotes.service;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import papernotes.TestLibrary;
import papernotes.model.NoteChanges;
import papernotes.model.NoteDraft;
import papernotes.model.PaperLinks;
import papernotes.model.TopicPath;

/// Times export and import (JSON, BibTeX) and a library-file backup for the shipped library and for 1,000 generated
/// notes with three revisions each. Not a test; run by hand: `java -cp … papernotes.service.BackupBenchmark DIR`.
public final class BackupBenchmark {

    private BackupBenchmark() {}

    public static void main(String[] args) throws Exception {
        var root = Path.of(args[0]);
        TestLibrary.shipped(root.resolve("shipped")).close();
        System.out.println("shipped library: " + measure(root, "shipped", root.resolve("shipped")));
        var random = new Random(7);
        var words = List.of(
                "超分",
                "换脸",
                "StyleGAN2",
                "attention",
                "损失",
                "perceptual",
                "identity",
                "特征",
                "GAN",
                "diffusion",
                "人脸",
                "重建",
                "Transformer",
                "patch",
                "token",
                "3DMM",
                "纹理",
                "render");
        try (var library = TestLibrary.empty(root.resolve("generated"))) {
            var notes = library.notes();
            for (int i = 0; i < 1000; i++) {
                var body = new StringBuilder();
                for (int w = 0; w < 300; w++) {
                    body.append(words.get(random.nextInt(words.size()))).append(w % 12 == 11 ? "\n" : " ");
                }
                var links = new PaperLinks(
                        Optional.empty(),
                        Optional.empty(),
                        Optional.of(String.format("21%02d.%05d", 1 + i % 12, i)),
                        Optional.empty(),
                        Optional.of(2015 + i % 10),
                        Optional.of("CVPR"));
                var note = notes.create(new NoteDraft(
                        Optional.empty(),
                        "Paper " + i + " " + words.get(i % words.size()),
                        TopicPath.of("Topic " + i % 7, "Sub " + i % 3),
                        List.of("t" + i % 13, "gan"),
                        List.of("Alias " + i),
                        links,
                        body.toString()));
                for (int r = 0; r < 3; r++) {
                    notes.edit(note.id(), NoteChanges.none().withBody(body + "\nrevision " + r));
                }
            }
        }
        System.out.println("1,000 notes, 3 revisions each: " + measure(root, "generated", root.resolve("generated")));
        System.exit(0);
    }

    private static String measure(Path root, String name, Path dataDir) throws Exception {
        var result = new ArrayList<String>();
        try (var library = TestLibrary.empty(dataDir)) {
            var jsonBackup = library.library().jsonBackup();
            jsonBackup.exportTo(root.resolve(name + "-warm.zip"));
            long t0 = System.nanoTime();
            var export = jsonBackup.exportTo(root.resolve(name + ".zip"));
            result.add("export-json " + ms(t0) + " ms, " + kb(export.bytes()) + " KB");
            t0 = System.nanoTime();
            var backup = library.library().backups().backup(Optional.of(root.resolve(name + ".db")));
            result.add("backup " + ms(t0) + " ms, " + kb(backup.bytes()) + " KB");
            t0 = System.nanoTime();
            var bib = library.library().bibtex().exportTo(root.resolve(name + ".bib"));
            result.add("export-bibtex " + ms(t0) + " ms (" + bib.entries() + " entries, " + kb(bib.bytes()) + " KB)");
            t0 = System.nanoTime();
            library.library().bibtex().importFrom(root.resolve(name + ".bib"), Optional.empty(), ImportMode.APPLY);
            result.add("import-bibtex of it " + ms(t0) + " ms");
        }
        var folder = new LibraryFolder(
                root.resolve(name + "-copy"), new TestLibrary.SteppingClock(), ZoneOffset.UTC, "bench");
        long t0 = System.nanoTime();
        folder.importJson(root.resolve(name + ".zip"), ImportMode.APPLY);
        result.add("import-json " + ms(t0) + " ms");
        t0 = System.nanoTime();
        try (var plan = new LibraryFolder(
                        root.resolve(name + "-restored"), new TestLibrary.SteppingClock(), ZoneOffset.UTC, "bench")
                .planRestore(root.resolve(name + ".db"))) {
            new LibraryFolder(
                            root.resolve(name + "-restored"), new TestLibrary.SteppingClock(), ZoneOffset.UTC, "bench")
                    .restore(plan);
        }
        result.add("restore-backup " + ms(t0) + " ms");
        result.add("library.db " + kb(Files.size(dataDir.resolve("library.db"))) + " KB");
        return String.join("; ", result);
    }

    private static long ms(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }

    private static long kb(long bytes) {
        return bytes / 1024;
    }
}
