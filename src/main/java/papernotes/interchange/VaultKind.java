package papernotes.interchange;

/// The kinds of Markdown folder an import recognises, and how each is read.
public enum VaultKind {

    /// PaperNotes' own layout (`notes/`, an export): `_library.md` at the top or `_topic.md` in a folder. Ids,
    /// topics and times in front matter are trusted and checked strictly.
    PAPERNOTES("PaperNotes vault"),
    /// A folder with `.obsidian/`: the title is the file name (what `[[links]]` name), tags come from front matter
    /// and from `#tags` in the text, attachments from Obsidian's attachment folder.
    OBSIDIAN("Obsidian vault"),
    /// Any other folder of Markdown files: the title comes from front matter, the first `# heading` or the file name.
    MARKDOWN("folder of Markdown files");

    private final String description;

    VaultKind(String description) {
        this.description = description;
    }

    public String description() {
        return description;
    }
}
