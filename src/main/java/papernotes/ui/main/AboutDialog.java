package papernotes.ui.main;

import atlantafx.base.theme.Styles;
import javafx.geometry.Insets;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import papernotes.ui.Dialogs;
import papernotes.ui.Messages;

/// Help → About PaperNotes: the version, the licence, and the work of others it is built on, each with its
/// licence; the general dictionary's (CC-CEDICT, CC BY-SA 4.0) asks to be credited.
final class AboutDialog {

    /// The parts PaperNotes ships, with their licences (names are not translated).
    static final String BUILT_WITH = "Apache Lucene, HanLP, Jackson, sqlite-jdbc, Ikonli, picocli, LangChain4j, "
            + "DJL tokenizers (Apache 2.0) · flexmark-java, RichTextFX, pinyin4j (BSD) · KaTeX, Mermaid, AtlantaFX, "
            + "ONNX Runtime, BGE small zh v1.5 by BAAI (MIT) · "
            + "SQLite (public domain) · OpenJFX (GPL 2 with the Classpath Exception)";

    private AboutDialog() {}

    /// The Help menu, with its one item.
    static Menu menu(Messages messages, Window owner) {
        var about = new MenuItem(messages.text("menu.about"));
        about.setId("aboutItem");
        about.setOnAction(event -> show(owner, messages));
        var help = new Menu(messages.text("menu.help"), null, about);
        help.setId("helpMenu");
        return help;
    }

    static void show(Window owner, Messages messages) {
        var dialog = new Dialog<ButtonType>();
        dialog.initOwner(owner);
        dialog.setTitle(messages.text("menu.about"));
        var name = new Label("PaperNotes " + version());
        name.getStyleClass().add(Styles.TITLE_3);
        var content = new VBox(
                8,
                name,
                wrapped(messages.text("about.tagline")),
                wrapped(messages.text("about.licence")),
                heading(messages.text("about.builtWith")),
                wrapped(BUILT_WITH),
                heading(messages.text("about.dictionaryTitle")),
                wrapped(messages.text("about.dictionary")));
        content.setId("aboutContent");
        content.setPadding(new Insets(4, 4, 4, 4));
        content.setPrefWidth(520);
        dialog.getDialogPane().setContent(content);
        dialog.getDialogPane().getButtonTypes().setAll(Dialogs.close(messages));
        dialog.showAndWait();
    }

    static String version() {
        var version = AboutDialog.class.getPackage().getImplementationVersion();
        return version == null ? "(development)" : version;
    }

    private static Label heading(String text) {
        var label = new Label(text);
        label.getStyleClass().add(Styles.TEXT_BOLD);
        return label;
    }

    private static Label wrapped(String text) {
        var label = new Label(text);
        label.setWrapText(true);
        return label;
    }
}
