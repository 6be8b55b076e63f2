package papernotes.service;

import java.util.Optional;
import papernotes.model.TopicPath;

/// How a folder is imported: `strict` refuses the whole import at the first problem in any file (otherwise each
/// problem is a warning and the file is imported as well as it can be, see `interchange.ImportProblems`); `topic`
/// files the notes under a topic of the user's choice (the folder's top there, its folders below it).
public record ImportOptions(boolean strict, Optional<TopicPath> topic) {

    /// Lenient, each note where its folder says.
    public static final ImportOptions DEFAULT = new ImportOptions(false, Optional.empty());
    /// All or nothing, as `import --strict`.
    public static final ImportOptions STRICT = new ImportOptions(true, Optional.empty());
}
