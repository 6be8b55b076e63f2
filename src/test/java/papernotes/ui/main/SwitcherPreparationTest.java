package papernotes.ui.main;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/// The quick switcher prepares its list in the background a moment after the window opens; when that fails, the
/// switcher still prepares itself when first opened, and the log says what went wrong (it once said nothing).
@Tag("ui")
class SwitcherPreparationTest {

    private final Logger logger = (Logger) LoggerFactory.getLogger(SwitcherPreparation.class);
    private final ListAppender<ILoggingEvent> logged = new ListAppender<>();

    @BeforeEach
    void listen() {
        logged.start();
        logger.addAppender(logged);
    }

    @AfterEach
    void stopListening() {
        logger.detachAppender(logged);
    }

    @Test
    void aFailedPreparationIsLoggedWithItsCause() {
        new SwitcherPreparation(
                        () -> {
                            throw new IllegalStateException("the library is closed");
                        },
                        0)
                .run();

        assertEquals(1, logged.list.size(), logged.list.toString());
        var event = logged.list.getFirst();
        assertEquals(Level.WARN, event.getLevel());
        assertTrue(event.getFormattedMessage().contains("the library is closed"), event.getFormattedMessage());
        assertTrue(event.getFormattedMessage().contains("when it is first opened"), event.getFormattedMessage());
    }

    @Test
    void aPreparationThatWorksLogsNothing() {
        var prepared = new boolean[1];
        new SwitcherPreparation(() -> prepared[0] = true, 0).run();

        assertTrue(prepared[0]);
        assertTrue(logged.list.isEmpty(), logged.list.toString());
    }
}
