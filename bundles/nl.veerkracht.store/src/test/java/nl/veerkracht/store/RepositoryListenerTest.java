package nl.veerkracht.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.veerkracht.store.internal.JGitPlanStoreAccess;

/** Whoever keeps something derived from the repositories (the index) hears of every commit. */
class RepositoryListenerTest {

    @TempDir
    Path temp;

    @Test
    void initAndCommitAreAnnouncedWithWhereMainWasAndIsAndAFailingListenerChangesNothing() throws Exception {
        List<String> heard = new ArrayList<>();
        PlanStore store = JGitPlanStoreAccess.withListeners(
                (workspace, repository, from, to) -> heard.add(repository + " " + from.map(id -> id.substring(0, 7)).orElse("-")
                        + " " + to.substring(0, 7)),
                (workspace, repository, from, to) -> {
                    throw new IllegalStateException("index unavailable");
                });
        Author author = new Author("J. de Vries", "j@breda.nl");
        Workspace workspace = store.init(temp.resolve("breda"), "GM0758", "Breda", Optional.empty(), Optional.of(author));
        String first;
        try (PlanRepository plan = workspace.open(RepositoryName.PLAN)) {
            first = plan.head().orElseThrow();
        }
        Files.createDirectories(workspace.directoryOf(RepositoryName.PLAN).resolve("needs"));
        Files.writeString(workspace.directoryOf(RepositoryName.PLAN).resolve("needs/liquiditeit.yaml"),
                "id: liquiditeit\ntitle: Liquiditeit\n");
        HistoryEntry second = store.commit(workspace, RepositoryName.PLAN, "Behoefte", Optional.of(author));
        assertEquals(List.of("plan - " + first.substring(0, 7), "plan " + first.substring(0, 7) + " " + second.commitId().substring(0, 7)),
                heard);
    }
}
