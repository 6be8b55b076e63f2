package papernotes.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/// Web links when no browser is available: the window hears that nothing opened the address (so it can say so and
/// offer to copy it), with real processes standing in for the system's opener.
@Tag("ui")
class SystemBrowserTest {

    private final LinkedBlockingQueue<String> failed = new LinkedBlockingQueue<>();

    @Test
    void anOpenerThatIsNotInstalledIsAFailure() throws Exception {
        new SystemBrowser(List.of("/nonexistent/xdg-open"), failed::add).open("https://arxiv.org/abs/2107.10833");
        assertEquals("https://arxiv.org/abs/2107.10833", failed.poll(5, TimeUnit.SECONDS));
    }

    @Test
    void anOpenerThatFindsNoBrowserIsAFailure() throws Exception {
        // xdg-open exits with 3 when no application can open the address
        new SystemBrowser(List.of("sh", "-c", "exit 3", "opener"), failed::add).open("http://example.com/x");
        assertEquals("http://example.com/x", failed.poll(5, TimeUnit.SECONDS));
    }

    @Test
    void anOpenerThatSucceedsOrIsStillRunningIsNot() throws Exception {
        new SystemBrowser(List.of("true"), failed::add).open("https://example.com");
        new SystemBrowser(List.of("sh", "-c", "sleep 5", "opener"), failed::add).open("https://example.com");
        assertEquals(null, failed.poll(SystemBrowser.PATIENCE_MILLIS + 1000, TimeUnit.MILLISECONDS));
    }

    @Test
    void onlyWebAddressesAreOpened() throws Exception {
        new SystemBrowser(List.of("/nonexistent/xdg-open"), failed::add).open("javascript:alert(1)");
        assertTrue(failed.poll(1, TimeUnit.SECONDS) == null);
    }
}
