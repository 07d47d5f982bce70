package nl.veerkracht.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.veerkracht.junit.CGit;

/**
 * JGit's automatic housekeeping runs inside the command that triggered it, never in a background thread
 * that would still hold Git's lock files (gc.log.lock) when the next command of the same process starts.
 */
class HousekeepingTest {

    private static final Author BREDA = new Author("J. de Vries", "j.devries@breda.nl");

    @TempDir
    Path temp;

    @Test
    void housekeepingAfterAFetchIsDoneWhenTheFetchReturns() throws Exception {
        CGit git = new CGit(Files.createDirectories(temp.resolve("home")));
        try (PlanRepository remote = PlanRepository.create(temp.resolve("remote"));
                PlanRepository local = PlanRepository.create(temp.resolve("local"))) {
            // housekeeping as soon as there is more than one pack
            git.ok(local.directory(), "config", "gc.autoPackLimit", "1");
            for (int round = 0; round < 4; round++) {
                Files.writeString(remote.directory().resolve("plan.yaml"), "ronde: " + round + "\n");
                remote.commitWorkingTree("Ronde " + round, BREDA, "GM0758");
                local.fetch(remote.directory().toString(), "GM0758");
                assertEquals(List.of(), locks(local.directory()), "no lock left behind after round " + round);
            }
            local.advanceBranch(Optional.empty(), remote.head().orElseThrow(), temp.resolve("state"));
            git.assertFsckClean(local.directory());
        }
    }

    private static List<Path> locks(Path directory) throws Exception {
        try (Stream<Path> files = Files.walk(directory.resolve(".git"))) {
            return files.filter(file -> file.getFileName().toString().endsWith(".lock")).toList();
        }
    }
}
