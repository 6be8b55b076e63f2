package papernotes.cli;

import picocli.CommandLine.IVersionProvider;

/// The version from the jar's manifest, or "development" when run from classes.
final class VersionProvider implements IVersionProvider {

    @Override
    public String[] getVersion() {
        var version = PaperNotesCommand.class.getPackage().getImplementationVersion();
        return new String[] {"PaperNotes " + (version == null ? "(development build)" : version)};
    }
}
