package papernotes.service;

import java.nio.file.Path;

/// A file an import copies into the library's attachments folder: from `source` to `attachments/name`, where `name`
/// is a path below that folder with `/` (`1f3a9c.png`, `figures/arch.png`).
public record ImportedAttachment(Path source, String name) {}
