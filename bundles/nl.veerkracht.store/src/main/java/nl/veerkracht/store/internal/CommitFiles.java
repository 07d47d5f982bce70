package nl.veerkracht.store.internal;

import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.eclipse.jgit.errors.AmbiguousObjectException;
import org.eclipse.jgit.errors.IncorrectObjectTypeException;
import org.eclipse.jgit.errors.MissingObjectException;
import org.eclipse.jgit.errors.RevisionSyntaxException;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectLoader;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.lib.Ref;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.treewalk.TreeWalk;

import nl.veerkracht.store.PlanRepository;
import nl.veerkracht.store.StoreException;

/**
 * The files of a commit, read straight from Git objects (no checkout): what a revision names, every
 * file's content or blob id, one blob, a commit's tree, the commit a ref points at. Files above
 * {@link PlanRepository#READ_LIMIT} are cut off just after it.
 */
public final class CommitFiles {

    private final GitRepository git;
    private final Repository repository;

    public CommitFiles(GitRepository git) {
        this.git = git;
        this.repository = git.repository();
    }

    /**
     * The commit a user's revision names: a commit id or a prefix of one, {@code main},
     * {@code raad/2026-05-01}, {@code HEAD~2}.
     *
     * @throws StoreException when it names no commit here
     */
    public String resolve(String revision) {
        try (RevWalk walk = new RevWalk(repository)) {
            ObjectId id = repository.resolve(revision);
            if (id == null) {
                throw new StoreException("revision.unknown", revision);
            }
            return walk.parseCommit(id).name();
        } catch (AmbiguousObjectException e) {
            throw new StoreException(e, "revision.ambiguous", revision);
        } catch (RevisionSyntaxException | IncorrectObjectTypeException | MissingObjectException e) {
            throw new StoreException(e, "revision.unknown", revision);
        } catch (IOException e) {
            throw git.unreadable(e);
        }
    }

    /** Every regular file of the commit a revision names, by path. */
    public Map<String, byte[]> filesAt(String revision) {
        String commitId = resolve(revision);
        Map<String, byte[]> files = new TreeMap<>();
        try (RevWalk walk = new RevWalk(repository); ObjectReader reader = repository.newObjectReader();
                TreeWalk tree = new TreeWalk(reader)) {
            tree.addTree(walk.parseCommit(ObjectId.fromString(commitId)).getTree());
            tree.setRecursive(true);
            while (tree.next()) {
                if (isRegularFile(tree)) {
                    files.put(tree.getPathString(), read(reader.open(tree.getObjectId(0))));
                }
            }
        } catch (IOException e) {
            throw git.unreadable(e);
        }
        return files;
    }

    /** Every regular file of the commit a revision names, as the id of its blob, by path (no file is read). */
    public Map<String, String> blobsAt(String revision) {
        String commitId = resolve(revision);
        Map<String, String> blobs = new TreeMap<>();
        try (RevWalk walk = new RevWalk(repository); TreeWalk tree = new TreeWalk(repository)) {
            tree.addTree(walk.parseCommit(ObjectId.fromString(commitId)).getTree());
            tree.setRecursive(true);
            while (tree.next()) {
                if (isRegularFile(tree)) {
                    blobs.put(tree.getPathString(), tree.getObjectId(0).name());
                }
            }
        } catch (IOException e) {
            throw git.unreadable(e);
        }
        return blobs;
    }

    private static boolean isRegularFile(TreeWalk tree) {
        return tree.getFileMode(0) == FileMode.REGULAR_FILE || tree.getFileMode(0) == FileMode.EXECUTABLE_FILE;
    }

    /** The bytes of one blob, cut off just after the limit. */
    public byte[] readBlob(String blobId) {
        try (ObjectReader reader = repository.newObjectReader()) {
            return read(reader.open(ObjectId.fromString(blobId), Constants.OBJ_BLOB));
        } catch (IOException e) {
            throw git.unreadable(e);
        }
    }

    private static byte[] read(ObjectLoader loader) throws IOException {
        if (loader.getSize() <= PlanRepository.READ_LIMIT) {
            return loader.getCachedBytes(PlanRepository.READ_LIMIT);
        }
        try (InputStream in = loader.openStream()) {
            return in.readNBytes(PlanRepository.READ_LIMIT + 1);
        }
    }

    /** The id of a commit's tree. */
    public String treeOf(String commitId) {
        try (RevWalk walk = new RevWalk(repository)) {
            return walk.parseCommit(ObjectId.fromString(commitId)).getTree().name();
        } catch (IOException e) {
            throw git.unreadable(e);
        }
    }

    /** The commit a ref points at, if the ref exists. */
    public Optional<String> commitOf(String ref) {
        try {
            Ref found = repository.exactRef(ref);
            return found == null || found.getObjectId() == null ? Optional.empty()
                    : Optional.of(found.getObjectId().name());
        } catch (IOException e) {
            throw git.unreadable(e);
        }
    }
}
