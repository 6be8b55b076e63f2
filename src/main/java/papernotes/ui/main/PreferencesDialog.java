package papernotes.ui.main;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;
import javafx.util.StringConverter;
import papernotes.service.LookupEndpoints;
import papernotes.service.LookupPreferences;
import papernotes.ui.Dialogs;
import papernotes.ui.Messages;
import papernotes.ui.ThemeChoice;
import papernotes.ui.UiLanguage;

/// Preferences (Ctrl+,): the theme and the language of the window, each following the system unless chosen; and
/// where papers are looked up (arXiv, Crossref, the DOI resolver: a mirror, say) with the address Crossref's polite
/// pool asks for, each blank for the default; one an environment variable sets is shown and cannot be changed here.
final class PreferencesDialog {

    /// What was chosen: `lookups` by the keys of [LookupPreferences#KEYS], blank for the default.
    record Choice(ThemeChoice theme, UiLanguage language, Map<String, String> lookups) {}

    /// The lookups as saved, and those the environment sets (which win).
    record Lookups(Map<String, String> saved, Map<String, String> fromEnvironment) {}

    private static final List<String> LOOKUP_PROMPTS = List.of(
            LookupEndpoints.DEFAULT.arxivApi().toString(),
            LookupEndpoints.DEFAULT.crossrefApi().toString(),
            LookupEndpoints.DEFAULT.doiResolver().toString(),
            "you@lab.edu",
            LookupEndpoints.DEFAULT.arxivPdf().toString());

    private PreferencesDialog() {}

    static Optional<Choice> ask(
            Window owner, Messages messages, ThemeChoice theme, UiLanguage language, Lookups lookups) {
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
        var heading = new Label(messages.text("preferences.lookups"));
        heading.getStyleClass().add("sidebar-heading");
        grid.add(heading, 0, 2, 2, 1);
        var labels = List.of(
                messages.text("preferences.arxiv"),
                messages.text("preferences.crossref"),
                messages.text("preferences.doi"),
                messages.text("preferences.mailto"),
                messages.text("preferences.arxivPdf"));
        var fields = new LinkedHashMap<String, TextField>();
        for (int i = 0; i < LookupPreferences.KEYS.size(); i++) {
            var key = LookupPreferences.KEYS.get(i);
            var field = new TextField(lookups.saved().getOrDefault(key, ""));
            field.setId("lookup" + i);
            field.setPromptText(LOOKUP_PROMPTS.get(i));
            field.setPrefColumnCount(32);
            var set = lookups.fromEnvironment().get(key);
            if (set != null) {
                // the variable wins at every lookup: say so rather than offer a choice that would not count
                field.setText(set);
                field.setDisable(true);
                field.setTooltip(new Tooltip(messages.format("preferences.fromEnvironment", key)));
            }
            fields.put(key, field);
            grid.addRow(3 + i, new Label(labels.get(i)), field);
        }
        dialog.getDialogPane().setContent(grid);
        Dialogs.okCancel(dialog, messages);
        return dialog.showAndWait().filter(Dialogs::isOk).map(ok -> {
            var chosen = new LinkedHashMap<String, String>();
            fields.forEach((key, field) -> {
                if (!field.isDisabled()) {
                    chosen.put(key, field.getText().strip());
                } else {
                    chosen.put(key, lookups.saved().getOrDefault(key, ""));
                }
            });
            return new Choice(themes.getValue(), languages.getValue(), chosen);
        });
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
