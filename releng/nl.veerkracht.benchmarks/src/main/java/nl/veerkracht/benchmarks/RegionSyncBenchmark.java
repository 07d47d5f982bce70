package nl.veerkracht.benchmarks;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

import nl.veerkracht.junit.workspace.RealServices;
import nl.veerkracht.region.NewMember;
import nl.veerkracht.region.NewRegion;
import nl.veerkracht.region.RegionService;
import nl.veerkracht.store.Author;
import nl.veerkracht.store.PlanStore;
import nl.veerkracht.store.RepositoryName;
import nl.veerkracht.store.Workspace;

/**
 * {@code bin/veerkracht sync} of a member of a 10-member region (peer to peer: it fetches the other nine)
 * when nothing is new, against {@code git fetch --all} in the same regional repository with the same nine
 * members as remotes. Both are whole processes, single-shot time, in the same fork; the bundle cache of
 * bin/veerkracht is warm (every run but the first after installing).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 10)
@Fork(1)
public class RegionSyncBenchmark {

    private static final List<String> CODES = List.of("GM0758", "GM0777", "GM1674", "GM0748", "GM1709", "GM0840",
            "GM0879", "GM0851", "GM0873", "GM0744");

    private Path root;
    private Path cache;
    private List<String> veerkrachtSync;
    private List<String> gitFetchAll;

    @Setup(Level.Trial)
    public void prepare() throws IOException, InterruptedException {
        root = Files.createTempDirectory("veerkracht-sync-benchmark");
        cache = Files.createTempDirectory("veerkracht-sync-benchmark-cache");
        PlanStore store = RealServices.planStore();
        RegionService regions = RealServices.regionService(store);
        List<Workspace> workspaces = new ArrayList<>();
        for (String code : CODES) {
            workspaces.add(store.init(root.resolve(code), code, "Gemeente " + code, Optional.of("PV30"),
                    Optional.of(new Author("Beleid " + code, code.toLowerCase() + "@example.nl"))));
        }
        Workspace coordinator = workspaces.get(0);
        regions.create(coordinator, new NewRegion("west-brabant", "West-Brabant", Optional.empty(), Optional.empty(),
                false));
        RepositoryName region = RepositoryName.region("west-brabant");
        for (int i = 1; i < CODES.size(); i++) {
            regions.addMember(coordinator, "west-brabant", new NewMember(CODES.get(i), "Gemeente " + CODES.get(i),
                    workspaces.get(i).directoryOf(region).toString(), Optional.empty(), Optional.empty()));
        }
        Files.createDirectories(coordinator.directoryOf(region).resolve("actions"));
        for (int i = 0; i < 50; i++) {
            Files.writeString(coordinator.directoryOf(region).resolve(RegionalMergeBenchmark.path(i)),
                    RegionalMergeBenchmark.action(i, "planned", 1000), StandardCharsets.UTF_8);
        }
        store.commit(coordinator, region, "Vijftig gedeelde acties", Optional.empty());
        for (int i = 1; i < CODES.size(); i++) {
            regions.join(workspaces.get(i), coordinator.directoryOf(region).toString());
        }
        Path clone = coordinator.directoryOf(region);
        for (int i = 1; i < CODES.size(); i++) {
            ProcessRuns.run(List.of("git", "-C", clone.toString(), "remote", "add", CODES.get(i),
                    workspaces.get(i).directoryOf(region).toString()), Map.of(), 0);
        }
        veerkrachtSync = List.of(ProcessRuns.productHome().resolve("bin/veerkracht").toString(), "sync", "-w",
                coordinator.root().toString());
        gitFetchAll = List.of("git", "-C", clone.toString(), "fetch", "--all", "--quiet");
        ProcessRuns.run(veerkrachtSync, Map.of("VEERKRACHT_CACHE", cache.toString()), 0);
        ProcessRuns.run(gitFetchAll, Map.of(), 0);
    }

    @TearDown(Level.Trial)
    public void cleanUp() throws IOException {
        StartupBenchmark.deleteTree(root);
        StartupBenchmark.deleteTree(cache);
    }

    @Benchmark
    public void baselineGitFetchAll() throws IOException, InterruptedException {
        ProcessRuns.run(gitFetchAll, Map.of(), 0);
    }

    @Benchmark
    public void veerkrachtSyncNothingNew() throws IOException, InterruptedException {
        ProcessRuns.run(veerkrachtSync, Map.of("VEERKRACHT_CACHE", cache.toString()), 0);
    }
}
