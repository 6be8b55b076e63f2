package papernotes.interchange;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.FileVisitor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;

/// Walks a folder being imported without following symbolic links, and lists its Markdown files and its other files
/// by their paths relative to the folder (with `/`). Hidden files and folders (`.obsidian`, `.git`, `.trash`) are left
/// out. A symbolic link that leads outside the folder is refused, one that stays inside is skipped (what it points to
/// is read where it lies); a folder named like a Markdown file, folders nested deeper than [#MAX_DEPTH], more than
/// the limit's entries and Markdown files larger than the limits are refused, each naming the file.
final class FolderScan {

    static final int MAX_DEPTH = 20;

    record Result(List<String> markdown, List<String> others, boolean obsidian, List<String> warnings) {
    }

    private final Path root;
    private final Path realRoot;
    private final String label;
    private final VaultLimits limits;
    private final List<String> markdown = new ArrayList<>();
    private final List<String> others = new ArrayList<>();
    private final List<String> warnings = new ArrayList<>();
    private boolean obsidian;
    private int entries;
    private long markdownBytes;

    FolderScan(Path root, String label, VaultLimits limits) {
        this.root = root;
        this.label = label;
        this.limits = limits;
        try {
            this.realRoot = root.toRealPath();
        } catch (IOException e) {
            throw new InterchangeException("Cannot read the folder " + root + ": " + e.getMessage() + ".", e);
        }
    }

    static boolean isMarkdown(String fileName) {
        var lower = fileName.toLowerCase(Locale.ROOT);
        return lower.endsWith(".md") || lower.endsWith(".markdown");
    }

    Result scan() {
        try {
            Files.walkFileTree(root, EnumSet.noneOf(java.nio.file.FileVisitOption.class), MAX_DEPTH + 1, new Visitor());
        } catch (IOException e) {
            throw new InterchangeException("Cannot read the folder " + root + ": " + e.getMessage() + ".", e);
        }
        markdown.sort(null);
        others.sort(null);
        return new Result(List.copyOf(markdown), List.copyOf(others), obsidian, List.copyOf(warnings));
    }

    String name(String relative) {
        return label.isEmpty() ? relative : label + "/" + relative;
    }

    private String relative(Path path) {
        var parts = new ArrayList<String>();
        root.relativize(path).forEach(part -> parts.add(part.toString()));
        return String.join("/", parts);
    }

    private void count(Path path) {
        if (++entries > limits.maxEntries()) {
            throw new InterchangeException(label + " holds more than " + limits.maxEntries()
                    + " files and folders, more than PaperNotes imports at once.");
        }
    }

    private final class Visitor implements FileVisitor<Path> {

        @Override
        public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
            if (dir.equals(root)) {
                return FileVisitResult.CONTINUE;
            }
            var fileName = dir.getFileName().toString();
            if (fileName.startsWith(".")) {
                obsidian |= fileName.equals(".obsidian") && dir.getParent().equals(root);
                return FileVisitResult.SKIP_SUBTREE;
            }
            count(dir);
            if (isMarkdown(fileName)) {
                throw new InterchangeException(name(relative(dir)) + " is a folder, not a Markdown file.");
            }
            return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
            var fileName = file.getFileName() == null ? "" : file.getFileName().toString();
            if (fileName.startsWith(".")) {
                obsidian |= fileName.equals(".obsidian") && attrs.isDirectory() && file.getParent().equals(root);
                return FileVisitResult.CONTINUE;
            }
            count(file);
            var relative = relative(file);
            if (attrs.isSymbolicLink()) {
                symbolicLink(file, relative);
            } else if (attrs.isDirectory()) {
                throw new InterchangeException(name(relative) + ": folders nest more than " + MAX_DEPTH
                        + " levels deep.");
            } else if (attrs.isRegularFile() && isMarkdown(fileName)) {
                markdownFile(relative, attrs.size());
            } else if (attrs.isRegularFile()) {
                others.add(relative);
            }
            return FileVisitResult.CONTINUE;
        }

        private void markdownFile(String relative, long size) {
            if (size > limits.maxFileBytes()) {
                throw new InterchangeException(name(relative) + " is larger than " + megabytes(limits.maxFileBytes())
                        + ", more than a note can hold.");
            }
            markdownBytes += size;
            if (markdownBytes > limits.maxTotalBytes()) {
                throw new InterchangeException(label + " holds more than " + megabytes(limits.maxTotalBytes())
                        + " of Markdown, more than PaperNotes imports at once.");
            }
            markdown.add(relative);
        }

        private void symbolicLink(Path file, String relative) {
            Path target;
            try {
                target = file.toRealPath();
            } catch (IOException e) {
                warnings.add(name(relative) + " is a symbolic link to nothing; it is skipped.");
                return;
            }
            if (!target.startsWith(realRoot)) {
                throw new InterchangeException(name(relative) + " is a symbolic link to " + target
                        + ", outside the folder being imported; PaperNotes does not follow it there.");
            }
            warnings.add(name(relative) + " is a symbolic link; it is skipped (what it points to is read where it lies).");
        }

        @Override
        public FileVisitResult visitFileFailed(Path file, IOException e) {
            throw new InterchangeException("Cannot read " + name(relative(file)) + ": " + e.getMessage() + ".", e);
        }

        @Override
        public FileVisitResult postVisitDirectory(Path dir, IOException e) {
            if (e != null) {
                throw new InterchangeException("Cannot read " + name(relative(dir)) + ": " + e.getMessage() + ".", e);
            }
            return FileVisitResult.CONTINUE;
        }
    }

    static String megabytes(long bytes) {
        if (bytes >= 1024 * 1024) {
            return bytes / (1024 * 1024) + " MB";
        }
        return bytes >= 1024 ? bytes / 1024 + " KB" : bytes + " bytes";
    }
}
