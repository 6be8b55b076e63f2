package papernotes.service;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;

/// The name a file attached to a note has in the library's attachments folder, made of its content: the first 16
/// bytes of its SHA-256 in hex, a dot, and the extension of the name it was attached as, lower case (`pdf`), or
/// `bin` when that name has none that is plain. The same content attached as the same kind of file always gets the
/// same name, whether it came by `attach`, a vault or a backup.
final class ContentNames {

    private ContentNames() {}

    /// A SHA-256 digest, to feed while the file is copied.
    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /// The name for a file whose content has the SHA-256 `digest`, attached as `fileName`.
    static String name(byte[] digest, String fileName) {
        return HexFormat.of().formatHex(digest, 0, 16) + "." + extension(fileName);
    }

    /// The name for the file at `file` (read whole, not through a symbolic link), attached as `fileName`.
    static String of(Path file, String fileName) throws IOException {
        var digest = sha256();
        try (InputStream in = new DigestInputStream(Files.newInputStream(file, LinkOption.NOFOLLOW_LINKS), digest)) {
            in.transferTo(OutputStream.nullOutputStream());
        }
        return name(digest.digest(), fileName);
    }

    /// The file name's extension, lower case, when it is a plain one (`pdf`); `bin` otherwise.
    static String extension(String fileName) {
        int dot = fileName.lastIndexOf('.');
        var ext = dot < 0 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
        return ext.matches("[a-z0-9]{1,8}") ? ext : "bin";
    }
}
