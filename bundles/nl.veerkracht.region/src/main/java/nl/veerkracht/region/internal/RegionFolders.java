package nl.veerkracht.region.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;

import nl.veerkracht.region.RegionException;
import nl.veerkracht.store.FileTrees;
import nl.veerkracht.store.RemoteUrls;
import nl.veerkracht.store.RepositoryName;
import nl.veerkracht.store.StoreException;
import nl.veerkracht.store.Workspace;

/**
 * Where a workspace keeps its regional plans ({@code region/<id>}), and the temporary folders beside them
 * that a create or a join fills before one rename moves them into place.
 */
final class RegionFolders {

    /** How long a writing command waits for another one in the same workspace. */
    static final Duration LOCK_WAIT = Duration.ofSeconds(30);

    private RegionFolders() {
    }

    /** The repository of region {@code id}, or the region's own error for an id that cannot name one. */
    static RepositoryName nameOf(String id) {
        try {
            return RepositoryName.region(id);
        } catch (StoreException e) {
            throw new RegionException(e, "region.id", id);
        }
    }

    /** Every regional plan of the workspace. */
    static List<RepositoryName> all(Workspace workspace) {
        return workspace.repositories().stream().filter(name -> name.kind() == RepositoryName.Kind.REGION).toList();
    }

    /** A new folder next to the regional plans, so that moving it into place is one rename. */
    static Path temporaryFolder(Workspace workspace, String what) throws IOException {
        Path regions = workspace.root().resolve(RepositoryName.Kind.REGION.folder());
        Files.createDirectories(regions);
        return Files.createTempDirectory(regions, "." + what + "-");
    }

    /** Folders that a join or create killed halfway left behind ({@code region/.joining-...}). */
    static void removeLeftovers(Workspace workspace) throws IOException {
        Path regions = workspace.root().resolve(RepositoryName.Kind.REGION.folder());
        if (!Files.isDirectory(regions)) {
            return;
        }
        try (Stream<Path> children = Files.list(regions)) {
            for (Path child : children.toList()) {
                String name = child.getFileName().toString();
                if (name.startsWith(".joining-") || name.startsWith(".creating-")) {
                    FileTrees.delete(child);
                }
            }
        }
    }

    /**
     * A location as the other members can use it: a URL ({@code https://...}, {@code git@host:path}) as it
     * is, a local folder as its absolute path. A URL with a password is refused: it would be written into
     * the regional plan and shared with every member.
     */
    static String sharedLocation(String text) {
        if (!RemoteUrls.isLocalFolder(RemoteUrls.requireNoPassword(text))) {
            return text;
        }
        return Path.of(text).toAbsolutePath().normalize().toString();
    }
}
