package papernotes.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import papernotes.TestLibrary;
import papernotes.model.NoteDraft;
import papernotes.model.NoteFile;
import papernotes.model.NoteId;
import papernotes.model.PaperLinks;
import papernotes.model.TopicPath;

/// The files a vault's note lists under `files`, read by the rules of [VaultNoteFiles] on real folders and
/// libraries: names YAML and links would misread come back as they were, a file one note lists and another links
/// to is copied once, Obsidian finds a bare `[[name]]` anywhere in the vault, and a re-import that only adds files
/// to a note the library has updates the note's list.
class VaultNoteFilesTest {

    @TempDir
    Path dir;

    private static NoteId note(TestLibrary library, String title, String body) {
        return library.notes()
                .create(new NoteDraft(
                        Optional.empty(), title, TopicPath.of("Papers"), List.of(), List.of(), PaperLinks.NONE, body))
                .id();
    }

    private Path file(String name, String content) throws IOException {
        var file = dir.resolve("sources").resolve(name);
        Files.createDirectories(file.getParent());
        return Files.writeString(file, content);
    }

    @Test
    void oddFileNamesComeBackAsTheyWereAttached() throws IOException {
        var names = List.of("paper [v2] | final.pdf", "yes", "a: b.pdf", "报告 2024.pdf", "[x](y).pdf", "]].pdf");
        NoteId id;
        List<NoteFile> attached;
        try (var library = TestLibrary.empty(dir.resolve("a"))) {
            id = note(library, "Odd names", "Text.");
            for (int i = 0; i < names.size(); i++) {
                var source = file("n" + i + "/" + names.get(i), "content " + i);
                library.library().files().attach(id, List.of(source));
            }
            attached = library.library().files().files(id);
            library.library().vaultExport().export(dir.resolve("vault"));
        }
        assertEquals(names, attached.stream().map(NoteFile::fileName).toList());
        try (var library = TestLibrary.empty(dir.resolve("b"))) {
            var plan = library.library().vaultImport().apply(dir.resolve("vault"));
            assertEquals(List.of(), plan.warnings());
            assertEquals(attached, library.library().files().files(id));
            for (NoteFile file : attached) {
                assertEquals(
                        "content " + names.indexOf(file.fileName()),
                        Files.readString(library.library().files().path(file)));
            }
        }
    }

    @Test
    void aFileOneNoteListsAndAnotherLinksToIsCopiedOnce() throws IOException {
        NoteFile attached;
        try (var library = TestLibrary.empty(dir.resolve("a"))) {
            var id = note(library, "Listed", "Text.");
            library.library().files().attach(id, List.of(file("paper.pdf", "not really a PDF")));
            attached = library.library().files().files(id).getFirst();
            note(library, "Linked", "See [the paper](attachments/" + attached.stored() + ").");
            library.library().vaultExport().export(dir.resolve("vault"));
        }
        try (var library = TestLibrary.empty(dir.resolve("b"))) {
            var plan = library.library().vaultImport().apply(dir.resolve("vault"));
            assertEquals(List.of(attached.stored()), plan.attachments());
            var linked = plan.added().stream()
                    .filter(n -> n.title().equals("Linked"))
                    .findFirst()
                    .orElseThrow();
            assertEquals(
                    "See [the paper](attachments/" + attached.stored() + ").",
                    library.notes().get(linked.id().orElseThrow()).note().body());
        }
    }

    @Test
    void aBareObsidianLinkFindsTheFileAnywhereInTheVault() throws IOException {
        var vault = Files.createDirectories(dir.resolve("vault"));
        Files.createDirectories(vault.resolve(".obsidian"));
        Files.createDirectories(vault.resolve("Library/PDFs"));
        Files.writeString(vault.resolve("Library/PDFs/GAN.pdf"), "GAN bytes");
        Files.createDirectories(vault.resolve("Notes"));
        Files.writeString(vault.resolve("Notes/GAN.md"), """
                ---
                files:
                  - "[[GAN.pdf|Goodfellow 2014]]"
                ---
                Generative adversarial nets.
                """);
        try (var library = TestLibrary.empty(dir.resolve("a"))) {
            var plan = library.library().vaultImport().apply(vault);
            assertEquals(List.of(), plan.warnings());
            var id = plan.added().getFirst().id().orElseThrow();
            assertEquals(
                    List.of("Goodfellow 2014"),
                    library.library().files().files(id).stream()
                            .map(NoteFile::fileName)
                            .toList());
            assertTrue(library.library().files().files(id).getFirst().stored().endsWith(".bin"));
        }
    }

    @Test
    void aNoteThatOnlyGainsFilesIsUpdated() throws IOException {
        try (var library = TestLibrary.empty(dir.resolve("a"))) {
            var id = note(library, "Plain", "Text.");
            library.library().vaultExport().export(dir.resolve("vault"));
            var exported = dir.resolve("vault/Papers/Plain.md");
            Files.writeString(
                    exported, Files.readString(exported).replace("created:", "files: [../paper.pdf]\ncreated:"));
            Files.writeString(dir.resolve("vault/paper.pdf"), "PDF bytes");

            var plan = library.library().vaultImport().apply(dir.resolve("vault"));

            assertEquals(1, plan.updated().size(), plan.notes().toString());
            assertEquals("files changed", plan.updated().getFirst().reason());
            assertEquals(
                    List.of("paper.pdf"),
                    library.library().files().files(id).stream()
                            .map(NoteFile::fileName)
                            .toList());
        }
    }
}
