package papernotes.model;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/// Putting a finished file in its place in one step, so that a reader sees the old file or the new one and never
/// half of one: an atomic rename where the file system has it, an ordinary one where it does not. Every layer
/// that writes a file whole (settings, attachments, exports, backups) goes through here.
public final class FileMoves {

    private FileMoves() {}

    /// Moves `from` to `to`, replacing a file already there.
    public static void replace(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /// Moves `from` to `to`, which must not exist (a file or non-empty folder there fails the move).
    public static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        }
    }
}
