package nl.veerkracht.store.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.veerkracht.store.InvalidPlanException;
import nl.veerkracht.store.StoreException;

/** {@code init} starts a plan or refuses; a refusal writes nothing and overwrites nothing. */
class JGitPlanStoreInitTest {

    @TempDir
    Path temp;

    private final JGitPlanStore store = new JGitPlanStore();

    @Test
    void aPlanFolderThatHoldsFilesIsNeverOverwritten() throws Exception {
        Path planFolder = Files.createDirectories(temp.resolve("breda/plan"));
        String ownPlan = "kind: municipality\ncode: GM0758\nname: Breda\nvision: |\n  Een sterke binnenstad.\n";
        Files.writeString(planFolder.resolve("plan.yaml"), ownPlan);

        StoreException refused = assertThrows(StoreException.class,
                () -> store.init(temp.resolve("breda"), "GM0758", "Breda", Optional.empty(), Optional.empty()));
        assertEquals("init.notEmpty", refused.key());
        assertEquals(ownPlan, Files.readString(planFolder.resolve("plan.yaml")));
        try (Stream<Path> files = Files.list(planFolder)) {
            assertEquals(List.of(planFolder.resolve("plan.yaml")), files.toList(), "nothing added");
        }
        assertFalse(Files.exists(temp.resolve("breda/.veerkracht")));
    }

    @Test
    void anInvalidFirstPlanLeavesNoWorkspaceBehindSoTheNextTryWorks() {
        Path breda = temp.resolve("breda");
        assertThrows(InvalidPlanException.class,
                () -> store.init(breda, "GM0758", "", Optional.empty(), Optional.empty()));
        assertFalse(Files.exists(breda), "nothing written");

        store.init(breda, "GM0758", "Breda", Optional.empty(), Optional.empty());
        assertTrue(Files.isDirectory(breda.resolve("plan/.git")));
    }
}
