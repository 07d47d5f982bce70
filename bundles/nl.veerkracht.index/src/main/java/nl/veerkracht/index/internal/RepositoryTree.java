package nl.veerkracht.index.internal;

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

import nl.veerkracht.format.PlanFiles;
import nl.veerkracht.index.IndexException;
import nl.veerkracht.model.EntityKind;
import nl.veerkracht.store.PlanRepository;

/**
 * The committed plan files of one repository, read from Git objects with JGit (never the working
 * tree): the files of a commit, and what changed between two commits. Only regular files whose path
 * is a plan file's ({@link EntityKind#ofPath}) count; others are not the index's business.
 */
final class RepositoryTree implements AutoCloseable {

    /** A plan file of a commit: its path and the Git object id of its content. */
    record PlanFile(String path, String blobId) {
    }

    /** A plan file that differs between two commits; {@code blobId} is empty when it was deleted. */
    record Change(String path, Optional<String> blobId) {
    }

    private final Path directory;
    private final Repository repository;
    private final ObjectReader reader;

    private RepositoryTree(Path directory, Repository repository) {
        this.directory = directory;
        this.repository = repository;
        this.reader = repository.newObjectReader();
    }

    static RepositoryTree open(Path directory) {
        try {
            Repository repository = new FileRepositoryBuilder().setGitDir(directory.resolve(Constants.DOT_GIT).toFile())
                    .setMustExist(true).build();
            return new RepositoryTree(directory, repository);
        } catch (IOException e) {
            throw new IndexException(e, "index.repository.unreadable", directory, e.getMessage());
        }
    }

    /** Whether {@code directory} holds a Git repository at all. */
    static boolean exists(Path directory) {
        return Files.isDirectory(directory.resolve(Constants.DOT_GIT));
    }

    /** The commit {@code main} points at; empty when the repository has no commit. */
    Optional<String> head() {
        try {
            ObjectId head = repository.resolve(Constants.R_HEADS + PlanRepository.BRANCH);
            return Optional.ofNullable(head).map(ObjectId::name);
        } catch (IOException e) {
            throw unreadable(e);
        }
    }

    /** Whether the repository still has this commit (a rewritten history may have lost it). */
    boolean hasCommit(String commit) {
        try (RevWalk walk = new RevWalk(reader)) {
            walk.parseCommit(ObjectId.fromString(commit));
            return true;
        } catch (MissingObjectException | IllegalArgumentException e) {
            return false;
        } catch (IOException e) {
            throw unreadable(e);
        }
    }

    /** Every plan file of {@code commit}, in path order. */
    List<PlanFile> files(String commit) {
        List<PlanFile> files = new ArrayList<>();
        try (RevWalk walk = new RevWalk(reader); TreeWalk tree = new TreeWalk(reader)) {
            tree.addTree(walk.parseCommit(ObjectId.fromString(commit)).getTree());
            tree.setRecursive(true);
            while (tree.next()) {
                if (isPlanFile(tree, 0)) {
                    files.add(new PlanFile(tree.getPathString(), tree.getObjectId(0).name()));
                }
            }
        } catch (IOException e) {
            throw unreadable(e);
        }
        return files;
    }

    /** The plan files that differ between two commits, in path order. */
    List<Change> changes(String from, String to) {
        List<Change> changes = new ArrayList<>();
        try (RevWalk walk = new RevWalk(reader); TreeWalk tree = new TreeWalk(reader)) {
            RevCommit before = walk.parseCommit(ObjectId.fromString(from));
            RevCommit after = walk.parseCommit(ObjectId.fromString(to));
            tree.addTree(before.getTree());
            tree.addTree(after.getTree());
            tree.setRecursive(true);
            tree.setFilter(TreeFilter.ANY_DIFF);
            while (tree.next()) {
                boolean was = isPlanFile(tree, 0);
                boolean is = isPlanFile(tree, 1);
                if (is) {
                    changes.add(new Change(tree.getPathString(), Optional.of(tree.getObjectId(1).name())));
                } else if (was) {
                    changes.add(new Change(tree.getPathString(), Optional.empty()));
                }
            }
        } catch (IOException e) {
            throw unreadable(e);
        }
        return changes;
    }

    /**
     * The content of a file, read up to just past {@link PlanFiles#MAX_FILE_BYTES}, so that a huge file
     * is reported too large by the format instead of filling the memory.
     */
    byte[] content(String blobId) {
        try {
            ObjectLoader loader = reader.open(ObjectId.fromString(blobId), Constants.OBJ_BLOB);
            if (loader.getSize() <= PlanFiles.MAX_FILE_BYTES) {
                return loader.getCachedBytes(PlanFiles.MAX_FILE_BYTES);
            }
            try (InputStream in = loader.openStream()) {
                return in.readNBytes(PlanFiles.MAX_FILE_BYTES + 1);
            }
        } catch (IOException e) {
            throw unreadable(e);
        }
    }

    private static boolean isPlanFile(TreeWalk tree, int index) {
        FileMode mode = tree.getFileMode(index);
        return (mode == FileMode.REGULAR_FILE || mode == FileMode.EXECUTABLE_FILE)
                && EntityKind.ofPath(tree.getPathString()).isPresent();
    }

    private IndexException unreadable(IOException e) {
        return new IndexException(e, "index.repository.unreadable", directory, e.getMessage());
    }

    @Override
    public void close() {
        reader.close();
        repository.close();
    }
}
