package papernotes;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/// A real, empty library in a temporary folder for each test, opened before it and closed and deleted after it:
/// `@RegisterExtension final LibraryInTempDir folder = new LibraryInTempDir();`, then `folder.test()`. Replaces the
/// `@TempDir`, `@BeforeEach` open and `@AfterEach` close each test class used to write out.
public final class LibraryInTempDir implements BeforeEachCallback, AfterEachCallback {

    private Path dir = Path.of("");
    private TestLibrary test;

    @Override
    public void beforeEach(ExtensionContext context) throws IOException {
        dir = Files.createTempDirectory("papernotes-test");
        test = TestLibrary.empty(dir);
    }

    @Override
    public void afterEach(ExtensionContext context) {
        try {
            test.close();
        } finally {
            TestFolders.delete(dir);
        }
    }

    /// The library opened for this test.
    public TestLibrary test() {
        return test;
    }

    /// Closes the library (if the test has not) and opens it again from its folder, as the next start would.
    public TestLibrary reopen() {
        test.close();
        test = TestLibrary.empty(dir);
        return test;
    }

    /// The library's folder.
    public Path dir() {
        return dir;
    }
}
