package nl.veerkracht.itests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.veerkracht.junit.workspace.RealServices;
import nl.veerkracht.region.NewMember;
import nl.veerkracht.region.NewRegion;
import nl.veerkracht.region.RegionService;
import nl.veerkracht.store.Author;
import nl.veerkracht.store.PlanRepository;
import nl.veerkracht.store.PlanStore;
import nl.veerkracht.store.RepositoryName;
import nl.veerkracht.store.Workspace;

/**
 * A real {@code bin/veerkracht sync} killed with SIGKILL at random moments (seeded) while it fetches and
 * merges: every repository stays valid for C git's {@code fsck --full}, no commit of the branch is lost,
 * and the next sync recovers (lock files of the dead process, an interrupted branch move) and completes.
 * The moments fall between the first fetch and the end of a whole sync, as long as one took on this
 * machine just before, so that they cover fetching, checking, merging and moving the branch.
 */
class SyncKillTest {

    private static final int KILLS = 5;
    private static final String REGION = "west-brabant";
    private static final RepositoryName REGION_REPOSITORY = RepositoryName.region(REGION);

    private static Path home;

    @TempDir
    Path temp;

    private final PlanStore store = RealServices.planStore();
    private final RegionService regions = RealServices.regionService(store);

    private record Member(String code, String name, Workspace workspace, Author author) {
        Path region() {
            return workspace.directoryOf(REGION_REPOSITORY);
        }
    }

    @BeforeAll
    static void product() {
        home = Path.of(System.getProperty("veerkracht.product.home"));
    }

    private Member municipality(String code, String name) {
        Author author = new Author("Beleid " + name, code.toLowerCase() + "@example.nl");
        return new Member(code, name, store.init(temp.resolve(code), code, name, Optional.of("PV30"), Optional.of(author)),
                author);
    }

    private static String action(String id, String lead, List<String> participants, String contributions) {
        StringBuilder text = new StringBuilder("id: " + id + "\ntitle: Actie " + id + "\nterm: medium\n"
                + "budget:\n  amount: 1000\n  source: region\nstatus: planned\nlead_municipality: " + lead
                + "\nparticipants:\n");
        participants.forEach(code -> text.append("  - ").append(code).append('\n'));
        return text.append("contributions:\n").append(contributions).toString();
    }

    private void commitAction(Member member, String id, String content, String message) throws IOException {
        Path file = member.region().resolve("actions/" + id + ".yaml");
        Files.createDirectories(file.getParent());
        Files.writeString(file, content, StandardCharsets.UTF_8);
        store.commit(member.workspace(), REGION_REPOSITORY, message, Optional.of(member.author()));
    }

    @Test
    void aSyncKilledAtAnyMomentLeavesEveryRepositoryValidAndTheNextOneCompletes() throws Exception {
        Random random = new Random(20261128L);
        Member breda = municipality("GM0758", "Breda");
        List<Member> peers = List.of(municipality("GM0777", "Etten-Leur"), municipality("GM1674", "Roosendaal"),
                municipality("GM0748", "Bergen op Zoom"));
        regions.create(breda.workspace(), new NewRegion(REGION, "West-Brabant", Optional.empty(), Optional.empty(), false));
        for (Member peer : peers) {
            regions.addMember(breda.workspace(), REGION, new NewMember(peer.code(), peer.name(), peer.region().toString(),
                    Optional.empty(), Optional.empty()));
        }
        for (Member peer : peers) {
            regions.join(peer.workspace(), breda.region().toString());
        }
        Cli cli = new Cli(temp.resolve("cache"));
        assertEquals(0, cli.run("--version").exitCode(), "the product starts");

        // how long a whole sync works once it has started fetching, on this machine now: the kills fall in there
        edit(peers, 0);
        Process whole = cli.start("sync", "-w", breda.workspace().root().toString());
        assertTrue(cli.awaitOutput(whole, "ophalen", 120), "the sync fetches");
        long started = System.nanoTime();
        assertTrue(whole.waitFor(120, TimeUnit.SECONDS));
        assertEquals(0, whole.exitValue());
        int working = (int) Math.max(100, TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started));

        int killedWhileSyncing = 0;
        for (int round = 1; round <= KILLS; round++) {
            edit(peers, round);
            String before = head(breda);

            Process sync = cli.start("sync", "-w", breda.workspace().root().toString());
            boolean fetching = cli.awaitOutput(sync, "ophalen", 120);
            int delay = random.nextInt(working);
            if (fetching && !sync.waitFor(delay, TimeUnit.MILLISECONDS)) {
                sync.destroyForcibly();
                killedWhileSyncing++;
            }
            assertTrue(sync.waitFor(60, TimeUnit.SECONDS), "the process ended");

            assertFsckClean(breda.region());
            assertTrue(isAncestor(breda.region(), before, head(breda)), "round " + round + ": no commit of main lost");

            Cli.Result again = cli.run("sync", "-w", breda.workspace().root().toString());
            assertEquals(0, again.exitCode(), "round " + round + " (killed after " + delay + " ms): " + again.out()
                    + again.err());
            assertFsckClean(breda.region());
            assertEquals("", git(breda.region(), "status", "--porcelain"), "the working tree matches main");
            for (Member peer : peers) {
                assertTrue(isAncestor(breda.region(), head(peer), head(breda)), peer.name() + "'s work is in");
            }
        }
        assertTrue(killedWhileSyncing >= KILLS / 2, "most kills hit a running sync: " + killedWhileSyncing);
        for (Member peer : peers) {
            assertFsckClean(peer.region());
        }
    }

    /** Every peer changes its own action and its own contribution: a new commit each, no conflict. */
    private void edit(List<Member> peers, int round) throws IOException {
        for (Member peer : peers) {
            String id = peer.code() + "-actie";
            commitAction(peer, id, action(id, peer.code(), List.of(peer.code()), "  " + peer.code() + ": "
                    + (round + 1) * 100 + "\n"), "Ronde " + round);
        }
    }

    private static String head(Member member) {
        try (PlanRepository git = PlanRepository.open(member.region())) {
            return git.head().orElseThrow();
        }
    }

    private static boolean isAncestor(Path repository, String ancestor, String descendant) {
        try (PlanRepository git = PlanRepository.open(repository)) {
            return git.isAncestor(ancestor, descendant);
        }
    }

    private static void assertFsckClean(Path repository) throws Exception {
        assertEquals("", git(repository, "fsck", "--full", "--strict", "--no-dangling"), "git fsck of " + repository);
    }

    private static String git(Path directory, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of("git"));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(directory.toFile()).redirectErrorStream(true);
        builder.environment().put("GIT_CONFIG_NOSYSTEM", "1");
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(60, TimeUnit.SECONDS), "git " + String.join(" ", args));
        return output;
    }

    /** {@code bin/veerkracht} as a user runs it, with its own bundle cache. */
    private record Cli(Path cache) {

        record Result(int exitCode, String out, String err) {
        }

        Process start(String... args) throws IOException {
            List<String> command = new ArrayList<>(List.of(home.resolve("bin/veerkracht").toString()));
            command.addAll(List.of(args));
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
            builder.environment().put("VEERKRACHT_CACHE", cache.toString());
            return builder.start();
        }

        /**
         * Waits (bounded) until the process prints a line containing {@code text}; the rest of its output
         * is read on, so that it never blocks on a full pipe.
         *
         * @return whether it printed it (false: it ended first, or not within {@code seconds})
         */
        boolean awaitOutput(Process process, String text, int seconds) throws InterruptedException {
            CountDownLatch seen = new CountDownLatch(1);
            AtomicBoolean printed = new AtomicBoolean();
            Thread reader = new Thread(() -> {
                try (BufferedReader lines = new BufferedReader(new InputStreamReader(process.getInputStream(),
                        StandardCharsets.UTF_8))) {
                    for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                        if (line.contains(text)) {
                            printed.set(true);
                            seen.countDown();
                        }
                    }
                } catch (IOException e) {
                    // the process was killed: its output ends here
                } finally {
                    seen.countDown();
                }
            });
            reader.setDaemon(true);
            reader.start();
            seen.await(seconds, TimeUnit.SECONDS);
            return printed.get();
        }

        Result run(String... args) throws Exception {
            Process process = start(args);
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(process.waitFor(120, TimeUnit.SECONDS), "bin/veerkracht " + String.join(" ", args));
            return new Result(process.exitValue(), output, "");
        }
    }
}
