package papernotes.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/// Every string of the window is in both bundles, and every key in a bundle is used: a key typed wrong in the code,
/// forgotten in the Chinese bundle, or left behind after a string was removed fails here.
@Tag("ui")
class MessagesTest {

    private static final Path SOURCES = Path.of("src/main/java/papernotes/ui");
    private static final Path BUNDLES = Path.of("src/main/resources/papernotes/ui");
    private static final Pattern USE = Pattern.compile("messages\\.(?:text|format)\\(\\s*\"([a-zA-Z0-9.]+)\"");

    @Test
    void everyKeyUsedInTheCodeIsInBothBundlesAndNoOther() throws IOException {
        var used = usedKeys();
        assertEquals(used, keys("messages.properties"), "English bundle");
        assertEquals(used, keys("messages_zh_CN.properties"), "Chinese bundle");
    }

    @Test
    void chineseStringsAreChinese() throws IOException {
        var english = load("messages.properties");
        var chinese = load("messages_zh_CN.properties");
        // only proper names stay the same: the default topic (Inbox) and the BibTeX format
        var names = Set.of("newNote.defaultTopic", "transfer.exportBibtex");
        var same = chinese.stringPropertyNames().stream()
                .filter(key -> !names.contains(key))
                .filter(key -> chinese.getProperty(key).equals(english.getProperty(key)))
                .toList();
        assertEquals(List.of(), same, "strings of the Chinese bundle that are the English ones");
    }

    /// JavaFX's own dialog buttons (`ButtonType.OK`, `CANCEL`, `CLOSE`…) and its ready-made dialogs (`Alert`,
    /// `TextInputDialog`, `ChoiceDialog`: their titles, headers and buttons) take their words from the JVM's
    /// locale, not the window's language: in the Chinese window they said OK, Cancel and Close. Dialogs get their
    /// buttons from [Dialogs], in the window's language; it alone may use these.
    @Test
    void dialogButtonsComeFromTheBundlesNotFromJavaFx() throws IOException {
        var builtIn = Pattern.compile("ButtonType\\.(?:OK|CANCEL|CLOSE|YES|NO|APPLY|FINISH|NEXT|PREVIOUS)\\b"
                + "|\\bAlert\\s*\\(|TextInputDialog|ChoiceDialog");
        var found = new TreeSet<String>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java"))
                    .filter(f -> !f.getFileName().toString().equals("Dialogs.java"))
                    .toList()) {
                var matcher = builtIn.matcher(Files.readString(file));
                while (matcher.find()) {
                    found.add(SOURCES.relativize(file) + ": " + matcher.group());
                }
            }
        }
        assertEquals(Set.of(), found, "JavaFX's English buttons and dialogs");
        var chinese = Messages.of(UiLanguage.CHINESE);
        assertEquals(
                List.of("确定", "取消", "关闭"),
                List.of(
                        Dialogs.ok(chinese).getText(),
                        Dialogs.cancel(chinese).getText(),
                        Dialogs.close(chinese).getText()));
    }

    /// 主题 is the topic of a note; the look of the window is 外观.
    @Test
    void chineseTellsTheThemeFromTheTopic() {
        var chinese = Messages.of(UiLanguage.CHINESE);
        assertEquals("主题", chinese.text("note.topic"));
        assertEquals("外观", chinese.text("menu.theme"));
    }

    @Test
    void messagesFillInArgumentsInEachLanguage() {
        assertEquals("27 notes", Messages.of(UiLanguage.ENGLISH).format("status.notes", 27));
        assertEquals("1 note", Messages.of(UiLanguage.ENGLISH).format("status.notes", 1));
        assertEquals("27 篇笔记", Messages.of(UiLanguage.CHINESE).format("status.notes", 27));
    }

    private static Set<String> usedKeys() throws IOException {
        var keys = new TreeSet<String>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                var matcher = USE.matcher(Files.readString(file));
                while (matcher.find()) {
                    keys.add(matcher.group(1));
                }
            }
        }
        return keys;
    }

    private static Set<String> keys(String bundle) throws IOException {
        return new TreeSet<>(load(bundle).stringPropertyNames());
    }

    private static Properties load(String bundle) throws IOException {
        var properties = new Properties();
        try (Reader reader = Files.newBufferedReader(BUNDLES.resolve(bundle), StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }
}
