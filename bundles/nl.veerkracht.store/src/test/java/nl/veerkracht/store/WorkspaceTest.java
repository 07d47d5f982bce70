package nl.veerkracht.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.StandardOpenOption;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorkspaceTest {

    @TempDir
    Path root;

    @Test
    void aWorkspaceIsFoundFromAnyFolderInsideIt() throws Exception {
        Workspace created = Workspace.create(root);
        Path deep = Files.createDirectories(root.resolve("plan/actions"));
        assertEquals(created.root(), Workspace.find(deep).root());
        assertEquals(List.of(RepositoryName.PLAN), created.repositories());
    }

    @Test
    void aFolderWithoutPlanIsNotAWorkspace() {
        StoreException error = assertThrows(StoreException.class, () -> Workspace.at(root));
        assertEquals("workspace.missing", error.key());
        assertTrue(error.describe(Locale.ENGLISH).contains("veerkracht init"));
    }

    @Test
    void repositoriesAreListedPlanFirstThenByKindAndName() throws Exception {
        Workspace workspace = Workspace.create(root);
        PlanRepository.create(root.resolve("region/west-brabant")).close();
        PlanRepository.create(root.resolve("province/PV30")).close();
        PlanRepository.create(root.resolve("members/GM0777")).close();
        PlanRepository.create(root.resolve("members/GM0748")).close();
        Files.createDirectories(root.resolve("members/not-a-member/.git"));
        assertEquals(List.of("plan", "region/west-brabant", "province/PV30", "members/GM0748", "members/GM0777"),
                workspace.repositories().stream().map(RepositoryName::folder).toList());
    }

    @Test
    void aSecondWriterWaitsAndThenStopsWithAClearMessage() throws Exception {
        Workspace workspace = Workspace.create(root);
        List<Optional<WorkspaceLock.Owner>> told = new ArrayList<>();
        try (WorkspaceLock first = workspace.lock(Duration.ZERO, told::add)) {
            StoreException busy = assertThrows(StoreException.class,
                    () -> workspace.lock(Duration.ofMillis(300), told::add));
            assertEquals("workspace.busy", busy.key());
            assertEquals(1, told.size(), "the waiting command is told once that it waits");
            assertEquals(ProcessHandle.current().pid(), told.get(0).orElseThrow().pid());
        }
        try (WorkspaceLock again = workspace.lock(Duration.ZERO, told::add)) {
            assertEquals(Optional.empty(), again.previousOwner(), "a holder that let go normally leaves no record");
        }
    }

    @Test
    void gitLocksLeftByADeadVeerkrachtAreRemoved() throws Exception {
        Workspace workspace = Workspace.create(root);
        WorkspaceLock.Owner dead = deadProcess();
        Files.writeString(workspace.stateDirectory().resolve("lock.owner"), dead.serialize());
        Path indexLock = Files.writeString(root.resolve("plan/.git/index.lock"), "");
        Path refLock = Files.createDirectories(root.resolve("plan/.git/refs/heads")).resolve("main.lock");
        Files.writeString(refLock, "");

        try (WorkspaceLock lock = workspace.lock(Duration.ZERO, owner -> { })) {
            assertEquals(Optional.of(dead), lock.previousOwner());
            assertFalse(Files.exists(indexLock));
            assertFalse(Files.exists(refLock));
        }
    }

    @Test
    void aPackLockAndAFetchKeepLeftByADeadVeerkrachtAreRemovedAndAKeepOfSomeoneElseStays() throws Exception {
        Workspace workspace = Workspace.create(root);
        WorkspaceLock.Owner dead = deadProcess();
        Files.writeString(workspace.stateDirectory().resolve("lock.owner"), dead.serialize());
        Path packs = Files.createDirectories(root.resolve("plan/.git/objects/pack"));
        String pack = "pack-deb710ce26baa51caabdf3d3b10f5ea7581f1f7e";
        Path keepLock = Files.writeString(packs.resolve(pack + ".keep.lock"), "jgit fetch /elders/plan\n");
        Path fetchKeep = Files.writeString(packs.resolve(pack + ".keep"), "jgit fetch /elders/plan\n");
        Path ownKeep = Files.writeString(packs.resolve("pack-0f3c.keep"), "archief: niet opnieuw inpakken\n");

        try (WorkspaceLock lock = workspace.lock(Duration.ZERO, owner -> { })) {
            assertFalse(Files.exists(keepLock), "a fetch can keep the same pack again");
            assertFalse(Files.exists(fetchKeep), "the dead fetch no longer holds its pack");
            assertTrue(Files.exists(ownKeep), "a pack someone keeps on purpose stays kept");
        }
    }

    @Test
    void aPackLockOfSomeoneElseStopsTheCommand() throws Exception {
        Workspace workspace = Workspace.create(root);
        Path packs = Files.createDirectories(root.resolve("plan/.git/objects/pack"));
        Path keepLock = Files.writeString(packs.resolve("pack-deb7.keep.lock"), "");
        StoreException error = assertThrows(StoreException.class, () -> workspace.lock(Duration.ZERO, owner -> { }));
        assertEquals("gitLock.foreign", error.key());
        assertTrue(Files.exists(keepLock));
    }

    @Test
    void aGitLockOfSomeoneElseIsLeftAloneAndStopsTheCommand() throws Exception {
        Workspace workspace = Workspace.create(root);
        Path indexLock = Files.writeString(root.resolve("plan/.git/index.lock"), "");
        StoreException error = assertThrows(StoreException.class, () -> workspace.lock(Duration.ZERO, owner -> { }));
        assertEquals("gitLock.foreign", error.key());
        assertTrue(Files.exists(indexLock));
        assertTrue(error.describe(Locale.ENGLISH).contains(indexLock.toString()));
    }

    @Test
    void theOwnerOfALockIsAliveOnlyWhileItsProcessRuns() throws Exception {
        assertTrue(WorkspaceLock.Owner.current().isAlive());
        assertFalse(deadProcess().isAlive());
    }

    @Test
    void gitLocksLeftByAKilledVeerkrachtThatItsParentHasNotReapedYetAreRemoved() throws Exception {
        assumeTrue(Files.isDirectory(Path.of("/proc/self")), "zombies are told apart through /proc");
        Workspace workspace = Workspace.create(root);
        // sh starts a short child, then becomes a sleep that never waits for it: the child ends as a zombie
        Process parent = new ProcessBuilder("sh", "-c", "sleep 0.1 & echo $!; exec sleep 60").start();
        try {
            long pid = Long.parseLong(new BufferedReader(new InputStreamReader(parent.getInputStream(),
                    StandardCharsets.UTF_8)).readLine().strip());
            ProcessHandle child = ProcessHandle.of(pid).orElseThrow();
            Instant started = child.info().startInstant().orElseThrow().truncatedTo(ChronoUnit.MILLIS);
            Instant deadline = Instant.now().plusSeconds(30);
            while (!WorkspaceLock.Owner.hasEnded(pid)) {
                assertTrue(Instant.now().isBefore(deadline), "the child became a zombie");
                Thread.sleep(20);
            }
            assertTrue(child.isAlive(), "Java still counts a zombie as alive: this test would prove nothing");
            WorkspaceLock.Owner zombie = new WorkspaceLock.Owner(pid, started);
            assertFalse(zombie.isAlive());

            Files.writeString(workspace.stateDirectory().resolve("lock.owner"), zombie.serialize());
            Path indexLock = Files.writeString(root.resolve("plan/.git/index.lock"), "");
            try (WorkspaceLock lock = workspace.lock(Duration.ZERO, owner -> { })) {
                assertEquals(Optional.of(zombie), lock.previousOwner());
                assertFalse(Files.exists(indexLock));
            }
        } finally {
            parent.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        }
    }

    @Test
    void theRecordOfALiveOwnerIsKeptWhenItsGitLockStopsTheCommand() throws Exception {
        Workspace workspace = Workspace.create(root);
        Process other = new ProcessBuilder("sleep", "60").start();
        try {
            Instant started = other.toHandle().info().startInstant().orElseThrow().truncatedTo(ChronoUnit.MILLIS);
            WorkspaceLock.Owner alive = new WorkspaceLock.Owner(other.pid(), started);
            assertTrue(alive.isAlive());
            Path record = workspace.stateDirectory().resolve("lock.owner");
            Files.writeString(record, alive.serialize());
            Path indexLock = Files.writeString(root.resolve("plan/.git/index.lock"), "");

            for (int attempt = 0; attempt < 2; attempt++) {
                StoreException error = assertThrows(StoreException.class,
                        () -> workspace.lock(Duration.ZERO, owner -> { }));
                assertEquals("gitLock.foreign", error.key());
                assertTrue(Files.exists(indexLock));
                assertEquals(alive.serialize(), Files.readString(record), "the record still says whose the lock is");
            }

            other.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
            try (WorkspaceLock lock = workspace.lock(Duration.ZERO, owner -> { })) {
                assertFalse(Files.exists(indexLock), "once that process has ended, its leftovers are cleared");
            }
        } finally {
            other.destroyForcibly();
        }
    }

    @Test
    void aHolderWithoutARecordIsNotCalledProcessQuestionMark() throws Exception {
        Workspace workspace = Workspace.create(root);
        List<Optional<WorkspaceLock.Owner>> told = new ArrayList<>();
        // a holder that has taken the lock but not written its record (yet)
        try (FileChannel channel = FileChannel.open(workspace.stateDirectory().resolve("lock"),
                StandardOpenOption.CREATE, StandardOpenOption.WRITE); FileLock held = channel.lock()) {
            StoreException busy = assertThrows(StoreException.class,
                    () -> workspace.lock(Duration.ofMillis(1500), told::add));
            assertEquals("workspace.busy.unknown", busy.key());
            assertFalse(busy.describe(new Locale("nl")).contains("?"), busy.describe(new Locale("nl")));
        }
        assertEquals(List.of(Optional.empty()), told, "told once, after giving the holder a moment to write its record");
    }

    @Test
    void aProcessIsEndedOnlyWhenProcSaysZombieOrDead() {
        assertFalse(WorkspaceLock.Owner.hasEnded(ProcessHandle.current().pid()));
        assertFalse(WorkspaceLock.Owner.hasEnded(Long.MAX_VALUE), "no such process: nothing to tell");
    }

    /** A process that has ended: its id and start, as a crashed Veerkracht would have recorded them. */
    private static WorkspaceLock.Owner deadProcess() throws Exception {
        Process process = new ProcessBuilder("true").start();
        ProcessHandle handle = process.toHandle();
        // the lock file records milliseconds; a process that ended before it was asked has no start instant
        Instant started = handle.info().startInstant().orElse(Instant.now()).truncatedTo(ChronoUnit.MILLIS);
        assertTrue(process.waitFor(30, TimeUnit.SECONDS));
        return new WorkspaceLock.Owner(handle.pid(), started);
    }
}
