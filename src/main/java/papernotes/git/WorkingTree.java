package papernotes.git;

import java.io.IOException;
import java.util.Optional;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.dircache.DirCacheCheckout;
import org.eclipse.jgit.errors.CheckoutConflictException;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevWalk;

/// The files of the sync folder and git's index of them: staging them all for a commit, and checking a commit out.
final class WorkingTree {

    private final Repository repository;

    WorkingTree(Repository repository) {
        this.repository = repository;
    }

    /// Stages every file of the folder, new, changed or gone (`git add --all`), and returns the tree they make.
    ObjectId stageAll() throws IOException, GitAPIException {
        try (var git = new Git(repository)) {
            git.add().addFilepattern(".").setAll(true).call();
        }
        var index = repository.readDirCache();
        try (var inserter = repository.newObjectInserter()) {
            var tree = index.writeTree(inserter);
            inserter.flush();
            return tree;
        }
    }

    /// The commit `main` is at, if it exists yet.
    Optional<ObjectId> head() throws IOException {
        return Optional.ofNullable(repository.resolve(Constants.R_HEADS + SyncRepository.BRANCH));
    }

    /// Makes the folder and the index hold `commit`'s files, from those of `main`'s commit: git's two-tree checkout,
    /// which leaves a file that changed in neither alone and refuses to overwrite changes not committed.
    ///
    /// @throws CheckoutConflictException when a file not committed would be overwritten or removed
    void checkout(ObjectId commit, Optional<ObjectId> head) throws IOException {
        try (var walk = new RevWalk(repository)) {
            var target = walk.parseCommit(commit).getTree();
            var index = repository.lockDirCache();
            try {
                var checkout = head.isPresent()
                        ? new DirCacheCheckout(
                                repository, walk.parseCommit(head.get()).getTree(), index, target)
                        : new DirCacheCheckout(repository, index, target);
                checkout.setFailOnConflict(true);
                if (!checkout.checkout()) {
                    throw new IOException("some files could not be written: " + checkout.getToBeDeleted());
                }
            } finally {
                index.unlock();
            }
        }
    }
}
