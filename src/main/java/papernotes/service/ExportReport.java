package papernotes.service;

import java.nio.file.Path;

/// What an export wrote into `folder`: how many notes, topics and attachments.
public record ExportReport(Path folder, int notes, int topics, int attachments) {}
