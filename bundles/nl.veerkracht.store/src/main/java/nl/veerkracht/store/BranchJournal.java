package nl.veerkracht.store;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;

/**
 * The record of a branch move under way ({@code branch-move} in a repository's state folder):
 * written before {@code main} moves, removed once the working tree matches. Finding it means the
 * process that wrote it was stopped in between.
 */
final class BranchJournal {

    record Move(Optional<String> from, String to) {
    }

    private final Path file;

    BranchJournal(Path stateDirectory) {
        this.file = stateDirectory.resolve("branch-move");
    }

    void begin(Optional<String> from, String to) {
        try {
            Files.createDirectories(file.getParent());
            Path temp = file.resolveSibling("branch-move.tmp");
            Files.writeString(temp, from.orElse("-") + " " + to + "\n", StandardCharsets.UTF_8);
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new StoreException(e, "commit.failed", file.getParent(), e.getMessage());
        }
    }

    Optional<Move> pending() {
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        try {
            String[] parts = Files.readString(file, StandardCharsets.UTF_8).strip().split(" ");
            if (parts.length != 2) {
                return Optional.empty();
            }
            return Optional.of(new Move(parts[0].equals("-") ? Optional.empty() : Optional.of(parts[0]), parts[1]));
        } catch (IOException e) {
            throw new StoreException(e, "repository.unreadable", file.getParent(), e.getMessage());
        }
    }

    void end() {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new StoreException(e, "commit.failed", file.getParent(), e.getMessage());
        }
    }
}
