package papernotes.cli;

import java.nio.file.Path;
import java.util.Optional;

import papernotes.service.Library;

/// Opens the library a command works on: the folder given with `--data-dir`, or the default one.
@FunctionalInterface
public interface LibraryOpener {

    Library open(Optional<Path> dataDir);
}
