package papernotes.ui;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Properties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import papernotes.model.FileMoves;

/// What the window remembers between runs, in `<data>/window.properties`: size and place, split positions, the
/// last open note, theme and language. A missing or damaged file means defaults; writing replaces the file whole.
public final class UiSettings {

    private static final Logger LOG = LoggerFactory.getLogger(UiSettings.class);
    static final String FILE = "window.properties";

    private final Path file;
    private final Properties values = new Properties();

    private UiSettings(Path file) {
        this.file = file;
    }

    public static UiSettings load(Path dataDir) {
        var settings = new UiSettings(dataDir.resolve(FILE));
        if (Files.isRegularFile(settings.file)) {
            try (Reader reader = Files.newBufferedReader(settings.file, StandardCharsets.UTF_8)) {
                settings.values.load(reader);
            } catch (IOException | IllegalArgumentException e) {
                LOG.warn("Ignoring the unreadable window settings {}: {}", settings.file, e.toString());
                settings.values.clear();
            }
        }
        return settings;
    }

    public Optional<Double> number(String key) {
        try {
            return Optional.ofNullable(values.getProperty(key))
                    .map(Double::parseDouble)
                    .filter(Double::isFinite);
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    public Optional<String> text(String key) {
        return Optional.ofNullable(values.getProperty(key)).filter(s -> !s.isBlank());
    }

    /// A yes or no (`true` or `false`); the fallback when the setting is missing or neither.
    public boolean flag(String key, boolean fallback) {
        return text(key)
                .map(String::strip)
                .filter(v -> v.equals("true") || v.equals("false"))
                .map(Boolean::parseBoolean)
                .orElse(fallback);
    }

    public <E extends Enum<E>> E choice(String key, Class<E> type, E fallback) {
        try {
            return text(key).map(name -> Enum.valueOf(type, name)).orElse(fallback);
        } catch (IllegalArgumentException e) {
            return fallback;
        }
    }

    public void put(String key, Object value) {
        values.setProperty(key, String.valueOf(value));
    }

    public void remove(String key) {
        values.remove(key);
    }

    /// Writes the settings (to a temporary file first, then moved over the old one). A failure is logged, never
    /// shown: losing the window's size is not worth an error.
    public void save() {
        try {
            Files.createDirectories(file.getParent());
            var temporary = Files.createTempFile(file.getParent(), ".window-", ".tmp");
            try {
                try (Writer writer = Files.newBufferedWriter(temporary, StandardCharsets.UTF_8)) {
                    values.store(writer, "PaperNotes window settings");
                }
                FileMoves.replace(temporary, file);
            } finally {
                Files.deleteIfExists(temporary);
            }
        } catch (IOException e) {
            LOG.warn("Cannot save the window settings {}: {}", file, e.toString());
        }
    }
}
