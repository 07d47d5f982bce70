package nl.veerkracht.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** Folders Veerkracht makes and removes whole: a clone that failed, a derived database. */
public final class FileTrees {

    private FileTrees() {
    }

    /** Removes {@code root} with everything in it, deepest first; nothing when it is not there. */
    public static void delete(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }
}
