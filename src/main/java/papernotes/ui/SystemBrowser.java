package papernotes.ui;

import java.io.IOException;
import java.util.List;
import java.util.Locale;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/// Opens a web address in the user's browser, outside PaperNotes.
public final class SystemBrowser {

    private static final Logger LOG = LoggerFactory.getLogger(SystemBrowser.class);

    /// Opens `address` if it is an `http` or `https` address; anything else is ignored.
    public void open(String address) {
        var lower = address.toLowerCase(Locale.ROOT);
        if (!lower.startsWith("https://") && !lower.startsWith("http://")) {
            return;
        }
        var os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        List<String> command = os.startsWith("windows") ? List.of("rundll32", "url.dll,FileProtocolHandler", address)
                : os.startsWith("mac") ? List.of("open", address) : List.of("xdg-open", address);
        try {
            new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        } catch (IOException e) {
            LOG.warn("Could not open {} in the browser: {}", address, e.getMessage());
        }
    }
}
