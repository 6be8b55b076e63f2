package papernotes.ui.main;

import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCombination;
import papernotes.ui.Messages;
import papernotes.ui.ThemeChoice;
import papernotes.ui.UiLanguage;

/// The View menu: what the window shows (sidebar, the note's fields, the editor alone), whether search finds notes
/// of similar meaning too, the theme and the language.
final class ViewMenu {

    /// The keys of the layout's commands; the window installs them as shortcuts too.
    static final KeyCombination SIDEBAR = KeyCombination.keyCombination("Shortcut+Shift+B");
    static final KeyCombination FIELDS = KeyCombination.keyCombination("Shortcut+Shift+M");
    static final KeyCombination DISTRACTION_FREE = KeyCombination.keyCombination("F11");
    static final KeyCombination DISTRACTION_FREE_TOO = KeyCombination.keyCombination("Shortcut+Shift+F");

    private ViewMenu() {}

    static Menu of(
            Messages messages,
            LayoutViewModel layout,
            ThemeChoice theme,
            Consumer<ThemeChoice> chooseTheme,
            UiLanguage language,
            Consumer<UiLanguage> chooseLanguage,
            BooleanProperty meanings) {
        var sidebar = new CheckMenuItem(messages.text("menu.sidebar"));
        sidebar.setId("sidebarMenuItem");
        sidebar.setAccelerator(SIDEBAR);
        sidebar.selectedProperty().bindBidirectional(layout.sidebarShownProperty());
        var fields = new CheckMenuItem(messages.text("menu.noteFields"));
        fields.setId("noteFieldsMenuItem");
        fields.setAccelerator(FIELDS);
        fields.selectedProperty().bindBidirectional(layout.fieldsShownProperty());
        var alone = new MenuItem(messages.text("menu.distractionFree"));
        alone.setAccelerator(DISTRACTION_FREE);
        alone.setOnAction(event -> layout.toggleDistractionFree());

        var meaning = new CheckMenuItem(messages.text("menu.searchByMeaning"));
        meaning.setId("searchByMeaningMenuItem");
        meaning.selectedProperty().bindBidirectional(meanings);

        var themes = new ToggleGroup();
        var themeMenu = new Menu(messages.text("menu.theme"));
        for (var choice : ThemeChoice.values()) {
            var item = new RadioMenuItem(
                    switch (choice) {
                        case SYSTEM -> messages.text("theme.system");
                        case LIGHT -> messages.text("theme.light");
                        case DARK -> messages.text("theme.dark");
                    });
            item.setToggleGroup(themes);
            item.setSelected(choice == theme);
            item.setOnAction(event -> chooseTheme.accept(choice));
            themeMenu.getItems().add(item);
        }
        var languages = new ToggleGroup();
        var languageMenu = new Menu(messages.text("menu.language"));
        for (var choice : UiLanguage.values()) {
            var item = new RadioMenuItem(
                    switch (choice) {
                        case SYSTEM -> messages.text("language.system");
                        case ENGLISH -> "English";
                        case CHINESE -> "简体中文";
                    });
            item.setToggleGroup(languages);
            item.setSelected(choice == language);
            item.setOnAction(event -> chooseLanguage.accept(choice));
            languageMenu.getItems().add(item);
        }
        return new Menu(
                messages.text("menu.view"),
                null,
                sidebar,
                fields,
                alone,
                new SeparatorMenuItem(),
                meaning,
                new SeparatorMenuItem(),
                themeMenu,
                languageMenu);
    }
}
