package papernotes.interchange;

import java.io.IOException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.FileVisitor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import papernotes.model.ImportWarning.Kind;

/// Walks a folder being imported without following symbolic links, and lists its Markdown files and its other files
/// by their paths relative to the folder (with `/`). Hidden files and folders (`.obsidian`, `.git`, `.trash`) are left
/// out. A symbolic link that stays inside is skipped (what it points to is read where it lies). A symbolic link that
/// leads outside the folder, a folder named like a Markdown file, folders nested deeper than [#MAX_DEPTH], a Markdown
/// file larger than a note can hold and a file or folder that cannot be read are problems of their own
/// ([ImportProblems]: skipped with a warning, or the import refused when strict); more than the limit's entries or
/// bytes in all, and a folder whose top cannot be read, refuse the import.
final class FolderScan {

    static final int MAX_DEPTH = 20;

    record Result(List<String> markdown, List<String> others, boolean obsidian) {}

    private final Path root;
    private final Path realRoot;
    private final String label;
    private final VaultLimits limits;
    private final List<String> markdown = new ArrayList<>();
    private final List<String> others = new ArrayList<>();
    private final ImportProblems problems;
    private boolean obsidian;
    private int entries;
    private long markdownBytes;

    FolderScan(Path root, String label, VaultLimits limits, ImportProblems problems) {
        this.root = root;
        this.label = label;
        this.limits = limits;
        this.problems = problems;
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
            Files.walkFileTree(root, EnumSet.noneOf(FileVisitOption.class), MAX_DEPTH + 1, new Visitor());
        } catch (IOException e) {
            throw new InterchangeException("Cannot read the folder " + root + ": " + e.getMessage() + ".", e);
        }
        markdown.sort(null);
        others.sort(null);
        return new Result(List.copyOf(markdown), List.copyOf(others), obsidian);
    }

    String name(String relative) {
        return label.isEmpty() ? relative : label + "/" + relative;
    }

    private String relative(Path path) {
        var parts = new ArrayList<String>();
        root.relativize(path).forEach(part -> parts.add(part.toString()));
        return String.join("/", parts);
    }

    private void count() {
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
                obsidian |= fileName.equals(".obsidian") && root.equals(dir.getParent());
                return FileVisitResult.SKIP_SUBTREE;
            }
            count();
            if (isMarkdown(fileName)) {
                var name = name(relative(dir));
                problems.problem(
                        Kind.SKIPPED,
                        name,
                        0,
                        name + " is a folder, not a Markdown file.",
                        "it is skipped with what it holds.");
                return FileVisitResult.SKIP_SUBTREE;
            }
            return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
            var fileName = file.getFileName() == null ? "" : file.getFileName().toString();
            if (fileName.startsWith(".")) {
                obsidian |= fileName.equals(".obsidian") && attrs.isDirectory() && root.equals(file.getParent());
                return FileVisitResult.CONTINUE;
            }
            count();
            var relative = relative(file);
            if (attrs.isSymbolicLink()) {
                symbolicLink(file, relative);
            } else if (attrs.isDirectory()) {
                problems.problem(
                        Kind.SKIPPED,
                        name(relative),
                        0,
                        name(relative) + ": folders nest more than " + MAX_DEPTH + " levels deep.",
                        "it is skipped with what it holds.");
            } else if (attrs.isRegularFile() && isMarkdown(fileName)) {
                markdownFile(relative, attrs.size());
            } else if (attrs.isRegularFile()) {
                others.add(relative);
            }
            return FileVisitResult.CONTINUE;
        }

        private void markdownFile(String relative, long size) {
            if (size > limits.maxFileBytes()) {
                problems.problem(
                        Kind.SKIPPED,
                        name(relative),
                        0,
                        name(relative) + " is larger than " + megabytes(limits.maxFileBytes())
                                + ", more than a note can hold.",
                        "it is skipped.");
                return;
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
                problems.warn(
                        Kind.SKIPPED,
                        name(relative),
                        0,
                        name(relative) + " is a symbolic link to nothing; it is skipped.");
                return;
            }
            if (!target.startsWith(realRoot)) {
                problems.problem(
                        Kind.SKIPPED,
                        name(relative),
                        0,
                        name(relative) + " is a symbolic link to " + target
                                + ", outside the folder being imported; PaperNotes does not follow it there.",
                        "it is skipped.");
                return;
            }
            problems.warn(
                    Kind.OTHER,
                    name(relative),
                    0,
                    name(relative) + " is a symbolic link; it is skipped (what it points to is read where it lies).");
        }

        @Override
        public FileVisitResult visitFileFailed(Path file, IOException e) {
            return unreadable(file, e);
        }

        @Override
        public FileVisitResult postVisitDirectory(Path dir, IOException e) {
            return e == null ? FileVisitResult.CONTINUE : unreadable(dir, e);
        }

        /// A file or folder below the top that cannot be read is skipped (or refuses a strict import); the top
        /// itself refuses the import.
        private FileVisitResult unreadable(Path path, IOException e) {
            var problem = "Cannot read " + name(relative(path)) + ": " + e.getMessage() + ".";
            if (path.equals(root)) {
                throw new InterchangeException(problem, e);
            }
            problems.problem(Kind.SKIPPED, name(relative(path)), 0, problem, "it is skipped.");
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
