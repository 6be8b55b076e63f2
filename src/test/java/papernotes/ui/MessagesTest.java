package papernotes.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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

import org.junit.jupiter.api.Test;

/// Every string of the window is in both bundles, and every key in a bundle is used: a key typed wrong in the code,
/// forgotten in the Chinese bundle, or left behind after a string was removed fails here.
class MessagesTest {

    private static final Path SOURCES = Path.of("src/main/java/papernotes/ui");
    private static final Path BUNDLES = Path.of("src/main/resources/papernotes/ui");
    private static final Pattern USE = Pattern.compile("messages\\.(?:text|format)\\(\"([a-zA-Z0-9.]+)\"");

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
        var same = chinese.stringPropertyNames().stream().filter(key -> !names.contains(key))
                .filter(key -> chinese.getProperty(key).equals(english.getProperty(key))).toList();
        assertEquals(List.of(), same, "strings of the Chinese bundle that are the English ones");
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
