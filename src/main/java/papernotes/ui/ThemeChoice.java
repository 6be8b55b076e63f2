package papernotes.ui;

/// The look chosen in the preferences: the operating system's light or dark, or one of them always.
public enum ThemeChoice {
    SYSTEM,
    LIGHT,
    DARK
}
