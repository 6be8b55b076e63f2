package papernotes.service;

import java.nio.file.Path;

/// An open library and the use cases over it, as the composition root wired them. Closing it releases the library
/// for other processes.
public record Library(
        Path dataDir,
        NoteService notes,
        NoteHistory history,
        TopicService topics,
        TagService tags,
        SearchService search,
        RenderService render,
        QuickSwitchService quickSwitch,
        BackupService backups,
        JsonBackupService jsonBackup,
        BibtexService bibtex,
        VaultExport vaultExport,
        VaultImport vaultImport,
        GlossaryService glossary,
        PaperCapture capture,
        NoteFileService files,
        PdfCapture pdfCapture,
        LookupPreferences lookups,
        PaperPdfs paperPdfs,
        SyncService sync,
        AutoCloseable resources)
        implements AutoCloseable {

    @Override
    public void close() {
        try {
            resources.close();
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException("Closing the library failed", e);
        }
    }
}
