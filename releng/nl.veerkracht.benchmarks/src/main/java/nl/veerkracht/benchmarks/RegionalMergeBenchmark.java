package nl.veerkracht.benchmarks;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
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

import nl.veerkracht.region.SemanticMergeTree;
import nl.veerkracht.store.Author;
import nl.veerkracht.store.PlanRepository;

/**
 * The semantic merge of two branches of a 10,000-action regional plan, 1,000 actions changed on each side
 * (200 of them on both sides, in different fields), in process and warmed up, against C git's
 * {@code git merge-tree --write-tree} on the same two commits, measured the same way: each invocation is
 * one whole merge from two commit ids to a tree written in the same repository (Veerkracht opens the
 * repository afresh and starts with empty caches; git starts a process, which costs it a few
 * milliseconds), single-shot time, in the same fork.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5)
@Measurement(iterations = 10)
@Fork(1)
public class RegionalMergeBenchmark {

    static final int ACTIONS = 10_000;
    static final int CHANGED = 1_000;
    static final int BOTH = 200;

    private Path directory;
    private String ours;
    private String theirs;

    @Setup(Level.Trial)
    public void prepare() throws IOException {
        directory = Files.createTempDirectory("veerkracht-merge-benchmark");
        Author author = new Author("Benchmark", "benchmark@example.nl");
        try (PlanRepository git = PlanRepository.create(directory)) {
            Map<String, byte[]> base = new TreeMap<>();
            base.put("plan.yaml", plan().getBytes(StandardCharsets.UTF_8));
            for (int i = 0; i < ACTIONS; i++) {
                base.put(path(i), action(i, "planned", 50_000).getBytes(StandardCharsets.UTF_8));
            }
            String root = git.writeCommit(base, List.of(), "Tienduizend acties", author, "GM0758");
            Map<String, byte[]> ourFiles = new TreeMap<>(base);
            for (int i = 0; i < CHANGED; i++) {
                ourFiles.put(path(i), action(i, "running", 50_000).getBytes(StandardCharsets.UTF_8));
            }
            ours = git.writeCommit(ourFiles, List.of(root), "Duizend lopen", author, "GM0758");
            Map<String, byte[]> theirFiles = new TreeMap<>(base);
            for (int i = CHANGED - BOTH; i < 2 * CHANGED - BOTH; i++) {
                theirFiles.put(path(i), action(i, "planned", 60_000 + i).getBytes(StandardCharsets.UTF_8));
            }
            theirs = git.writeCommit(theirFiles, List.of(root), "Duizend budgetten", author, "GM0777");
            git.advanceBranch(Optional.empty(), ours, directory.resolve(".git/veerkracht-state"));
        }
    }

    @TearDown(Level.Trial)
    public void cleanUp() throws IOException {
        StartupBenchmark.deleteTree(directory);
    }

    static String path(int i) {
        return "actions/" + id(i) + ".yaml";
    }

    private static String id(int i) {
        return String.format("GM0758-actie-%05d", i);
    }

    static String plan() {
        StringBuilder text = new StringBuilder("kind: region\nid: west-brabant\nname: West-Brabant\nprovince: PV30\n"
                + "coordinator: GM0758\nrequire_signed: false\nmembers:\n");
        for (String code : List.of("GM0758", "GM0777", "GM1674", "GM0748")) {
            text.append("  - code: ").append(code).append("\n    name: Gemeente ").append(code).append('\n');
        }
        return text.toString();
    }

    static String action(int i, String status, int amount) {
        return "id: " + id(i) + "\ntitle: Actie " + i + "\ndescription: |\n  Een gedeelde actie van de regio.\n"
                + "  Met een tweede regel.\nterm: medium\nbudget:\n  amount: " + amount + "\n  source: region\n"
                + "status: " + status + "\nprogress: 10\nlead_municipality: GM0758\nparticipants:\n  - GM0758\n"
                + "  - GM0777\n  - GM1674\ncontributions:\n  GM0758: 1000\n";
    }

    @Benchmark
    public String baselineGitMergeTree() throws IOException, InterruptedException {
        ProcessRuns.run(List.of("git", "-C", directory.toString(), "merge-tree", "--write-tree", ours, theirs),
                Map.of(), 0);
        return ours;
    }

    @Benchmark
    public String veerkrachtMerge() {
        try (PlanRepository git = PlanRepository.open(directory)) {
            return SemanticMergeTree.write(git, ours, theirs)
                    .orElseThrow(() -> new IllegalStateException("the benchmark's merge has conflicts"));
        }
    }
}
