package nl.veerkracht.index.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import java.util.regex.Pattern;

import nl.veerkracht.index.IndexException;
import nl.veerkracht.store.Workspace;

/**
 * The workspace an index database belongs to: a random key that the workspace keeps in
 * {@code .veerkracht/index-key} (made at its first use of an index), and where the workspace was then,
 * for messages. A configured database (PostgreSQL) can be named by the {@code index.cfg} of more than
 * one workspace; the key in the database's {@code vk_index_meta} keeps a second workspace from
 * overwriting the first one's rows. The key moves with the workspace when its folder is moved or
 * copied, so a moved workspace keeps its index.
 *
 * @param key  the workspace's key
 * @param root the workspace's folder, absolute
 */
record IndexOwner(String key, String root) {

    static final String KEY_FILE = "index-key";

    private static final Pattern KEY = Pattern.compile("[0-9a-f]{8}(-[0-9a-f]{4}){3}-[0-9a-f]{12}");

    /**
     * The owner of {@code workspace}'s index, its key read from the state folder or made there.
     *
     * @throws IndexException {@code index.owner.unreadable} when the key file cannot be read or written,
     *                        or holds something else than a key
     */
    static IndexOwner of(Workspace workspace) {
        Path file = workspace.stateDirectory().resolve(KEY_FILE);
        String root = workspace.root().toAbsolutePath().normalize().toString();
        try {
            if (!Files.exists(file)) {
                create(file);
            }
            if (Files.size(file) > 100) {
                throw new IndexException("index.owner.unreadable", file, "not a key");
            }
            String key = Files.readString(file, StandardCharsets.US_ASCII).strip();
            if (!KEY.matcher(key).matches()) {
                throw new IndexException("index.owner.unreadable", file, "not a key");
            }
            return new IndexOwner(key, root);
        } catch (IOException e) {
            throw new IndexException(e, "index.owner.unreadable", file, e.getMessage());
        }
    }

    /** Writes a new key whole, or leaves the one another process wrote first. */
    private static void create(Path file) throws IOException {
        // a workspace whose state folder is gone (removed by hand, or never made) gets it back
        Files.createDirectories(file.getParent());
        Path temporary = Files.createTempFile(file.getParent(), KEY_FILE, ".tmp");
        try {
            Files.writeString(temporary, UUID.randomUUID() + "\n", StandardCharsets.US_ASCII);
            try {
                try {
                    Files.createLink(file, temporary);
                } catch (UnsupportedOperationException e) {
                    Files.move(temporary, file);
                }
            } catch (FileAlreadyExistsException e) {
                // another process made the key at the same moment; its key counts
            }
        } finally {
            Files.deleteIfExists(temporary);
        }
    }
}
