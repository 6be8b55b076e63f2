package papernotes.service;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import papernotes.TestLibrary;
import papernotes.interchange.GlossaryReader;
import papernotes.model.GlossaryEntry;
import papernotes.model.InvalidInputException;
import papernotes.model.NoteDraft;
import papernotes.model.TopicPath;

/// Term pairs the user teaches ("朗之万 means Langevin"): kept in the user's `glossary.yaml`, used by the next search
/// without reindexing, listed and forgotten again.
class GlossaryServiceTest {

    @TempDir
    Path dir;

    private TestLibrary library;
    private GlossaryService glossary;

    @BeforeEach
    void open() {
        library = TestLibrary.empty(dir);
        glossary = library.library().glossary();
        library.notes().create(NoteDraft.of("扩散模型采样", TopicPath.of("Generative"), "采样用朗之万动态，逐渐减小温度。"));
        library.notes().create(NoteDraft.of("FSGAN", TopicPath.of("Face Swap"), "A face swap method in two stages."));
    }

    @AfterEach
    void close() {
        library.close();
    }

    private List<String> titles(String query) {
        return library.search().search(query, 20, Optional.empty(), Optional.empty()).hits().stream()
                .map(hit -> hit.note().title())
                .toList();
    }

    private Path userFile() {
        return dir.resolve(GlossarySource.USER_FILE);
    }

    private List<GlossaryEntry> fileEntries() throws IOException {
        return new GlossaryReader().read(Files.readString(userFile()), "glossary.yaml");
    }

    @Test
    void aTaughtPairIsUsedByTheNextSearch_withoutReindexing() {
        assertEquals(List.of(), titles("Langevin"));
        glossary.teach("朗之万", "Langevin");
        assertEquals(List.of("扩散模型采样"), titles("Langevin"));
        assertEquals(
                List.of("扩散模型采样"), titles("Langevin dynamics"), "a note with the most of the words, when none has all");
    }

    @Test
    void pairsTaughtOneRightAfterTheOtherAreAllUsed() {
        titles("Langevin");
        glossary.teach("朗之万", "Langevin");
        glossary.teach("温度", "temperature");
        assertEquals(List.of("扩散模型采样"), titles("temperature"));
        assertEquals(List.of("扩散模型采样"), titles("Langevin"));
    }

    @Test
    void teachingCreatesTheUsersFile() throws IOException {
        assertFalse(Files.exists(userFile()));
        var taught = glossary.teach("朗之万", "Langevin");
        assertEquals(List.of(new GlossaryEntry(List.of("朗之万", "Langevin"), "general")), fileEntries());
        assertEquals(new GlossaryEntry(List.of("朗之万", "Langevin"), "general"), taught.entry());
        assertFalse(taught.known());
    }

    @Test
    void teachingKeepsTheUsersOtherEntries() throws IOException {
        Files.writeString(userFile(), "entries:\n  - terms: [秘笈, Towr]\n    topic: Tricks\n");
        glossary.teach("朗之万", "Langevin");
        assertEquals(
                List.of(
                        new GlossaryEntry(List.of("秘笈", "Towr"), "Tricks"),
                        new GlossaryEntry(List.of("朗之万", "Langevin"), "general")),
                fileEntries());
    }

    @Test
    void aTermOfAUserEntryJoinsThatEntry() throws IOException {
        Files.writeString(userFile(), "entries:\n  - terms: [秘笈, Towr]\n    topic: Tricks\n");
        var taught = glossary.teach("towr", "窍门");
        var joined = new GlossaryEntry(List.of("秘笈", "Towr", "窍门"), "Tricks");
        assertEquals(List.of(joined), fileEntries());
        assertEquals(joined, taught.entry());
    }

    @Test
    void aTermOfABuiltInEntryJoinsIt_andTheWrittenEntryKeepsEveryBuiltInTerm() throws IOException {
        var shipped = glossary.inForce().stream()
                .filter(e -> e.terms().contains("换脸"))
                .findFirst()
                .orElseThrow();
        glossary.teach("swapface", "換臉");
        var written = fileEntries();
        assertEquals(1, written.size());
        assertEquals(shipped.topic(), written.getFirst().topic());
        assertEquals(
                shipped.terms(),
                written.getFirst().terms().subList(0, shipped.terms().size()));
        assertEquals(
                List.of("swapface"),
                written.getFirst()
                        .terms()
                        .subList(
                                shipped.terms().size(),
                                written.getFirst().terms().size()));
        assertEquals(List.of("FSGAN"), titles("swapface"));
        assertEquals(List.of("FSGAN"), titles("faceswap"), "the built-in terms still count");
    }

    @Test
    void teachingLosesNothingOfTheGlossaryInForce() {
        var before = glossary.inForce();
        glossary.teach("身份", "who-is-who");
        var after = glossary.inForce();
        var changed = before.stream().filter(e -> !after.contains(e)).toList();
        assertEquals(1, changed.size(), changed.toString());
        assertTrue(after.stream()
                .anyMatch(e -> e.terms().containsAll(changed.getFirst().terms())
                        && e.terms().contains("who-is-who")));
    }

    @Test
    void anotherBuiltInEntrySharingATermWithTheJoinedOneIsWrittenToo_soThatItStaysInForce() {
        var xy = new GlossaryEntry(List.of("x", "y"), "general");
        var yz = new GlossaryEntry(List.of("Y", "z"), "general");
        var joined = new GlossaryEntry(List.of("x", "y", "w"), "general");
        var next = new ArrayList<>(List.of(joined));
        GlossaryService.keepWhole(List.of(xy, yz), List.of(xy), next);
        assertEquals(List.of(joined, yz), next);
    }

    @Test
    void twoTermsOfDifferentEntriesJoinTheirEntries() throws IOException {
        Files.writeString(userFile(), "entries:\n  - terms: [秘笈, Towr]\n  - terms: [窍门, knack]\n");
        glossary.teach("Towr", "knack");
        assertEquals(List.of(new GlossaryEntry(List.of("秘笈", "Towr", "窍门", "knack"), "general")), fileEntries());
    }

    @Test
    void aPairAlreadyKnownWritesNothing() {
        var taught = glossary.teach("换脸", "face swap");
        assertTrue(taught.known());
        assertFalse(Files.exists(userFile()));
    }

    @Test
    void badInputSaysWhyInOneSentence_andLeavesTheFileAsItWas() throws IOException {
        Files.writeString(userFile(), "entries:\n  - terms: [秘笈, Towr]\n");
        var bytes = Files.readAllBytes(userFile());
        for (var pair : List.of(
                List.of(" ", "Langevin"),
                List.of("朗之万", ""),
                List.of("Langevin", "ＬＡＮＧＥＶＩＮ"),
                List.of("朗之万", "Lange\nvin"))) {
            var e = assertThrows(InvalidInputException.class, () -> glossary.teach(pair.get(0), pair.get(1)));
            assertFalse(e.getMessage().contains("\n"), e.getMessage());
            assertTrue(e.getMessage().endsWith("."), e.getMessage());
        }
        assertArrayEquals(bytes, Files.readAllBytes(userFile()));
    }

    @Test
    void anUnreadableUserFileIsLeftAlone() throws IOException {
        Files.writeString(userFile(), "entries: [oops");
        var e = assertThrows(InvalidInputException.class, () -> glossary.teach("朗之万", "Langevin"));
        assertTrue(
                e.getMessage().startsWith("Your glossary could not be read, so nothing was changed:"), e.getMessage());
        assertEquals("entries: [oops", Files.readString(userFile()));
        assertThrows(InvalidInputException.class, () -> glossary.taught());
        assertThrows(InvalidInputException.class, () -> glossary.forget("oops"));
        assertEquals("entries: [oops", Files.readString(userFile()));
    }

    @Test
    void theFileIsWrittenWhole_nothingIsLeftBesideIt() throws IOException {
        glossary.teach("朗之万", "Langevin");
        try (var files = Files.list(dir)) {
            assertEquals(
                    List.of(),
                    files.map(p -> p.getFileName().toString())
                            .filter(name -> name.contains("glossary") && !name.equals(GlossarySource.USER_FILE))
                            .toList());
        }
        assertTrue(Files.readString(userFile(), StandardCharsets.UTF_8).contains("朗之万"));
    }

    @Test
    void taughtListsTheUsersEntriesOnly() throws IOException {
        assertEquals(List.of(), glossary.taught());
        glossary.teach("朗之万", "Langevin");
        assertEquals(List.of(new GlossaryEntry(List.of("朗之万", "Langevin"), "general")), glossary.taught());
    }

    @Test
    void forgettingATermTakesItOutOfItsEntry_andTheSearchStopsUsingIt() throws IOException {
        glossary.teach("朗之万", "Langevin");
        glossary.teach("朗之万", "Langevin-dynamics");
        glossary.forget("langevin");
        assertEquals(List.of(new GlossaryEntry(List.of("朗之万", "Langevin-dynamics"), "general")), fileEntries());
        assertEquals(List.of(), titles("Langevin"));
    }

    @Test
    void forgettingOneOfTheLastTwoTermsForgetsTheEntry() throws IOException {
        glossary.teach("朗之万", "Langevin");
        var forgotten = glossary.forget("朗之万");
        assertEquals(Optional.empty(), forgotten.remaining());
        assertEquals(List.of(), fileEntries());
        assertEquals(List.of(), titles("Langevin"));
    }

    @Test
    void forgettingWhatWasTaughtToABuiltInEntryBringsTheBuiltInEntryBack() throws IOException {
        var before = glossary.inForce();
        glossary.teach("换脸", "swapface");
        glossary.forget("swapface");
        assertEquals(List.of(), fileEntries());
        assertEquals(before.size(), glossary.inForce().size());
        assertTrue(glossary.inForce().containsAll(before));
    }

    @Test
    void forgettingATermNobodyTaughtSaysSo() {
        var e = assertThrows(InvalidInputException.class, () -> glossary.forget("换脸"));
        assertEquals("\"换脸\" is not among the terms you taught.", e.getMessage());
    }
}
