package papernotes.git;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;

/// Empty bare repositories for the test servers, whose `HEAD` names an unborn `main`.
final class BareRepositories {

    private BareRepositories() {}

    /// Makes `root/name.git`, with `settings` as `section.key=value` lines of its config.
    static Path create(Path root, String name, String... settings) {
        var folder = root.resolve(name + ".git");
        try (var git = Git.init()
                .setBare(true)
                .setInitialBranch(SyncRepository.BRANCH)
                .setDirectory(folder.toFile())
                .call()) {
            var config = git.getRepository().getConfig();
            for (var setting : settings) {
                var keyAndValue = setting.split("=", 2);
                var sectionAndKey = keyAndValue[0].split("\\.", 2);
                config.setString(sectionAndKey[0], null, sectionAndKey[1], keyAndValue[1]);
            }
            config.save();
            return folder;
        } catch (GitAPIException e) {
            throw new IllegalStateException("Could not make the bare repository " + folder, e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
