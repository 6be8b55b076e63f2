package papernotes;

import org.slf4j.LoggerFactory;
import org.slf4j.bridge.SLF4JBridgeHandler;

/// Sends java.util.logging (used by JavaFX and sqlite-jdbc) to SLF4J, so every message lands in one log.
final class Logging {

    private Logging() {}

    static void routeJavaLogging() {
        // logging is set up here, on the main thread, before any other thread (the window's toolkit) logs
        LoggerFactory.getILoggerFactory();
        if (!SLF4JBridgeHandler.isInstalled()) {
            SLF4JBridgeHandler.removeHandlersForRootLogger();
            SLF4JBridgeHandler.install();
        }
    }
}
