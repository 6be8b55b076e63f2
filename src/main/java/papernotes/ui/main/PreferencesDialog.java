package papernotes.ui.main;

import java.util.Optional;
import java.util.function.Function;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;
import javafx.util.StringConverter;
import papernotes.ui.Dialogs;
import papernotes.ui.Messages;
import papernotes.ui.ThemeChoice;
import papernotes.ui.UiLanguage;

/// Preferences (Ctrl+,): the theme and the language of the window, each following the system unless chosen.
final class PreferencesDialog {

    record Choice(ThemeChoice theme, UiLanguage language) {}

    private PreferencesDialog() {}

    static Optional<Choice> ask(Window owner, Messages messages, ThemeChoice theme, UiLanguage language) {
        var dialog = new Dialog<ButtonType>();
        dialog.initOwner(owner);
        dialog.setTitle(messages.text("preferences.title"));
        var themes = new ChoiceBox<ThemeChoice>();
        themes.setId("themeChoice");
        themes.getItems().setAll(ThemeChoice.values());
        themes.setValue(theme);
        themes.setConverter(converter(choice -> switch (choice) {
            case SYSTEM -> messages.text("theme.system");
            case LIGHT -> messages.text("theme.light");
            case DARK -> messages.text("theme.dark");
        }));
        var languages = new ChoiceBox<UiLanguage>();
        languages.setId("languageChoice");
        languages.getItems().setAll(UiLanguage.values());
        languages.setValue(language);
        languages.setConverter(converter(choice -> switch (choice) {
            case SYSTEM -> messages.text("language.system");
            case ENGLISH -> "English";
            case CHINESE -> "简体中文";
        }));
        var grid = new GridPane(12, 10);
        grid.addRow(0, new Label(messages.text("menu.theme")), themes);
        grid.addRow(1, new Label(messages.text("menu.language")), languages);
        dialog.getDialogPane().setContent(grid);
        Dialogs.okCancel(dialog, messages);
        return dialog.showAndWait()
                .filter(Dialogs::isOk)
                .map(ok -> new Choice(themes.getValue(), languages.getValue()));
    }

    private static <T> StringConverter<T> converter(Function<T, String> name) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "" : name.apply(value);
            }

            @Override
            public T fromString(String text) {
                throw new UnsupportedOperationException();
            }
        };
    }
}
