package papernotes.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/// JavaFX CSS takes one font family, not a list: the window's font is chosen from the installed families, a
/// Chinese face with a bold weight first, so that Chinese in bold text is bold (the fallback face JavaFX takes for
/// Chinese in a Latin font is regular).
@Tag("ui")
class UiFontTest {

    @Test
    void aChineseFaceWithABoldWeight_isChosenWhenInstalled() {
        assertEquals(
                Optional.of("Noto Sans CJK SC"), UiFont.choose(List.of("DejaVu Sans", "Noto Sans CJK SC", "Inter")));
        assertEquals(Optional.of("Microsoft YaHei"), UiFont.choose(List.of("Segoe UI", "Microsoft YaHei")));
        assertEquals(Optional.of("PingFang SC"), UiFont.choose(List.of("PingFang SC", "Helvetica Neue")));
    }

    @Test
    void withoutAChineseFace_theSystemFontStays() {
        assertEquals(Optional.empty(), UiFont.choose(List.of("DejaVu Sans", "DejaVu Serif")));
        assertEquals("", UiFont.style(List.of("DejaVu Sans")));
    }

    @Test
    void theChosenFaceBecomesTheWindowsStyle() {
        assertEquals("-fx-font-family: \"Source Han Sans SC\";", UiFont.style(List.of("Source Han Sans SC")));
    }
}
