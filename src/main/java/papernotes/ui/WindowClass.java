package papernotes.ui;

import com.sun.glass.ui.Application;
import org.slf4j.LoggerFactory;

/// The name the desktop knows PaperNotes' windows by: X11's WM_CLASS, which JavaFX takes from its glass
/// application's name ("java" unless set). "PaperNotes" matches the launcher's `StartupWMClass`, so that a dock or
/// task switcher shows the running window under the launcher's icon instead of as an anonymous Java program. JavaFX
/// has no public API for it: the installed app opens the one internal package it needs (`--add-exports
/// javafx.graphics/com.sun.glass.ui=ALL-UNNAMED`, docs/decisions/0012-installable-packages.md); run without that,
/// the windows keep the default name and nothing else changes.
final class WindowClass {

    static final String NAME = "PaperNotes";

    private WindowClass() {}

    /// Names the windows made after this call; on the JavaFX thread, before the first window.
    static void claim() {
        try {
            Application.GetApplication().setName(NAME);
        } catch (IllegalAccessError | RuntimeException e) {
            LoggerFactory.getLogger(WindowClass.class).debug("Windows keep JavaFX's default class: {}", e.toString());
        }
    }

    /// The name the next window will be known by, for checks.
    static String current() {
        try {
            return Application.GetApplication().getName();
        } catch (IllegalAccessError | RuntimeException e) {
            return "";
        }
    }
}
