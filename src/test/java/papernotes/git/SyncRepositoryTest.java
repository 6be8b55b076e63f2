package papernotes.git;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/// The sync repository on its own: commits, what they hold, how they relate, merge commits and checkouts. The
/// exchange with remotes is in [SyncOverGitDaemonTest] and [SyncOverHttpTest].
class SyncRepositoryTest {

    static final Author ALICE = new Author("Alice", "alice@example.org", Instant.parse("2026-12-01T10:00:00Z"));
    static final String REMOTE = "git://127.0.0.1:9/library.git";

    @TempDir
    Path temp;

    @Test
    void aNewRepositoryHasNoCommitAndAnEmptyFolderCommitsNothing() {
        try (var repository = SyncRepository.init(temp.resolve("sync"), REMOTE)) {
            assertEquals(Optional.empty(), repository.head());
            assertEquals(Optional.empty(), repository.commitAll("nothing", ALICE));
            assertEquals(Optional.empty(), repository.head());
        }
    }

    @Test
    void commitAllTakesNewChangedAndRemovedFilesAndNothingWhenNothingChanged() throws IOException {
        try (var repository = SyncRepository.init(temp.resolve("sync"), REMOTE)) {
            write(repository, "notes/esrgan.md", "# ESRGAN\n");
            write(repository, "notes/gfpgan.md", "# GFPGAN\n");
            var first = repository.commitAll("export", ALICE).orElseThrow();
            assertEquals(Optional.of(first), repository.head());
            assertEquals(Optional.empty(), repository.commitAll("again", ALICE));

            write(repository, "notes/esrgan.md", "# ESRGAN\nRRDB 结构\n");
            Files.delete(repository.folder().resolve("notes/gfpgan.md"));
            write(repository, "topics.json", "[]");
            var second = repository.commitAll("edit", ALICE).orElseThrow();

            assertEquals(
                    Set.of("notes/esrgan.md", "notes/gfpgan.md", "topics.json"),
                    repository.changedPaths(first, second));
            assertEquals(
                    Set.of("notes/esrgan.md", "topics.json"),
                    repository.files(second).keySet());
            assertArrayEquals(
                    "# ESRGAN\nRRDB 结构\n".getBytes(UTF_8),
                    repository.read(second, "notes/esrgan.md").orElseThrow());
            assertEquals(Optional.empty(), repository.read(second, "notes/gfpgan.md"));
            assertTrue(repository.isAncestor(first, second));
            assertFalse(repository.isAncestor(second, first));
        }
    }

    @Test
    void filesKeepTheirLineEndingsByteForByte() throws IOException {
        try (var repository = SyncRepository.init(temp.resolve("sync"), REMOTE)) {
            write(repository, "windows.md", "line one\r\nline two\r\n");
            var commit = repository.commitAll("export", ALICE).orElseThrow();
            assertArrayEquals(
                    "line one\r\nline two\r\n".getBytes(UTF_8),
                    repository.files(commit).get("windows.md"));
        }
    }

    @Test
    void aMergeCommitHoldsExactlyTheGivenFilesAndBothParentsAndCheckingItOutUpdatesTheFolder() throws IOException {
        try (var repository = SyncRepository.init(temp.resolve("sync"), REMOTE)) {
            write(repository, "a.md", "a");
            write(repository, "old.md", "old");
            var base = repository.commitAll("base", ALICE).orElseThrow();
            var theirs = repository.commitTree(
                    Map.of("a.md", bytes("a"), "old.md", bytes("old"), "b.md", bytes("b")),
                    List.of(base),
                    "theirs",
                    ALICE);
            write(repository, "a.md", "a, edited");
            var ours = repository.commitAll("ours", ALICE).orElseThrow();

            assertEquals(Optional.of(base), repository.mergeBase(ours, theirs));
            var merged = Map.of("a.md", bytes("a, edited"), "b.md", bytes("b"), "sub/c.md", bytes("c"));
            var merge = repository.commitTree(merged, List.of(ours, theirs), "merge", ALICE);
            assertEquals(Optional.of(ours), repository.head(), "a commit is on no branch until checked out");

            repository.checkout(merge);

            assertEquals(Optional.of(merge), repository.head());
            assertEquals("a, edited", read(repository, "a.md"));
            assertEquals("b", read(repository, "b.md"));
            assertEquals("c", read(repository, "sub/c.md"));
            assertFalse(Files.exists(repository.folder().resolve("old.md")));
            assertTrue(repository.isAncestor(ours, merge) && repository.isAncestor(theirs, merge));
            assertEquals(Optional.empty(), repository.commitAll("nothing changed", ALICE));
        }
    }

    @Test
    void historiesThatNeverMetHaveNoMergeBase() {
        try (var repository = SyncRepository.init(temp.resolve("sync"), REMOTE)) {
            var one = repository.commitTree(Map.of("a.md", bytes("a")), List.of(), "one", ALICE);
            var other = repository.commitTree(Map.of("a.md", bytes("b")), List.of(), "other", ALICE);
            assertEquals(Optional.empty(), repository.mergeBase(one, other));
            assertTrue(repository.wasRewritten(one, other));
        }
    }

    @Test
    void checkoutLeavesAnUncommittedChangeAloneUnlessItWouldOverwriteIt() throws IOException {
        try (var repository = SyncRepository.init(temp.resolve("sync"), REMOTE)) {
            write(repository, "a.md", "a");
            write(repository, "b.md", "b");
            var base = repository.commitAll("base", ALICE).orElseThrow();
            var next = repository.commitTree(
                    Map.of("a.md", bytes("a2"), "b.md", bytes("b")), List.of(base), "next", ALICE);
            write(repository, "b.md", "b, not committed");
            repository.checkout(next);
            assertEquals("a2", read(repository, "a.md"));
            assertEquals("b, not committed", read(repository, "b.md"));

            var third = repository.commitTree(
                    Map.of("a.md", bytes("a2"), "b.md", bytes("b3")), List.of(next), "third", ALICE);
            var failure = assertThrows(SyncException.class, () -> repository.checkout(third));
            assertEquals(SyncException.Kind.OTHER, failure.kind());
            assertTrue(failure.getMessage().contains("b.md"), failure.getMessage());
            assertEquals(Optional.of(next), repository.head());
            assertEquals("b, not committed", read(repository, "b.md"));
        }
    }

    @Test
    void aCommitCanBeCheckedOutBeforeTheFirstCommit() throws IOException {
        try (var repository = SyncRepository.init(temp.resolve("sync"), REMOTE)) {
            var commit = repository.commitTree(Map.of("notes/a.md", bytes("a")), List.of(), "theirs", ALICE);
            repository.checkout(commit);
            assertEquals(Optional.of(commit), repository.head());
            assertEquals("a", read(repository, "notes/a.md"));
        }
    }

    @Test
    void pathsGitCannotStoreAreRefused() {
        try (var repository = SyncRepository.init(temp.resolve("sync"), REMOTE)) {
            for (var path : List.of("../escape.md", ".git/config", "/absolute.md", "a//b.md")) {
                assertThrows(
                        IllegalArgumentException.class,
                        () -> repository.commitTree(Map.of(path, bytes("x")), List.of(), "bad", ALICE),
                        path);
            }
            assertThrows(
                    IllegalArgumentException.class,
                    () -> repository.commitTree(Map.of("a", bytes("x"), "a/b", bytes("y")), List.of(), "bad", ALICE));
        }
    }

    @Test
    void aCommitTheRepositoryDoesNotHoldIsASyncFailureNamingIt() {
        try (var repository = SyncRepository.init(temp.resolve("sync"), REMOTE)) {
            var unknown = new CommitId("0123456789abcdef0123456789abcdef01234567");
            var failure = assertThrows(SyncException.class, () -> repository.files(unknown));
            assertEquals("The sync repository has no commit 0123456.", failure.getMessage());
            assertThrows(SyncException.class, () -> repository.checkout(unknown));
            assertTrue(repository.wasRewritten(unknown, repository.commitTree(Map.of(), List.of(), "empty", ALICE)));
        }
    }

    @Test
    void openFindsTheRepositoryInitMadeAndNoOtherFolder() throws IOException {
        var folder = temp.resolve("sync");
        CommitId commit;
        try (var repository = SyncRepository.init(folder, REMOTE)) {
            write(repository, "a.md", "a");
            commit = repository.commitAll("a", ALICE).orElseThrow();
        }
        try (var repository = SyncRepository.open(folder)) {
            assertEquals(Optional.of(commit), repository.head());
            assertEquals(REMOTE, repository.remoteUrl().orElseThrow().value());
        }
        var inside = Files.createDirectories(folder.resolve("notes"));
        var failure = assertThrows(SyncException.class, () -> SyncRepository.open(inside));
        assertEquals(SyncException.Kind.NOT_FOUND, failure.kind());
        assertEquals("There is no sync repository in " + inside + ".", failure.getMessage());
    }

    @Test
    void aPasswordInTheRemoteAddressIsNeitherStoredNorShown() throws IOException {
        var folder = temp.resolve("sync");
        try (var repository = SyncRepository.init(folder, "https://alice:s3cret-t0ken@git.example.org/notes.git")) {
            assertEquals(
                    "https://alice@git.example.org/notes.git",
                    repository.remoteUrl().orElseThrow().value());
            assertFalse(repository.toString().contains("s3cret-t0ken"), repository.toString());
            repository.setRemoteUrl("https://bob:an0ther@git.example.org/notes.git");
            assertEquals(
                    "https://bob@git.example.org/notes.git",
                    repository.remoteUrl().orElseThrow().value());
        }
        var config = Files.readString(folder.resolve(".git/config"));
        assertFalse(config.contains("s3cret-t0ken") || config.contains("an0ther"), config);
    }

    @Test
    void initKeepsAnExistingRepositoryAndSetsItsRemote() throws IOException {
        var folder = temp.resolve("sync");
        CommitId commit;
        try (var repository = SyncRepository.init(folder, REMOTE)) {
            write(repository, "a.md", "a");
            commit = repository.commitAll("a", ALICE).orElseThrow();
        }
        try (var repository = SyncRepository.init(folder, "git://127.0.0.1:9/elsewhere.git")) {
            assertEquals(Optional.of(commit), repository.head());
            assertEquals(
                    "git://127.0.0.1:9/elsewhere.git",
                    repository.remoteUrl().orElseThrow().value());
        }
    }

    static byte[] bytes(String text) {
        return text.getBytes(UTF_8);
    }

    static void write(SyncRepository repository, String path, String text) throws IOException {
        var file = repository.folder().resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    static String read(SyncRepository repository, String path) throws IOException {
        return Files.readString(repository.folder().resolve(path));
    }
}
