package papernotes.ui;

import java.util.Locale;

/// The language of the window: the operating system's, or one chosen in the preferences.
public enum UiLanguage {
    SYSTEM,
    ENGLISH,
    CHINESE;

    /// The locale whose strings are shown: Chinese for a Chinese system locale, English otherwise.
    public Locale locale() {
        return switch (this) {
            case ENGLISH -> Locale.ENGLISH;
            case CHINESE -> Locale.SIMPLIFIED_CHINESE;
            case SYSTEM -> "zh".equals(Locale.getDefault().getLanguage()) ? Locale.SIMPLIFIED_CHINESE : Locale.ENGLISH;
        };
    }
}
