package nl.veerkracht.store;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectInserter;
import org.eclipse.jgit.lib.RefUpdate;
import org.eclipse.jgit.lib.Repository;

/**
 * A peer that sends what Veerkracht would never write: commits and trees built byte by byte with JGit's
 * {@link ObjectInserter}, which checks nothing, on the {@code main} of a plain repository.
 */
final class Peer implements AutoCloseable {

    /** The blob of a valid plan file, {@code plan.yaml}. */
    static final String PLAN = "kind: municipality\ncode: GM1674\nname: Roosendaal\n";

    /** One entry of a crafted tree: a Git mode, and the content (or, for a folder, its entries). */
    record Entry(int mode, byte[] content, Map<String, Entry> entries) {

        static Entry file(String content) {
            return new Entry(0100644, content.getBytes(StandardCharsets.UTF_8), Map.of());
        }

        static Entry file(int mode, byte[] content) {
            return new Entry(mode, content, Map.of());
        }

        static Entry folder(Map<String, Entry> entries) {
            return new Entry(040000, new byte[0], entries);
        }
    }

    private final PlanRepository repository;
    private final Repository git;

    private Peer(PlanRepository repository) {
        this.repository = repository;
        this.git = repository.repository();
    }

    /** A peer at {@code directory} whose {@code main} holds a valid {@code plan.yaml}. */
    static Peer at(Path directory) {
        PlanRepository repository = PlanRepository.create(directory);
        Peer peer = new Peer(repository);
        String first = repository.writeCommit(Map.of("plan.yaml", PLAN.getBytes(StandardCharsets.UTF_8)), List.of(),
                "Begonnen", new Author("Roosendaal", "beleid@roosendaal.nl"), "GM1674");
        try {
            peer.point(first);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return peer;
    }

    Path directory() {
        return repository.directory();
    }

    /** The commit {@code main} points at. */
    String head() {
        return repository.head().orElseThrow();
    }

    /** Writes a commit object of exactly {@code text} (its tree and parent named as {@code %TREE%}, {@code %PARENT%}). */
    String commitText(String text) throws IOException {
        String head = head();
        String raw = text.replace("%TREE%", repository.treeOf(head)).replace("%PARENT%", head);
        return insert(Constants.OBJ_COMMIT, raw.getBytes(StandardCharsets.ISO_8859_1));
    }

    /** A commit on {@code main} whose tree is exactly {@code entries}, as a plain Git user with these modes would make it. */
    String commitTree(Map<String, Entry> entries) throws IOException {
        String tree = tree(entries);
        return insert(Constants.OBJ_COMMIT, ("tree " + tree + "\nparent " + head()
                + "\nauthor Roosendaal <beleid@roosendaal.nl> 1700000000 +0100"
                + "\ncommitter Roosendaal <beleid@roosendaal.nl> 1700000000 +0100"
                + "\n\nGemaakt met de hand\n\nVeerkracht-Municipality: GM1674\n").getBytes(StandardCharsets.UTF_8));
    }

    /** The tree of {@code entries}, sorted as Git sorts them (a folder as if its name ended in a slash). */
    String tree(Map<String, Entry> entries) throws IOException {
        List<Map.Entry<String, Entry>> sorted = new ArrayList<>(entries.entrySet());
        sorted.sort(Comparator.comparing(entry -> entry.getValue().mode() == 040000 ? entry.getKey() + "/"
                : entry.getKey()));
        java.io.ByteArrayOutputStream raw = new java.io.ByteArrayOutputStream();
        for (Map.Entry<String, Entry> entry : sorted) {
            Entry value = entry.getValue();
            ObjectId id;
            if (value.mode() == 040000) {
                id = ObjectId.fromString(tree(value.entries()));
            } else if (value.mode() == 0160000) {
                id = ObjectId.fromString(head());
            } else {
                id = ObjectId.fromString(insert(Constants.OBJ_BLOB, value.content()));
            }
            // the mode as Git writes it (40000 for a folder), or any other: nothing here checks it
            raw.writeBytes((Integer.toOctalString(value.mode()) + " ").getBytes(StandardCharsets.US_ASCII));
            raw.writeBytes(entry.getKey().getBytes(StandardCharsets.UTF_8));
            raw.write(0);
            byte[] binary = new byte[Constants.OBJECT_ID_LENGTH];
            id.copyRawTo(binary, 0);
            raw.writeBytes(binary);
        }
        return insert(Constants.OBJ_TREE, raw.toByteArray());
    }

    /** The files of {@code main} with {@code more} added. */
    Map<String, Entry> filesWith(Map<String, Entry> more) {
        Map<String, Entry> entries = new TreeMap<>();
        entries.put("plan.yaml", Entry.file(PLAN));
        entries.putAll(more);
        return entries;
    }

    String insert(int type, byte[] raw) throws IOException {
        try (ObjectInserter inserter = git.newObjectInserter()) {
            ObjectId id = inserter.insert(type, raw);
            inserter.flush();
            return id.name();
        }
    }

    /** Points {@code main} at {@code commit}, whatever it is. */
    void point(String commit) throws IOException {
        RefUpdate update = git.updateRef(Constants.R_HEADS + PlanRepository.BRANCH);
        update.setNewObjectId(ObjectId.fromString(commit));
        update.setForceUpdate(true);
        update.update();
    }

    @Override
    public void close() {
        repository.close();
    }
}
