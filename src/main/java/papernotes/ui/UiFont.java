package papernotes.ui;

import java.util.List;
import java.util.Optional;

/// The window's font. JavaFX CSS takes one font family, not a list (app.css cannot say "Inter, then Noto Sans CJK"),
/// and Chinese in a Latin font comes from a fallback face that is regular even in bold text. So the window is set
/// in the first installed Chinese face that has a bold weight (its Latin letters are fine too); without one, the
/// system font stays.
public final class UiFont {

    /// Chinese faces with a bold weight: Linux (Noto, Source Han, WenQuanYi), macOS, Windows.
    static final List<String> PREFERRED = List.of(
            "Noto Sans CJK SC",
            "Source Han Sans SC",
            "Source Han Sans CN",
            "PingFang SC",
            "Microsoft YaHei",
            "WenQuanYi Micro Hei");

    private UiFont() {}

    static Optional<String> choose(List<String> installed) {
        return PREFERRED.stream().filter(installed::contains).findFirst();
    }

    /// The style that sets the window's font, for the scene's root; empty when no preferred face is installed.
    public static String style(List<String> installed) {
        return choose(installed)
                .map(family -> "-fx-font-family: \"" + family + "\";")
                .orElse("");
    }
}
