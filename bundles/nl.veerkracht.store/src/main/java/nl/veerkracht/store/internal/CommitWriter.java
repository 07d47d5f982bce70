package nl.veerkracht.store.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;

import org.eclipse.jgit.api.errors.CanceledException;
import org.eclipse.jgit.api.errors.UnsupportedSigningFormatException;
import org.eclipse.jgit.dircache.DirCache;
import org.eclipse.jgit.dircache.DirCacheBuilder;
import org.eclipse.jgit.dircache.DirCacheEditor;
import org.eclipse.jgit.dircache.DirCacheEntry;
import org.eclipse.jgit.dircache.DirCacheIterator;
import org.eclipse.jgit.lib.CommitBuilder;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectInserter;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.lib.RefUpdate;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.lib.Signer;
import org.eclipse.jgit.lib.UserConfig;
import org.eclipse.jgit.treewalk.FileTreeIterator;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.eclipse.jgit.treewalk.WorkingTreeIterator;

import nl.veerkracht.store.Author;
import nl.veerkracht.store.PlanRepository;
import nl.veerkracht.store.SigningKey;
import nl.veerkracht.store.StoreException;
import nl.veerkracht.store.Trailers;

/**
 * Writes commits: the working tree staged as {@code git add --all} would (only regular files, each as mode
 * 100644) and recorded on {@code main} by compare and swap; or a tree and a commit made from files in
 * memory, without moving any branch. Objects are written before anything refers to them, so an interrupted
 * write leaves only unreferenced objects behind. A commit is signed with SSH when a key is given
 * ({@link CommitSignatures}).
 */
public final class CommitWriter {

    private final GitRepository git;
    private final Path directory;
    private final Repository repository;
    private final CommitFiles files;

    public CommitWriter(GitRepository git, CommitFiles files) {
        this.git = git;
        this.directory = git.directory();
        this.repository = git.repository();
        this.files = files;
    }

    /**
     * The author the user's Git configuration names ({@code user.name}, {@code user.email}).
     *
     * @throws StoreException when it names none, so that no commit gets an invented author
     */
    public Author configuredAuthor() {
        UserConfig user = repository.getConfig().get(UserConfig.KEY);
        if (user.isAuthorNameImplicit() || user.isAuthorEmailImplicit()) {
            throw new StoreException("author.unknown");
        }
        return new Author(user.getAuthorName(), user.getAuthorEmail());
    }

    /**
     * Writes the commit of the working tree on top of {@code main}, without moving {@code main}; the
     * repository's index stays locked until the staged commit is recorded or let go of.
     *
     * @throws StoreException {@code commit.nothing} when the working tree holds no change (the index is
     *         brought in line with {@code main} then); {@code commit.notRegularFile}; {@code signing.*}
     */
    public StagedIndex stageWorkingTree(String message, Author author, String municipality,
            Optional<SigningKey> signing) {
        Optional<String> parent = git.head();
        DirCache index = lockIndex(signing);
        boolean handedOver = false;
        try {
            String tree = stage(index);
            if (parent.isPresent() && tree.equals(files.treeOf(parent.get()))) {
                // nothing to commit; an index that a killed commit left behind matches main again
                index.write();
                index.commit();
                throw new StoreException("commit.nothing");
            }
            String commit = writeCommit(tree, parent.stream().toList(), message, author, municipality, signing);
            handedOver = true;
            return new StagedIndex(this, index, parent, commit, firstLine(message));
        } catch (IOException e) {
            throw git.writeFailed(e);
        } finally {
            if (!handedOver) {
                index.unlock();
            }
        }
    }

    /**
     * What every staged commit does first: fails early when it is to be signed and cannot be, lets Git's
     * housekeeping run in the foreground, and locks the index, which the caller unlocks.
     */
    private DirCache lockIndex(Optional<SigningKey> signing) {
        signing.ifPresent(CommitSignatures::signerFor);
        git.housekeepInForeground();
        try {
            return repository.lockDirCache();
        } catch (IOException e) {
            throw git.writeFailed(e);
        }
    }

    /**
     * Fills {@code index} with every regular file of the working tree that {@code git add --all} would
     * stage, and writes their blobs and the tree.
     *
     * @return the tree's id
     */
    private String stage(DirCache index) throws IOException {
        DirCacheBuilder builder = index.builder();
        try (ObjectInserter inserter = repository.newObjectInserter(); TreeWalk walk = new TreeWalk(repository)) {
            int tracked = walk.addTree(new DirCacheIterator(index));
            int working = walk.addTree(new FileTreeIterator(repository));
            while (walk.next()) {
                WorkingTreeIterator file = walk.getTree(working, WorkingTreeIterator.class);
                if (file == null) {
                    continue; // gone from the working tree: not staged, so deleted
                }
                if (walk.getTree(tracked, DirCacheIterator.class) == null && file.isEntryIgnored()) {
                    continue;
                }
                String path = walk.getPathString();
                Path onDisk = directory.resolve(path);
                BasicFileAttributes attributes = Files.readAttributes(onDisk, BasicFileAttributes.class,
                        LinkOption.NOFOLLOW_LINKS);
                if (attributes.isDirectory() && file.getEntryFileMode() != FileMode.GITLINK) {
                    walk.enterSubtree();
                    continue;
                }
                if (!attributes.isRegularFile()) {
                    throw new StoreException("commit.notRegularFile", directory.resolve(path));
                }
                ObjectId blob;
                try (InputStream in = Files.newInputStream(onDisk, LinkOption.NOFOLLOW_LINKS)) {
                    blob = inserter.insert(Constants.OBJ_BLOB, attributes.size(), in);
                }
                DirCacheEntry entry = new DirCacheEntry(path);
                entry.setFileMode(FileMode.REGULAR_FILE);
                entry.setLength(attributes.size());
                entry.setLastModified(attributes.lastModifiedTime().toInstant());
                entry.setObjectId(blob);
                builder.add(entry);
            }
            builder.finish();
            ObjectId tree = index.writeTree(inserter);
            inserter.flush();
            return tree.name();
        }
    }

    /**
     * Writes the commit of {@code main} with {@code files} written over it (new or changed files; nothing is
     * deleted), without moving {@code main} and without touching the working tree; the index stays locked
     * until the staged commit is recorded or let go of. Recording it writes the files into the working tree,
     * stages exactly them and moves {@code main}: whatever else the working tree holds that is not committed
     * stays as it is, uncommitted.
     *
     * @throws StoreException {@code commit.uncommittedChanges} naming the files when the working tree or the
     *         index holds a change to one of them that is not committed; {@code commit.nothing} when the
     *         files are as committed; {@code signing.*}
     */
    public StagedIndex stageFiles(Map<String, byte[]> changed, String message, Author author, String municipality,
            Optional<SigningKey> signing) {
        String parent = git.head().orElseThrow(() -> new StoreException("commit.failed", directory, "main"));
        DirCache index = lockIndex(signing);
        boolean handedOver = false;
        try {
            Map<String, String> committed = files.blobsAt(parent);
            TreeSet<String> uncommitted = new TreeSet<>();
            for (String path : changed.keySet()) {
                Optional<String> blob = Optional.ofNullable(committed.get(path));
                DirCacheEntry staged = index.getEntry(path);
                if (!blob.equals(Optional.ofNullable(staged).map(entry -> entry.getObjectId().name()))
                        || !Arrays.equals(blob.map(files::readBlob).orElse(null), workingFile(path))) {
                    uncommitted.add(path);
                }
            }
            if (!uncommitted.isEmpty()) {
                throw new StoreException("commit.uncommittedChanges", directory, String.join(", ", uncommitted));
            }
            String tree = writeTree(committed, changed);
            if (tree.equals(files.treeOf(parent))) {
                throw new StoreException("commit.nothing");
            }
            String commit = writeCommit(tree, List.of(parent), message, author, municipality, signing);
            handedOver = true;
            return new StagedIndex(this, index, Optional.of(parent), commit, firstLine(message),
                    new LinkedHashMap<>(changed));
        } finally {
            if (!handedOver) {
                index.unlock();
            }
        }
    }

    /** The bytes of a working tree file, or null when there is no regular file at {@code path}. */
    private byte[] workingFile(String path) {
        Path file = directory.resolve(path);
        try {
            BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            if (!attributes.isRegularFile()) {
                return new byte[] {-1}; // a link or anything else at that path is a change that is not committed
            }
            return Files.readAllBytes(file);
        } catch (java.nio.file.NoSuchFileException e) {
            return null;
        } catch (IOException e) {
            throw git.unreadable(e);
        }
    }

    /**
     * Writes {@code changed} into the working tree (each file whole, moved into place) and puts exactly those
     * entries into {@code index}; what the files held before comes back, as far as it can, when a later step
     * fails.
     *
     * @return the previous content of each file written (null where there was none), to put back on failure
     */
    Map<String, byte[]> placeFiles(DirCache index, Map<String, byte[]> changed) {
        Map<String, byte[]> previous = new LinkedHashMap<>();
        DirCacheEditor editor = index.editor();
        try (ObjectInserter inserter = repository.newObjectInserter()) {
            for (Map.Entry<String, byte[]> file : changed.entrySet()) {
                Path target = directory.resolve(file.getKey());
                previous.put(file.getKey(), workingFile(file.getKey()));
                Files.createDirectories(target.getParent());
                Path temporary = target.resolveSibling("." + target.getFileName() + ".veerkracht.tmp");
                Files.write(temporary, file.getValue());
                Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                BasicFileAttributes attributes = Files.readAttributes(target, BasicFileAttributes.class,
                        LinkOption.NOFOLLOW_LINKS);
                ObjectId blob = inserter.insert(Constants.OBJ_BLOB, file.getValue());
                editor.add(new DirCacheEditor.PathEdit(file.getKey()) {
                    @Override
                    public void apply(DirCacheEntry entry) {
                        entry.setFileMode(FileMode.REGULAR_FILE);
                        entry.setLength(attributes.size());
                        entry.setLastModified(attributes.lastModifiedTime().toInstant());
                        entry.setObjectId(blob);
                    }
                });
            }
            inserter.flush();
            editor.finish();
            return previous;
        } catch (IOException e) {
            restoreFiles(previous);
            throw git.writeFailed(e);
        }
    }

    /** Puts back what {@link #placeFiles} overwrote; a file that was not there is removed again. */
    void restoreFiles(Map<String, byte[]> previous) {
        for (Map.Entry<String, byte[]> file : previous.entrySet()) {
            Path target = directory.resolve(file.getKey());
            try {
                if (file.getValue() == null) {
                    Files.deleteIfExists(target);
                } else {
                    Files.write(target, file.getValue());
                }
            } catch (IOException e) {
                // the commit was not recorded: what stays behind is an uncommitted change the user sees
            }
        }
    }

    private static String firstLine(String message) {
        String stripped = message.strip();
        int newline = stripped.indexOf('\n');
        return newline < 0 ? stripped : stripped.substring(0, newline);
    }

    /**
     * Records a staged commit: writes the new index, moves {@code main} from the commit's parent to it
     * (compare and swap), and puts the index in place.
     */
    void record(DirCache index, Optional<String> parent, String commit, String subject) {
        try {
            index.write();
            RefUpdate update = repository.updateRef(Constants.R_HEADS + PlanRepository.BRANCH);
            update.setExpectedOldObjectId(parent.map(ObjectId::fromString).orElse(ObjectId.zeroId()));
            update.setNewObjectId(ObjectId.fromString(commit));
            update.setRefLogMessage((parent.isEmpty() ? "commit (initial): " : "commit: ") + subject, false);
            RefUpdate.Result result = update.update();
            switch (result) {
                case NEW, FAST_FORWARD -> {
                    // recorded
                }
                case LOCK_FAILURE -> throw new StoreException("branch.moved", directory);
                default -> throw new StoreException("commit.failed", directory, "main: " + result);
            }
            if (!index.commit()) {
                throw new StoreException("commit.failed", directory, "index");
            }
        } catch (IOException e) {
            throw git.writeFailed(e);
        }
    }

    /**
     * Writes the tree that holds the blobs {@code existing} (path to the id of a blob this repository
     * has) and the new {@code files}; a path in both takes the new file. Nothing refers to the tree yet.
     *
     * @return the tree's id
     */
    public String writeTree(Map<String, String> existing, Map<String, byte[]> files) {
        DirCache index = DirCache.newInCore();
        DirCacheBuilder builder = index.builder();
        try (ObjectInserter inserter = repository.newObjectInserter()) {
            TreeMap<String, ObjectId> entries = new TreeMap<>();
            existing.forEach((path, blob) -> entries.put(path, ObjectId.fromString(blob)));
            for (Map.Entry<String, byte[]> file : files.entrySet()) {
                entries.put(file.getKey(), inserter.insert(Constants.OBJ_BLOB, file.getValue()));
            }
            for (Map.Entry<String, ObjectId> file : entries.entrySet()) {
                DirCacheEntry entry = new DirCacheEntry(file.getKey());
                entry.setFileMode(FileMode.REGULAR_FILE);
                entry.setObjectId(file.getValue());
                builder.add(entry);
            }
            builder.finish();
            ObjectId tree = index.writeTree(inserter);
            inserter.flush();
            return tree.name();
        } catch (IOException e) {
            throw git.writeFailed(e);
        }
    }

    /**
     * Writes a commit of the tree {@code treeId} with the given parents and the municipality's trailer,
     * signed with {@code signing} when it is given, without moving any branch.
     *
     * @return the new commit's id
     */
    public String writeCommit(String treeId, List<String> parents, String message, Author author, String municipality,
            Optional<SigningKey> signing) {
        Optional<Signer> signer = signing.map(CommitSignatures::signerFor);
        try (ObjectInserter inserter = repository.newObjectInserter()) {
            PersonIdent ident = new PersonIdent(author.name(), author.email());
            CommitBuilder commit = new CommitBuilder();
            commit.setTreeId(ObjectId.fromString(treeId));
            commit.setParentIds(parents.stream().map(ObjectId::fromString).toList());
            commit.setAuthor(ident);
            commit.setCommitter(ident);
            commit.setMessage(Trailers.withMunicipality(message, municipality));
            if (signing.isPresent()) {
                signer.get().signObject(repository, CommitSignatures.signingConfig(signing.get()), commit, ident,
                        signing.get().privateKey().toString(), null);
            }
            ObjectId id = inserter.insert(commit);
            inserter.flush();
            return id.name();
        } catch (CanceledException | UnsupportedSigningFormatException e) {
            throw new StoreException(e, "signing.failed", signing.map(SigningKey::privateKey).orElse(null),
                    e.getMessage());
        } catch (IOException e) {
            throw git.writeFailed(e);
        }
    }
}
