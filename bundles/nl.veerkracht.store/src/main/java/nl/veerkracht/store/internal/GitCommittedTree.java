package nl.veerkracht.store.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.eclipse.jgit.errors.MissingObjectException;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectLoader;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.eclipse.jgit.treewalk.filter.TreeFilter;

import nl.veerkracht.store.CommittedTree;
import nl.veerkracht.store.StoreException;

/** {@link CommittedTree} with one JGit object reader, on a repository opened without its working tree. */
public final class GitCommittedTree implements CommittedTree {

    private final Path directory;
    private final Repository repository;
    private final ObjectReader reader;

    private GitCommittedTree(Path directory, Repository repository) {
        this.directory = directory;
        this.repository = repository;
        this.reader = repository.newObjectReader();
    }

    public static GitCommittedTree open(Path directory) {
        try {
            Repository repository = new FileRepositoryBuilder().setGitDir(directory.resolve(Constants.DOT_GIT).toFile())
                    .setMustExist(true).build();
            return new GitCommittedTree(directory, repository);
        } catch (IOException e) {
            throw new StoreException(e, "repository.unreadable", directory, e.getMessage());
        }
    }

    public static boolean exists(Path directory) {
        return Files.isDirectory(directory.resolve(Constants.DOT_GIT));
    }

    @Override
    public Optional<String> head() {
        try {
            return GitRepository.mainOf(repository);
        } catch (IOException e) {
            throw unreadable(e);
        }
    }

    @Override
    public boolean hasCommit(String commit) {
        try (RevWalk walk = new RevWalk(reader)) {
            walk.parseCommit(ObjectId.fromString(commit));
            return true;
        } catch (MissingObjectException | IllegalArgumentException e) {
            return false;
        } catch (IOException e) {
            throw unreadable(e);
        }
    }

    @Override
    public List<TreeFile> files(String commit) {
        List<TreeFile> files = new ArrayList<>();
        try (RevWalk walk = new RevWalk(reader); TreeWalk tree = new TreeWalk(reader)) {
            tree.addTree(walk.parseCommit(ObjectId.fromString(commit)).getTree());
            tree.setRecursive(true);
            while (tree.next()) {
                if (isRegularFile(tree, 0)) {
                    files.add(new TreeFile(tree.getPathString(), tree.getObjectId(0).name()));
                }
            }
        } catch (IOException e) {
            throw unreadable(e);
        }
        return files;
    }

    @Override
    public List<TreeChange> changes(String from, String to) {
        List<TreeChange> changes = new ArrayList<>();
        try (RevWalk walk = new RevWalk(reader); TreeWalk tree = new TreeWalk(reader)) {
            RevCommit before = walk.parseCommit(ObjectId.fromString(from));
            RevCommit after = walk.parseCommit(ObjectId.fromString(to));
            tree.addTree(before.getTree());
            tree.addTree(after.getTree());
            tree.setRecursive(true);
            tree.setFilter(TreeFilter.ANY_DIFF);
            while (tree.next()) {
                if (isRegularFile(tree, 1)) {
                    changes.add(new TreeChange(tree.getPathString(), Optional.of(tree.getObjectId(1).name())));
                } else if (isRegularFile(tree, 0)) {
                    changes.add(new TreeChange(tree.getPathString(), Optional.empty()));
                }
            }
        } catch (IOException e) {
            throw unreadable(e);
        }
        return changes;
    }

    @Override
    public byte[] content(String blobId, int limit) {
        try {
            ObjectLoader loader = reader.open(ObjectId.fromString(blobId), Constants.OBJ_BLOB);
            if (loader.getSize() <= limit) {
                return loader.getCachedBytes(limit);
            }
            try (InputStream in = loader.openStream()) {
                return in.readNBytes(limit + 1);
            }
        } catch (IOException e) {
            throw unreadable(e);
        }
    }

    private static boolean isRegularFile(TreeWalk tree, int index) {
        FileMode mode = tree.getFileMode(index);
        return mode == FileMode.REGULAR_FILE || mode == FileMode.EXECUTABLE_FILE;
    }

    private StoreException unreadable(IOException e) {
        return new StoreException(e, "repository.unreadable", directory, e.getMessage());
    }

    @Override
    public void close() {
        reader.close();
        repository.close();
    }
}
