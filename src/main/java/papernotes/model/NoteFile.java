package papernotes.model;

/// A file attached to a note: `stored`, its name in the library's attachments folder (made of its content's digest,
/// `3f2a9c….pdf`, so the same file attached twice is kept once), the name it had when it was attached
/// (`fsgan.pdf`), and its size.
public record NoteFile(String stored, String fileName, long bytes) {

    public NoteFile {
        if (stored.isBlank() || fileName.isBlank() || bytes < 0) {
            throw new IllegalArgumentException("A note's file needs a stored name, a file name and a size");
        }
    }
}
