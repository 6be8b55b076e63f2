package papernotes.service;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import papernotes.interchange.GlossaryReader;
import papernotes.interchange.GlossaryWriter;
import papernotes.model.FileMoves;
import papernotes.model.GlossaryEntry;
import papernotes.model.InvalidInputException;
import papernotes.model.PaperNotesException;

/// The bilingual glossary: the one shipped in the jar, overridden and extended by `glossary.yaml` in the data
/// folder when the user has one. A user entry that shares a term with a shipped entry replaces it; other user
/// entries are added. The user file is read again whenever it changes, without reindexing.
public final class GlossarySource {

    public static final String USER_FILE = "glossary.yaml";
    static final String SHIPPED = "/papernotes/search/glossary.yaml";

    /// The entries in force and, when the user's file could not be used, a sentence saying why.
    public record Loaded(List<GlossaryEntry> entries, Optional<String> problem) {}

    private final Path userFile;
    private final GlossaryReader reader = new GlossaryReader();
    private final GlossaryWriter writer = new GlossaryWriter();
    /// Read at the first [#load]: the YAML reader takes a good part of a second to start, which the window's
    /// start-up should not wait for (the search index loads the glossary on its own thread).
    private @Nullable List<GlossaryEntry> shipped;
    private Optional<FileTime> loadedVersion = Optional.empty();
    /// Set when PaperNotes wrote the user's file: the next [#changed] says so whatever the file's time (two writes
    /// in one tick of the file system's clock have the same one).
    private boolean written;

    public GlossarySource(Path dataDir) {
        this.userFile = dataDir.resolve(USER_FILE);
    }

    /// The glossary shipped in the jar.
    synchronized List<GlossaryEntry> shipped() {
        if (shipped == null) {
            try (InputStream in = Objects.requireNonNull(GlossarySource.class.getResourceAsStream(SHIPPED), SHIPPED)) {
                shipped =
                        reader.read(new String(in.readAllBytes(), StandardCharsets.UTF_8), "glossary.yaml (built in)");
            } catch (IOException e) {
                throw new IllegalStateException("Cannot read the built-in glossary", e);
            }
        }
        return shipped;
    }

    public Path userFile() {
        return userFile;
    }

    /// Whether the user's file appeared, changed or disappeared since the last [#load].
    public synchronized boolean changed() {
        return written || !version().equals(loadedVersion);
    }

    private Optional<FileTime> version() {
        try {
            return Files.isRegularFile(userFile) ? Optional.of(Files.getLastModifiedTime(userFile)) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    public synchronized Loaded load() {
        written = false;
        loadedVersion = version();
        if (loadedVersion.isEmpty()) {
            return new Loaded(shipped(), Optional.empty());
        }
        try {
            var user = reader.read(Files.readString(userFile, StandardCharsets.UTF_8), userFile.toString());
            return new Loaded(merge(shipped(), user), Optional.empty());
        } catch (IOException | PaperNotesException e) {
            return new Loaded(
                    shipped(),
                    Optional.of("Your glossary could not be used, so the built-in one is: " + e.getMessage()));
        }
    }

    /// The entries of the user's file, none when there is none; throws [InvalidInputException] saying why when it
    /// cannot be read, so that nothing is written over it.
    synchronized List<GlossaryEntry> userEntries() {
        if (!Files.exists(userFile)) {
            return List.of();
        }
        try {
            return reader.read(Files.readString(userFile, StandardCharsets.UTF_8), userFile.toString());
        } catch (IOException | PaperNotesException e) {
            throw new InvalidInputException("Your glossary could not be read, so nothing was changed: " + reason(e));
        }
    }

    /// Replaces the user's file with `entries`, whole: written beside it, then renamed over it. The next search
    /// uses them.
    synchronized void writeUserEntries(List<GlossaryEntry> entries) {
        Path partial = null;
        try {
            partial = Files.createTempFile(userFile.getParent(), ".glossary-", ".yaml.part");
            Files.writeString(partial, writer.write(entries), StandardCharsets.UTF_8);
            FileMoves.replace(partial, userFile);
            written = true;
        } catch (IOException e) {
            throw new PaperNotesException("Your glossary could not be saved to " + userFile + ": " + reason(e), e);
        } finally {
            if (partial != null) {
                try {
                    Files.deleteIfExists(partial);
                } catch (IOException ignored) {
                    // a hidden leftover beside the glossary is all that can remain
                }
            }
        }
    }

    private static String reason(Exception e) {
        var message = e instanceof AccessDeniedException
                ? "permission denied"
                : e instanceof CharacterCodingException
                        ? "it is not UTF-8 text"
                        : Optional.ofNullable(e.getMessage())
                                .filter(m -> !m.isBlank())
                                .orElse(e.getClass().getSimpleName());
        var line = message.strip().replaceAll("\\s*\\R\\s*", " ");
        return line.endsWith(".") ? line : line + ".";
    }

    static List<GlossaryEntry> merge(List<GlossaryEntry> shipped, List<GlossaryEntry> user) {
        var userTerms = new HashSet<String>();
        user.forEach(entry -> entry.terms().forEach(t -> userTerms.add(t.toLowerCase(Locale.ROOT))));
        var result = new ArrayList<GlossaryEntry>();
        for (GlossaryEntry entry : shipped) {
            if (entry.terms().stream().noneMatch(t -> userTerms.contains(t.toLowerCase(Locale.ROOT)))) {
                result.add(entry);
            }
        }
        result.addAll(user);
        return List.copyOf(result);
    }
}
