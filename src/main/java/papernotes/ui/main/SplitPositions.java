package papernotes.ui.main;

import java.util.Optional;

/// Where the main window's two dividers sit, as fractions of its width: after the sidebar, and after the note list.
/// Positions read back from the settings are clamped, so that a window saved with a pane squashed to nothing
/// opens with every pane usable.
public record SplitPositions(double sidebar, double list) {

    public static final SplitPositions DEFAULT = new SplitPositions(0.18, 0.6);
    static final double SIDEBAR_MIN = 0.10;
    static final double SIDEBAR_MAX = 0.35;
    static final double LIST_MIN = 0.18;
    static final double NOTE_MIN = 0.25;

    public SplitPositions {
        if (!Double.isFinite(sidebar) || !Double.isFinite(list)) {
            sidebar = DEFAULT.sidebar;
            list = DEFAULT.list;
        }
        sidebar = Math.clamp(sidebar, SIDEBAR_MIN, SIDEBAR_MAX);
        list = Math.clamp(list, sidebar + LIST_MIN, 1 - NOTE_MIN);
    }

    /// The positions saved, clamped; the default when either is missing.
    public static SplitPositions read(Optional<Double> sidebar, Optional<Double> list) {
        return sidebar.flatMap(first -> list.map(second -> new SplitPositions(first, second)))
                .orElse(DEFAULT);
    }
}
