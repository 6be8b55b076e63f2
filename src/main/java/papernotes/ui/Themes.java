package papernotes.ui;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;
import javafx.application.ColorScheme;
import javafx.application.Platform;
import papernotes.model.Theme;

/// Applies the AtlantaFX Primer theme, light or dark, to every window, and says which one the notes' pages use.
public final class Themes {

    private Themes() {}

    /// The light or dark look a choice means now (for SYSTEM, the operating system's current preference).
    public static Theme resolve(ThemeChoice choice) {
        return switch (choice) {
            case LIGHT -> Theme.LIGHT;
            case DARK -> Theme.DARK;
            case SYSTEM -> Platform.getPreferences().getColorScheme() == ColorScheme.DARK ? Theme.DARK : Theme.LIGHT;
        };
    }

    public static void apply(Theme theme) {
        Application.setUserAgentStylesheet(
                theme == Theme.DARK
                        ? new PrimerDark().getUserAgentStylesheet()
                        : new PrimerLight().getUserAgentStylesheet());
    }
}
