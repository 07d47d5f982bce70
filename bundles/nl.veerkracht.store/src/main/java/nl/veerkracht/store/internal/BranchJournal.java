package nl.veerkracht.store.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;

import nl.veerkracht.store.StateFile;
import nl.veerkracht.store.StoreException;

/**
 * The record of a branch move under way ({@code branch-move} in a repository's state folder):
 * written before {@code main} moves, removed once the working tree matches. Finding it means the
 * process that wrote it was stopped in between.
 */
final class BranchJournal {

    record Move(Optional<String> from, String to) {
    }

    /** Two commit ids and a space: a journal larger than this is not one. */
    private static final int LIMIT = 1024;

    private final StateFile file;

    BranchJournal(Path stateDirectory) {
        this.file = StateFile.at(stateDirectory.resolve("branch-move"));
    }

    void begin(Optional<String> from, String to) {
        try {
            file.write(from.orElse("-") + " " + to + "\n");
        } catch (IOException e) {
            throw new StoreException(e, "commit.failed", file.path().getParent(), e.getMessage());
        }
    }

    Optional<Move> pending() {
        try {
            Optional<String> text = file.read(LIMIT);
            if (text.isEmpty()) {
                return Optional.empty();
            }
            String[] parts = text.get().strip().split(" ");
            if (parts.length != 2) {
                return Optional.empty();
            }
            return Optional.of(new Move(parts[0].equals("-") ? Optional.empty() : Optional.of(parts[0]), parts[1]));
        } catch (IOException e) {
            throw new StoreException(e, "repository.unreadable", file.path().getParent(), e.getMessage());
        }
    }

    void end() {
        try {
            file.delete();
        } catch (IOException e) {
            throw new StoreException(e, "commit.failed", file.path().getParent(), e.getMessage());
        }
    }
}
