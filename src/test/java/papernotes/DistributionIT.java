package papernotes;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/// The installable PaperNotes built by `mvn -Pdist package` (and in CI): the Linux app image and the `.deb`, run as
/// someone without Java would run them. Skipped, saying so, when the build did not make them.
class DistributionIT {

    private static final Path DIST = Path.of(System.getProperty("papernotes.dist.dir", "target/dist"));
    private static final Path IMAGE = DIST.resolve("image").resolve("PaperNotes");

    @TempDir
    Path dir;

    private record Result(int code, String out, String err) {}

    @BeforeAll
    static void builtWithTheDistProfile() {
        assumeTrue(
                Boolean.getBoolean("papernotes.dist.built"),
                "the installable packages are built with -Pdist (and in CI); this build did not make them");
        assumeTrue(
                System.getProperty("os.name").toLowerCase().startsWith("linux"), "only the Linux packages are tested");
    }

    /// Runs `launcher` with nothing on the PATH (so no Java) and no JAVA_HOME, in the C locale, with a home of its own.
    private Result run(Path launcher, Map<String, String> environment, String... args) throws Exception {
        var command = new ArrayList<>(List.of(launcher.toString()));
        command.addAll(List.of(args));
        var builder = new ProcessBuilder(command);
        var env = builder.environment();
        env.keySet()
                .removeIf(key -> key.startsWith("JAVA")
                        || key.startsWith("JDK_")
                        || key.equals("DISPLAY")
                        || key.equals("WAYLAND_DISPLAY")
                        || key.startsWith("PAPERNOTES"));
        env.put("PATH", Files.createDirectories(dir.resolve("empty-path")).toString());
        env.put("LC_ALL", "C");
        env.put("HOME", Files.createDirectories(dir.resolve("home")).toString());
        env.putAll(environment);
        var out = dir.resolve("out.txt");
        var err = dir.resolve("err.txt");
        var process =
                builder.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        assertTrue(process.waitFor(180, TimeUnit.SECONDS), "the launcher did not finish");
        return new Result(
                process.exitValue(),
                Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }

    private static void assertShippedNotesListed(Result listed) throws IOException {
        assertEquals(0, listed.code(), listed.err());
        assertEquals(27, new ObjectMapper().readTree(listed.out()).size());
    }

    @Test
    void theAppImageListsTheShippedNotesOnAFreshFolderWithoutAWarning() throws Exception {
        var listed = run(
                IMAGE.resolve("bin/PaperNotes"),
                Map.of(),
                "--data-dir",
                dir.resolve("new").toString(),
                "list",
                "--json");
        assertShippedNotesListed(listed);
        assertEquals("", listed.err(), "nothing may be printed beside the answer");
    }

    @Test
    void theImageCarriesItsOwnRuntimeWithJavaFxAsModulesAndItsNativeLibrariesBesideTheJdks() throws Exception {
        var runtime = IMAGE.resolve("lib/runtime");
        var modules =
                run(runtime.resolve("bin/java"), Map.of(), "--list-modules").out();
        for (var module : List.of("javafx.web@", "javafx.controls@", "java.sql@", "jdk.zipfs@", "jdk.localedata@")) {
            assertTrue(modules.contains(module), module + " missing from " + modules);
        }
        assertFalse(modules.contains("jdk.compiler@"), "only the modules PaperNotes needs: " + modules);
        assertTrue(Files.exists(runtime.resolve("lib/libjfxwebkit.so")));
        assertTrue(Files.exists(runtime.resolve("lib/libglassgtk3.so")));
        try (var jars = Files.list(IMAGE.resolve("lib/app/lib"))) {
            var names = jars.map(jar -> jar.getFileName().toString()).toList();
            assertTrue(
                    names.stream().noneMatch(name -> name.startsWith("javafx-")),
                    "JavaFX is on the module path: " + names);
            assertTrue(names.stream().anyMatch(name -> name.startsWith("lucene-core-")), names.toString());
        }
        assertFalse(Files.exists(runtime.resolve("include")), "no header files");
        assertFalse(Files.exists(runtime.resolve("man")), "no man pages");
    }

    @Test
    void theWindowStartsFromTheImageWithItsAotCacheAndUnpacksNoNativeLibraries() throws Exception {
        var aotLog = dir.resolve("aot.log");
        var temporary = Files.createDirectories(dir.resolve("tmp"));
        var started = run(
                IMAGE.resolve("bin/PaperNotes"),
                Map.of(
                        "JAVA_TOOL_OPTIONS",
                        "-Dglass.platform=Headless -Dprism.order=sw -Djava.io.tmpdir=" + temporary
                                + " -XX:AOTMode=on -Xlog:aot=info:file=" + aotLog,
                        "PAPERNOTES_STARTUP_PROBE",
                        "1"),
                "--data-dir",
                dir.resolve("window").toString());
        assertEquals(0, started.code(), started.err());
        assertTrue(started.out().lines().anyMatch(line -> line.equals("usable")), started.out() + started.err());
        // the desktop knows the window as PaperNotes, the launcher's StartupWMClass (JavaFX's internal name opened
        // by the image's --add-exports)
        assertTrue(started.out().lines().anyMatch(line -> line.equals("window-class PaperNotes")), started.out());
        // the window's start prints nothing either (but the JVM's note that it read JAVA_TOOL_OPTIONS)
        assertEquals(
                List.of(),
                started.err()
                        .lines()
                        .filter(line -> !line.startsWith("Picked up JAVA_TOOL_OPTIONS"))
                        .toList());
        // AOTMode=on: a cache the JVM cannot use stops it with an error rather than being skipped quietly
        assertTrue(Files.readString(aotLog).contains("Opened AOT cache"), Files.readString(aotLog));
        // JavaFX found its native libraries in the runtime: it unpacks them into ~/.openjfx only when it does not
        assertFalse(Files.exists(dir.resolve("home/.openjfx")), "JavaFX unpacked its libraries into the home folder");
        // nor SQLite's into the temporary folder (a killed process would leave it there)
        try (var left = Files.list(temporary)) {
            var names = left.map(file -> file.getFileName().toString()).toList();
            assertTrue(names.stream().noneMatch(name -> name.startsWith("sqlite-")), names.toString());
        }
    }

    @Test
    void theDebInstallsIntoAScratchRootAndItsLauncherRuns() throws Exception {
        Path deb;
        try (var files = Files.list(DIST)) {
            deb = files.filter(file -> file.getFileName().toString().endsWith(".deb"))
                    .findFirst()
                    .orElseThrow();
        }
        var root = dir.resolve("root");
        var unpacked = new ProcessBuilder("dpkg-deb", "-x", deb.toString(), root.toString())
                .inheritIO()
                .start();
        assertTrue(unpacked.waitFor(300, TimeUnit.SECONDS));
        assertEquals(0, unpacked.exitValue());
        var fields = new String(
                new ProcessBuilder("dpkg-deb", "-f", deb.toString(), "Package", "Depends")
                        .start()
                        .getInputStream()
                        .readAllBytes(),
                StandardCharsets.UTF_8);
        assertTrue(fields.contains("Package: papernotes"), fields);
        // the dependencies are the ones declared in src/main/packaging/linux/control, whatever is installed on the
        // machine that built the package (jpackage would otherwise derive them from the build machine's packages)
        var declared = Files.readAllLines(Path.of("src/main/packaging/linux/control"), StandardCharsets.UTF_8).stream()
                .filter(line -> line.startsWith("Depends: "))
                .findFirst()
                .orElseThrow();
        assertTrue(fields.lines().anyMatch(declared::equals), fields + "\ndeclared: " + declared);
        assertTrue(declared.contains("libgtk-3-0 | libgtk-3-0t64"), declared);

        var installed = root.resolve("opt/papernotes");
        assertShippedNotesListed(run(
                installed.resolve("bin/PaperNotes"),
                Map.of(),
                "--data-dir",
                dir.resolve("installed").toString(),
                "list",
                "--json"));

        var desktop = Files.readString(installed.resolve("lib/papernotes-PaperNotes.desktop"), StandardCharsets.UTF_8);
        assertTrue(desktop.contains("Name[zh_CN]=论文笔记"), desktop);
        assertTrue(desktop.contains("Exec=/opt/papernotes/bin/PaperNotes"), desktop);
        assertTrue(desktop.contains("Icon=/opt/papernotes/lib/PaperNotes.png"), desktop);
        try (var icon = DistributionIT.class.getResourceAsStream("/papernotes/ui/papernotes-256.png")) {
            assertArrayEquals(
                    icon.readAllBytes(),
                    Files.readAllBytes(installed.resolve("lib/PaperNotes.png")),
                    "the launcher's icon is PaperNotes' own");
        }
        try (Stream<Path> all = Files.walk(installed)) {
            assertTrue(all.anyMatch(file -> file.getFileName().toString().equals("papernotes.aot")));
        }
    }
}
