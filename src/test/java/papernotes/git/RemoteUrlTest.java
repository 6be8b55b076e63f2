package papernotes.git;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import papernotes.model.InvalidInputException;

/// Addresses of remotes, commit ids and credentials: what is stored and what is shown.
class RemoteUrlTest {

    @Test
    void aPasswordIsDroppedFromTheStoredAddressAndTheRestKept() {
        assertEquals(
                "https://alice@git.example.org/notes.git",
                RemoteUrl.of("https://alice:ghp_s3cret@git.example.org/notes.git")
                        .value());
        assertEquals(
                "https://alice@git.example.org:8443/team/notes.git",
                RemoteUrl.of(" https://alice:p%40ss@git.example.org:8443/team/notes.git ")
                        .value());
        for (var kept : new String[] {
            "https://git.example.org/notes.git",
            "https://alice@git.example.org/notes.git",
            "git://127.0.0.1:9418/notes.git",
            "ssh://git@git.example.org/notes.git",
            "git@github.com:alice/notes.git",
            "/home/alice/sync/notes.git",
            "file:///home/alice/sync/notes.git"
        }) {
            assertEquals(kept, RemoteUrl.of(kept).value());
        }
    }

    @Test
    void anAddressIsShownWithItsPasswordAsStars() {
        assertEquals(
                "https://alice:***@git.example.org/notes.git",
                RemoteUrl.shown("https://alice:ghp_s3cret@git.example.org/notes.git"));
        assertEquals(
                "fetching https://alice:***@host/a.git failed, then http://bob:***@host/b.git too",
                RemoteUrl.shown("fetching https://alice:x@host/a.git failed, then http://bob:y:z@host/b.git too"));
        assertEquals("https://alice:***@host/notes.git", RemoteUrl.shown("https://alice:p@ss@host/notes.git"));
        assertEquals("https://alice@host/notes.git", RemoteUrl.shown("https://alice@host/notes.git"));
        assertEquals("git@github.com:alice/notes.git", RemoteUrl.shown("git@github.com:alice/notes.git"));
    }

    @Test
    void whatIsNotAnAddressIsRefusedWithoutShowingItsPassword() {
        var failure = assertThrows(InvalidInputException.class, () -> RemoteUrl.of("https://alice:s3cret@"));
        assertFalse(failure.getMessage().contains("s3cret"), failure.getMessage());
        assertThrows(InvalidInputException.class, () -> RemoteUrl.of("  "));
        assertThrows(InvalidInputException.class, () -> RemoteUrl.of("https:///notes.git"));
        assertEquals(
                "https://alice@host/notes.git",
                RemoteUrl.of("https://alice:p@ss@host/notes.git").value());
        assertThrows(IllegalArgumentException.class, () -> new RemoteUrl("https://alice:s3cret@host/notes.git"));
    }

    @Test
    void onlyHttpAddressesAskForATokenOverHttp() {
        assertTrue(RemoteUrl.of("HTTPS://host/notes.git").isHttp());
        assertTrue(RemoteUrl.of("http://127.0.0.1:8080/notes.git").isHttp());
        assertFalse(RemoteUrl.of("git://host/notes.git").isHttp());
        assertFalse(RemoteUrl.of("/srv/notes.git").isHttp());
    }

    @Test
    void credentialsNeverShowTheirToken() {
        var credentials = Credentials.token("alice", "ghp_s3cret");
        assertEquals("Token[user=alice, token=***]", credentials.toString());
        assertEquals("None[]", Credentials.none().toString());
    }

    @Test
    void aCommitIdIsFortyLowerCaseHexDigits() {
        var id = new CommitId("9fceb02d0ae598e95dc970b74767f19372d61af8");
        assertEquals("9fceb02", id.abbreviated());
        assertEquals("9fceb02d0ae598e95dc970b74767f19372d61af8", id.toString());
        for (var bad : new String[] {"9fceb02", "9FCEB02D0AE598E95DC970B74767F19372D61AF8", "main", ""}) {
            assertThrows(IllegalArgumentException.class, () -> new CommitId(bad), bad);
        }
    }
}
