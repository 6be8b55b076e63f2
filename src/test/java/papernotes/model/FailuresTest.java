package papernotes.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.NoSuchFileException;
import org.junit.jupiter.api.Test;

class FailuresTest {

    @Test
    void aFailureIsDescribedByItsMessage() {
        assertEquals("Disk full", Failures.message(new IOException("Disk full")));
    }

    @Test
    void aFailureWithoutAMessageIsDescribedByItsKind() {
        assertEquals("NullPointerException", Failures.message(new NullPointerException()));
        assertEquals("IOException", Failures.message(new IOException(" ")));
    }

    @Test
    void theJdksFileFailuresCarryTheFileAsTheirMessage() {
        assertEquals("/notes/a.md", Failures.message(new NoSuchFileException("/notes/a.md")));
    }
}
