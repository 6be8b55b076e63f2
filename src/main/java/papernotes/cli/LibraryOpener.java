package papernotes.cli;

import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Function;
import papernotes.service.Library;
import papernotes.service.LibraryFolder;

/// Opens the library a command works on: the folder given with `--data-dir`, or the default one.
@FunctionalInterface
public interface LibraryOpener {

    Library open(Optional<Path> dataDir);

    /// Opens the library without filling a new one with the shipped notes: `import` into a new folder gives a library
    /// of exactly what was imported.
    default Library openWithoutSamples(Optional<Path> dataDir) {
        return open(dataDir);
    }

    /// The library folder, for the commands that work while the library is not open (`restore-backup`,
    /// `import-json`). Openers that cannot give one refuse those commands.
    default LibraryFolder folder(Optional<Path> dataDir) {
        throw new UnsupportedOperationException("This command needs the library folder, which this opener cannot give");
    }

    /// An opener that opens libraries with `open` and gives folders with `folder`.
    static LibraryOpener of(LibraryOpener open, Function<Optional<Path>, LibraryFolder> folder) {
        return of(open, open, folder);
    }

    /// An opener that opens libraries with `open` (or `withoutSamples`) and gives folders with `folder`.
    static LibraryOpener of(
            LibraryOpener open, LibraryOpener withoutSamples, Function<Optional<Path>, LibraryFolder> folder) {
        return new LibraryOpener() {
            @Override
            public Library open(Optional<Path> dataDir) {
                return open.open(dataDir);
            }

            @Override
            public Library openWithoutSamples(Optional<Path> dataDir) {
                return withoutSamples.open(dataDir);
            }

            @Override
            public LibraryFolder folder(Optional<Path> dataDir) {
                return folder.apply(dataDir);
            }
        };
    }
}
