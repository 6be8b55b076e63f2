package papernotes.service;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import papernotes.TestLibrary;

class VaultRoundTripTest {

    @TempDir
    Path dir;

    @Test
    void shippedNotesExportImportExportGivesTheSameBytes() throws IOException {
        try (var shipped = TestLibrary.shipped(dir.resolve("a"))) {
            shipped.vaultExport().export(dir.resolve("first"));
        }
        try (var empty = TestLibrary.empty(dir.resolve("b"))) {
            var plan = empty.library().vaultImport().apply(dir.resolve("first"));
            assertEquals(27, plan.added().size(), plan.toString());
            empty.library().vaultExport().export(dir.resolve("second"));
        }
        assertEquals(files(dir.resolve("first")), files(dir.resolve("second")));
    }

    static Map<String, String> files(Path root) throws IOException {
        var files = new TreeMap<String, String>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                files.put(root.relativize(file).toString(), Files.readString(file));
            }
        }
        return files;
    }
}
