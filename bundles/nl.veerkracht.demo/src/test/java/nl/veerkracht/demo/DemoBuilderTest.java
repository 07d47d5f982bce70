package nl.veerkracht.demo;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.veerkracht.demo.internal.DemoBuilder;
import nl.veerkracht.format.PlanFiles;
import nl.veerkracht.store.HistoryEntry;
import nl.veerkracht.store.PlanRepository;
import nl.veerkracht.store.PlanVersion;
import nl.veerkracht.store.RepositoryName;
import nl.veerkracht.store.internal.JGitPlanStore;

/** The demo builds a valid, realistic Breda plan with a history and a council approval. */
class DemoBuilderTest {

    @TempDir
    Path temp;

    @Test
    void bredaHasAValidPlanAHistoryAndACouncilApproval() throws Exception {
        JGitPlanStore store = new JGitPlanStore();
        List<DemoStep> steps = new ArrayList<>();
        DemoWorkspaces demo = new DemoBuilder(store).build(temp.resolve("demo"), steps::add);

        PlanVersion plan = store.readWorkingTree(demo.breda(), RepositoryName.PLAN);
        assertEquals(List.of(), plan.problems());
        assertEquals(5, plan.contents().actions().size());
        assertTrue(plan.contents().scenarios().containsKey("terugval"));
        assertEquals("raad/2026-05-12", demo.approval());

        List<HistoryEntry> history = store.log(demo.breda(), RepositoryName.PLAN);
        assertEquals(6, history.size(), "init and five commits");
        assertEquals(List.of("init", "commit", "commit", "commit", "approve", "commit", "commit"),
                steps.stream().map(DemoStep::key).toList());
        try (PlanRepository repository = demo.breda().open(RepositoryName.PLAN)) {
            assertTrue(repository.isClean());
            assertEquals(2, repository.commitsBetween(java.util.Optional.of(repository.resolve(demo.approval())),
                    repository.head().orElseThrow()).size(), "two commits since the approval");
        }
        assertFsckClean(demo.breda().directoryOf(RepositoryName.PLAN));
    }

    @Test
    void theDemoFilesAreWrittenInTheCanonicalFormAlready() throws Exception {
        DemoWorkspaces demo = new DemoBuilder(new JGitPlanStore()).build(temp.resolve("demo"), step -> { });
        Path plan = demo.breda().directoryOf(RepositoryName.PLAN);
        try (var files = Files.walk(plan)) {
            for (Path file : files.filter(Files::isRegularFile).filter(f -> !f.toString().contains("/.git/")).toList()) {
                String path = plan.relativize(file).toString();
                byte[] bytes = Files.readAllBytes(file);
                assertArrayEquals(bytes, PlanFiles.write(path, PlanFiles.read(path, bytes)), path);
            }
        }
    }

    private void assertFsckClean(Path directory) throws Exception {
        Process git = new ProcessBuilder("git", "fsck", "--full", "--strict", "--no-dangling")
                .directory(directory.toFile()).redirectErrorStream(true).start();
        String output = new String(git.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(git.waitFor(60, TimeUnit.SECONDS));
        assertEquals(0, git.exitValue(), output);
        assertEquals("", output.strip());
    }
}
