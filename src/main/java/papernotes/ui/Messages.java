package papernotes.ui;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/// Every string the window shows, from the resource bundles `papernotes/ui/messages*.properties` (English, and
/// 简体中文 in `messages_zh_CN`). Keys are always written out where they are used (`messages.text("search.prompt")`),
/// so that a test can find every key in the code and check both bundles have exactly those.
public final class Messages {

    static final String BUNDLE = "papernotes.ui.messages";

    private final ResourceBundle bundle;
    private final Locale locale;

    private Messages(ResourceBundle bundle, Locale locale) {
        this.bundle = bundle;
        this.locale = locale;
    }

    /// The strings for a language: Chinese for any `zh` locale, English for everything else.
    public static Messages of(UiLanguage language) {
        var locale = language.locale();
        var bundle = ResourceBundle.getBundle(
                BUNDLE, locale, ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        return new Messages(bundle, locale);
    }

    public Locale locale() {
        return locale;
    }

    /// The string for `key`; a key missing from the bundle shows as itself (a test keeps that from happening).
    public String text(String key) {
        try {
            return bundle.getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
    }

    /// The string for `key` with `{0}`, `{1}`… filled in ([MessageFormat] rules: numbers and choices work).
    public String format(String key, Object... arguments) {
        return new MessageFormat(text(key), locale).format(arguments);
    }
}
