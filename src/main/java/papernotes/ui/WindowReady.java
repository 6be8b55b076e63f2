package papernotes.ui;

import papernotes.service.Library;
import papernotes.ui.main.MainWindow;

/// Hears, on the JavaFX thread, that the main window is usable: its list shows the notes and the search field has
/// the focus. The launch check ([LaunchCheck]) is one; the measuring tools outside the product add others.
@FunctionalInterface
public interface WindowReady {

    void ready(MainWindow window, Library library);
}
