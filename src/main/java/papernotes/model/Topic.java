package papernotes.model;

/// A topic of the tree: its path, its Chinese display name (may be empty), its own Markdown text, its place among
/// its siblings and how many notes (not in the trash) are filed directly in it.
public record Topic(TopicPath path, String nameZh, String description, int position, int noteCount) {}
