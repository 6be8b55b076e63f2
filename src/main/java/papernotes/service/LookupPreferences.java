package papernotes.service;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import papernotes.model.InvalidInputException;

/// Where PaperNotes asks about papers, as the user chose it in Preferences (for a mirror of arXiv, say), kept in
/// `<data>/lookup.properties` under the names of the environment variables that change it too
/// (`PAPERNOTES_ARXIV_API`, `PAPERNOTES_CROSSREF_API`, `PAPERNOTES_DOI_RESOLVER`, `PAPERNOTES_MAILTO`,
/// `PAPERNOTES_ARXIV_PDF`). A variable set
/// when PaperNotes starts wins over the saved choice; a blank choice is the default. Read at every lookup, so a choice
/// counts from the next lookup on, in the window and on the command line.
public final class LookupPreferences {

    public static final String FILE = "lookup.properties";
    public static final List<String> KEYS = List.of(
            "PAPERNOTES_ARXIV_API",
            "PAPERNOTES_CROSSREF_API",
            "PAPERNOTES_DOI_RESOLVER",
            "PAPERNOTES_MAILTO",
            "PAPERNOTES_ARXIV_PDF");

    private final Path file;
    private final Map<String, String> environment;

    public LookupPreferences(Path dataDir, Map<String, String> environment) {
        this.file = dataDir.resolve(FILE);
        this.environment = Map.copyOf(environment);
    }

    /// The saved choices by key ([#KEYS]); a key not chosen is absent.
    public Map<String, String> saved() {
        var properties = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(in);
        } catch (NoSuchFileException e) {
            return Map.of();
        } catch (IOException | IllegalArgumentException e) {
            // an unreadable file counts as no choice: the defaults (and the environment) still work
            return Map.of();
        }
        var saved = new HashMap<String, String>();
        for (String key : KEYS) {
            var value = properties.getProperty(key, "").strip();
            if (!value.isEmpty()) {
                saved.put(key, value);
            }
        }
        return saved;
    }

    /// Saves `choices` (by key; blank or absent: the default). Refuses, saving nothing, an address that is not an
    /// `http://` or `https://` one and a contact address without `@`.
    public void save(Map<String, String> choices) {
        var properties = new Properties();
        for (String key : KEYS) {
            var value = choices.getOrDefault(key, "").strip();
            if (value.isEmpty()) {
                continue;
            }
            if (key.equals("PAPERNOTES_MAILTO")) {
                if (!value.contains("@") || value.chars().anyMatch(Character::isWhitespace)) {
                    throw new InvalidInputException("'" + value + "' is not an e-mail address such as you@lab.edu.");
                }
            } else if (!LookupEndpoints.isAddress(value)) {
                throw new InvalidInputException(
                        "'" + value + "' is not a web address: give one starting with https:// or http://.");
            }
            properties.setProperty(key, value);
        }
        var partial = file.resolveSibling(FILE + ".partial");
        try {
            Files.createDirectories(file.getParent());
            try (Writer out = Files.newBufferedWriter(partial, StandardCharsets.UTF_8)) {
                properties.store(out, "Where PaperNotes asks about papers (Preferences); blank: the default");
            }
            try {
                Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("The lookup preferences could not be saved in " + file, e);
        }
    }

    /// The keys the environment sets, which win over the saved choices.
    public Map<String, String> fromEnvironment() {
        var set = new HashMap<String, String>();
        for (String key : KEYS) {
            var value = environment.getOrDefault(key, "").strip();
            if (!value.isEmpty()) {
                set.put(key, value);
            }
        }
        return set;
    }

    /// Where to ask now: the environment's choices over the saved ones over the defaults.
    public LookupEndpoints endpoints() {
        var merged = new HashMap<>(saved());
        merged.putAll(fromEnvironment());
        return LookupEndpoints.from(merged);
    }
}
