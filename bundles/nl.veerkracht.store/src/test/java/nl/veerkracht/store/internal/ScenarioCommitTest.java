package nl.veerkracht.store.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.veerkracht.junit.CGit;
import nl.veerkracht.store.Author;
import nl.veerkracht.store.PlanRepository;
import nl.veerkracht.store.RepositoryName;
import nl.veerkracht.store.ScenarioCommit;
import nl.veerkracht.store.StoreException;
import nl.veerkracht.store.Workspace;

/**
 * A scenario is activated and stood down in one commit each, of the scenario's files only: other changes of
 * the working tree stay uncommitted, a change to a file it writes refuses it, and an invalid result writes
 * nothing.
 */
class ScenarioCommitTest {

    private static final Author JAN = new Author("J. de Vries", "j.devries@breda.nl");
    private static final LocalDate DAY = LocalDate.of(2026, 12, 1);

    @TempDir
    Path temp;

    private final JGitPlanStore store = new JGitPlanStore();
    private Workspace workspace;
    private Path plan;

    private static final String SCENARIO = """
            id: terugval
            title: Terugval naar een lockdown
            kind: fallback
            runbook:
              - id: loket-opschalen
                what: Ondernemersloket opschalen
                who: economische-zaken
                within_days: 2
            suspends:
              - terrassen-verruimen
            """;

    private static final String TERRASSEN = """
            id: terrassen-verruimen
            title: Terrassen verruimen
            term: medium
            status: running
            progress: 75
            """;

    @BeforeEach
    void breda() throws Exception {
        workspace = store.init(temp.resolve("breda"), "GM0758", "Breda", Optional.empty(), Optional.of(JAN));
        plan = workspace.directoryOf(RepositoryName.PLAN);
        write("scenarios/terugval.yaml", SCENARIO);
        write("actions/terrassen-verruimen.yaml", TERRASSEN);
        store.commit(workspace, RepositoryName.PLAN, "Terugvalscenario", Optional.of(JAN));
    }

    private void write(String path, String content) throws Exception {
        Files.createDirectories(plan.resolve(path).getParent());
        Files.writeString(plan.resolve(path), content);
    }

    private int commits() {
        return store.log(workspace, RepositoryName.PLAN).size();
    }

    @Test
    void oneCommitOfTheScenariosFilesLeavesOtherChangesUncommitted() throws Exception {
        String vision = Files.readString(plan.resolve("plan.yaml")) + "vision: |\n  Sterker uit de crisis.\n";
        Files.writeString(plan.resolve("plan.yaml"), vision);
        ScenarioCommit activated = store.activateScenario(workspace, RepositoryName.PLAN, "terugval", DAY,
                Optional.empty(), Optional.of(JAN));
        assertEquals(List.of("actions/terrassen-verruimen.yaml", "actions/terugval-loket-opschalen.yaml",
                "scenarios/terugval.yaml"), activated.commit().changedPaths().stream().sorted().toList());
        assertEquals("Scenario Terugval naar een lockdown in werking gezet op 2026-12-01", activated.commit().subject());
        assertEquals(vision, Files.readString(plan.resolve("plan.yaml")), "the user's own change stays as it was");
        assertTrue(Files.readString(plan.resolve("actions/terugval-loket-opschalen.yaml")).contains("end: 2026-12-03\n"));
        try (PlanRepository git = workspace.open(RepositoryName.PLAN)) {
            assertFalse(git.filesAt("HEAD").get("plan.yaml").length == vision.length(), "not committed");
        }
        CGit cgit = CGit.inTemporaryHome();
        assertEquals(" M plan.yaml\n", cgit.ok(plan, "status", "--porcelain"), "only the user's change is left");
        cgit.assertFsckClean(plan);

        ScenarioCommit stood = store.deactivateScenario(workspace, RepositoryName.PLAN, "terugval", DAY.plusDays(20),
                Optional.of("Afgeschaald"), Optional.of(JAN));
        assertEquals(TERRASSEN, Files.readString(plan.resolve("actions/terrassen-verruimen.yaml")));
        assertEquals("Afgeschaald", stood.commit().subject());
        assertEquals(" M plan.yaml\n", cgit.ok(plan, "status", "--porcelain"));
        cgit.assertFsckClean(plan);
    }

    @Test
    void aChangeToAFileItWritesRefusesItWithNothingWritten() throws Exception {
        String edited = TERRASSEN.replace("progress: 75", "progress: 80");
        write("actions/terrassen-verruimen.yaml", edited);
        write("actions/terugval-loket-opschalen.yaml", "id: terugval-loket-opschalen\n");
        StoreException refused = assertThrows(StoreException.class, () -> store.activateScenario(workspace,
                RepositoryName.PLAN, "terugval", DAY, Optional.empty(), Optional.of(JAN)));
        assertEquals("commit.uncommittedChanges", refused.key());
        assertTrue(refused.getMessage() != null && refused.describe(java.util.Locale.ENGLISH).contains(
                "actions/terrassen-verruimen.yaml, actions/terugval-loket-opschalen.yaml"), refused.describe(java.util.Locale.ENGLISH));
        assertEquals(edited, Files.readString(plan.resolve("actions/terrassen-verruimen.yaml")));
        assertEquals(SCENARIO, Files.readString(plan.resolve("scenarios/terugval.yaml")));
        assertEquals(2, commits());
    }

    @Test
    void aFileThatCannotBeWrittenLeavesTheWorkingTreeAndMainAsTheyWere() throws Exception {
        // an id of 300 characters is valid, but no file system takes it as a file name
        String longStep = "x".repeat(300);
        write("scenarios/terugval.yaml", SCENARIO.replace("loket-opschalen", longStep));
        store.commit(workspace, RepositoryName.PLAN, "Lange stap", Optional.of(JAN));
        String head;
        try (PlanRepository git = workspace.open(RepositoryName.PLAN)) {
            head = git.head().orElseThrow();
        }
        StoreException failed = assertThrows(StoreException.class, () -> store.activateScenario(workspace,
                RepositoryName.PLAN, "terugval", DAY, Optional.empty(), Optional.of(JAN)));
        assertTrue(failed.describe(java.util.Locale.ENGLISH).lines().count() == 1, failed.describe(java.util.Locale.ENGLISH));
        try (PlanRepository git = workspace.open(RepositoryName.PLAN)) {
            assertEquals(head, git.head().orElseThrow(), "main did not move");
            assertTrue(git.isClean(), "what was written is put back");
        }
        assertEquals(TERRASSEN, Files.readString(plan.resolve("actions/terrassen-verruimen.yaml")));
    }

    @Test
    void aRefusalOfTheScenarioWritesNothing() {
        store.activateScenario(workspace, RepositoryName.PLAN, "terugval", DAY, Optional.empty(), Optional.of(JAN));
        StoreException again = assertThrows(StoreException.class, () -> store.activateScenario(workspace,
                RepositoryName.PLAN, "terugval", DAY, Optional.empty(), Optional.of(JAN)));
        assertEquals("scenario.alreadyActive", again.key());
        assertEquals("scenario terugval is in effect already, since 2026-12-01; nothing recorded",
                again.describe(java.util.Locale.ENGLISH));
        assertEquals(3, commits());
    }
}
