package nl.veerkracht.region.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import nl.veerkracht.format.PlanFileException;
import nl.veerkracht.format.PlanFiles;
import nl.veerkracht.format.PlanRead;
import nl.veerkracht.model.EntityKind;
import nl.veerkracht.model.document.Node;
import nl.veerkracht.store.BlobId;
import nl.veerkracht.store.HistoryEntry;
import nl.veerkracht.store.PlanRepository;

/**
 * A regional plan's repository as the sync reads it: every commit as a map of paths to blob ids, blobs
 * read once, plan files parsed once per blob. Contents made in memory (a merged file, a virtual base)
 * get the id Git would give them without being written, so that everything is compared by id; only the
 * files of a commit that is made are written.
 */
final class RegionRepository implements AutoCloseable {

    private final PlanRepository git;
    private final Map<String, Map<String, String>> trees = new HashMap<>();
    private final Map<String, byte[]> blobs = new HashMap<>();
    private final Map<String, byte[]> fresh = new HashMap<>();
    private final Map<String, Optional<Node>> documents = new HashMap<>();
    private final Map<String, HistoryEntry> commits = new HashMap<>();

    RegionRepository(PlanRepository git) {
        this.git = git;
    }

    PlanRepository git() {
        return git;
    }

    /** Every file of a commit, as the id of its blob, by path. */
    Map<String, String> files(String commit) {
        return trees.computeIfAbsent(commit, git::blobsAt);
    }

    HistoryEntry commit(String id) {
        return commits.computeIfAbsent(id, git::commit);
    }

    /** The bytes of a blob of the repository or one made in memory. */
    byte[] bytes(String blob) {
        byte[] made = fresh.get(blob);
        return made != null ? made : blobs.computeIfAbsent(blob, git::readBlob);
    }

    /** Keeps content made in memory and answers the id Git gives it. */
    String add(byte[] content) {
        String id = BlobId.of(content);
        fresh.putIfAbsent(id, content);
        return id;
    }

    /** The document of a plan file, when the path is one and the blob reads; empty otherwise. */
    Optional<Node> document(String path, String blob) {
        if (EntityKind.ofPath(path).isEmpty()) {
            return Optional.empty();
        }
        return documents.computeIfAbsent(path + '\0' + blob, key -> {
            try {
                return Optional.of(PlanFiles.read(path, bytes(blob)));
            } catch (PlanFileException e) {
                return Optional.empty();
            }
        });
    }

    /** Every file's bytes, by path. */
    Map<String, byte[]> contents(Map<String, String> files) {
        Map<String, byte[]> contents = new TreeMap<>();
        files.forEach((path, blob) -> contents.put(path, bytes(blob)));
        return contents;
    }

    /** Reads and validates a whole tree of files, as {@code validate} does. */
    PlanRead read(Map<String, String> files) {
        return PlanFiles.readAll(contents(files));
    }

    /** Writes the tree of these files (only the blobs made in memory are new) and answers its id. */
    String writeTree(Map<String, String> files) {
        Map<String, String> existing = new TreeMap<>();
        Map<String, byte[]> made = new TreeMap<>();
        files.forEach((path, blob) -> {
            byte[] content = fresh.get(blob);
            if (content != null) {
                made.put(path, content);
            } else {
                existing.put(path, blob);
            }
        });
        return git.writeTree(existing, made);
    }

    List<String> mergeBases(String first, String second) {
        return git.mergeBases(first, second);
    }

    boolean isAncestor(String ancestor, String descendant) {
        return git.isAncestor(ancestor, descendant);
    }

    @Override
    public void close() {
        git.close();
    }
}
