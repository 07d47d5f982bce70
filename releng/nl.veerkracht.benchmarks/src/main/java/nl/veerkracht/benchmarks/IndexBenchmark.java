package nl.veerkracht.benchmarks;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
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
import org.openjdk.jmh.infra.Blackhole;

import nl.veerkracht.format.PlanFiles;
import nl.veerkracht.format.PlanRead;
import nl.veerkracht.index.IndexUpdate;
import nl.veerkracht.index.StandaloneWorkspaceIndex;
import nl.veerkracht.store.PlanRepository;
import nl.veerkracht.store.RepositoryName;
import nl.veerkracht.store.Workspace;

/**
 * The workspace index at national scale (see {@link NationalWorkspace}), on embedded H2 in the workspace,
 * in a JVM of at most 512 MiB heap with the product's collector:
 * <ul>
 * <li>{@link #indexNationalFromScratch} (a rebuild) against {@link #baselineReadNational}: reading and
 * parsing the same files from Git with the plan store and the format, as any command that reads the
 * whole workspace does; the peak heap of the rebuild and the entities are written to the facts file;</li>
 * <li>{@link #followTenChangedActions} (the listener's update after a sync changed ten actions of one
 * member's plan) and {@link #catchUpTenChangedActions} (the next command's catch-up, which also looks at
 * the head of every one of the 355 repositories) against {@link #baselineIndexTenActionsAlone}: indexing
 * the same ten actions as the only contents of a new repository of a small workspace.</li>
 * </ul>
 * The 1 s it takes to open the database is outside every measurement (it is opened in the setup).
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
// jvmArgs, not jvmArgsAppend: RunBenchmarks appends its own arguments, which would replace these
@Fork(value = 1, jvmArgs = {"-Xmx512m", "-XX:+UseSerialGC"})
public class IndexBenchmark {

    /** The generated national workspace and its index, opened (and, for the updates, built) in the setup. */
    @State(Scope.Benchmark)
    public static class National {
        Path root;
        Workspace workspace;
        StandaloneWorkspaceIndex index;
        final HeapWatch heap = new HeapWatch();
        long peakHeap;
        int entities;
        int revision;
        RepositoryName changed = RepositoryName.member(NationalWorkspace.municipality(200));
        Optional<String> before = Optional.empty();
        String after;

        @Setup(Level.Trial)
        public void generate() throws IOException {
            root = Files.createTempDirectory("veerkracht-benchmark-national");
            workspace = NationalWorkspace.generate(root);
            try (PlanRepository plan = workspace.open(RepositoryName.PLAN)) {
                PlanRead read = PlanFiles.readAll(plan.filesAt(plan.head().orElseThrow()));
                if (!read.isValid()) {
                    throw new IllegalStateException("the generated plan is not valid: " + read.problems().get(0));
                }
            }
            index = StandaloneWorkspaceIndex.embedded();
            index.status(workspace);
        }

        @TearDown(Level.Trial)
        public void close() throws Exception {
            index.close();
            heap.close();
            StartupBenchmark.deleteTree(root);
            if (entities == 0) {
                return;
            }
            IndexBenchmark.recordFacts(Map.of("national.entities", Integer.toString(entities),
                    "national.peakHeapBytes", Long.toString(peakHeap),
                    "national.maxHeapBytes", Long.toString(Runtime.getRuntime().maxMemory())));
        }
    }

    /** Before each update: the index current, then ten actions of one member's plan changed in one commit. */
    @State(Scope.Benchmark)
    public static class TenChanged {

        @Setup(Level.Trial)
        public void build(National national) {
            national.index.rebuild(national.workspace);
        }

        @Setup(Level.Invocation)
        public void changeTenActions(National national) throws IOException {
            // the measured update before this one left nothing behind
            IndexUpdate pending = national.index.update(national.workspace);
            if (!pending.changed().isEmpty()) {
                throw new IllegalStateException("the index was not current: " + pending.changed());
            }
            Path directory = national.workspace.directoryOf(national.changed);
            try (PlanRepository git = PlanRepository.open(directory)) {
                national.before = git.head();
            }
            national.after = NationalWorkspace.commit(directory, NationalWorkspace.municipalFiles(200, ++national.revision),
                    NationalWorkspace.municipality(200));
        }
    }

    /** A small workspace (one plan) that gets a new repository holding only the ten changed actions. */
    @State(Scope.Benchmark)
    public static class TenAlone {
        Path root;
        Workspace workspace;
        StandaloneWorkspaceIndex index;
        int revision;
        final RepositoryName repository = RepositoryName.member(NationalWorkspace.municipality(200));
        String head;

        @Setup(Level.Trial)
        public void generate() throws IOException {
            root = Files.createTempDirectory("veerkracht-benchmark-ten");
            NationalWorkspace.commit(root.resolve("plan"), Map.of("plan.yaml", PlanFiles.write("plan.yaml",
                    nl.veerkracht.model.document.MapNode.of(Map.of("kind", nl.veerkracht.model.document.ScalarNode.string("municipality"),
                            "code", nl.veerkracht.model.document.ScalarNode.string("GM0001"), "name",
                            nl.veerkracht.model.document.ScalarNode.string("Gemeente 1"))))), "GM0001");
            workspace = Workspace.at(root);
            index = StandaloneWorkspaceIndex.embedded();
            index.rebuild(workspace);
        }

        @Setup(Level.Invocation)
        public void newRepositoryWithTenActions() throws IOException {
            Path directory = workspace.directoryOf(repository);
            if (Files.exists(directory)) {
                StartupBenchmark.deleteTree(directory);
                index.update(workspace);
            }
            Map<String, byte[]> all = NationalWorkspace.municipalFiles(200, ++revision);
            Map<String, byte[]> ten = new TreeMap<>();
            all.forEach((path, content) -> {
                if (path.startsWith("actions/actie-00")) {
                    ten.put(path, content);
                }
            });
            head = NationalWorkspace.commit(directory, ten, NationalWorkspace.municipality(200));
        }

        @TearDown(Level.Trial)
        public void close() throws IOException {
            index.close();
            StartupBenchmark.deleteTree(root);
        }
    }

    // Three warm-up runs for both national figures: after one, the compilers were still at work on this
    // 2-core machine (the second run was about a quarter slower than the fourth and later ones).
    @Benchmark
    @Warmup(iterations = 3)
    @Measurement(iterations = 3)
    public void baselineReadNational(National national, Blackhole blackhole) {
        int entities = 0;
        for (RepositoryName repository : national.workspace.repositories()) {
            try (PlanRepository git = national.workspace.open(repository)) {
                PlanRead read = PlanFiles.readAll(git.filesAt(git.head().orElseThrow()));
                entities += read.snapshot().size();
                blackhole.consume(read);
            }
        }
        if (entities != NationalWorkspace.ENTITIES) {
            throw new IllegalStateException("read " + entities + " entities, expected " + NationalWorkspace.ENTITIES);
        }
    }

    @Benchmark
    @Warmup(iterations = 3)
    @Measurement(iterations = 3)
    public IndexUpdate indexNationalFromScratch(National national) {
        national.heap.reset();
        IndexUpdate rebuild = national.index.rebuild(national.workspace);
        national.peakHeap = Math.max(national.peakHeap, national.heap.peak());
        national.entities = rebuild.written();
        if (rebuild.written() != NationalWorkspace.ENTITIES) {
            throw new IllegalStateException("indexed " + rebuild.written() + " entities, expected " + NationalWorkspace.ENTITIES);
        }
        return rebuild;
    }

    @Benchmark
    @Warmup(iterations = 30)
    @Measurement(iterations = 30)
    public void followTenChangedActions(National national, TenChanged changed) {
        national.index.repositoryUpdated(national.workspace, national.changed, national.before, national.after);
    }

    @Benchmark
    @Warmup(iterations = 30)
    @Measurement(iterations = 30)
    public IndexUpdate catchUpTenChangedActions(National national, TenChanged changed) {
        IndexUpdate update = national.index.update(national.workspace);
        if (update.changed().size() != 1 || update.written() != 10) {
            throw new IllegalStateException("expected ten actions of one repository, got " + update.changed());
        }
        return update;
    }

    @Benchmark
    @Warmup(iterations = 30)
    @Measurement(iterations = 30)
    public void baselineIndexTenActionsAlone(TenAlone alone) {
        alone.index.repositoryUpdated(alone.workspace, alone.repository, Optional.empty(), alone.head);
    }

    /** Adds facts of this run to the file RunBenchmarks prints them from (in the JVM that measured them). */
    static synchronized void recordFacts(Map<String, String> facts) throws IOException {
        String file = System.getProperty("veerkracht.benchmark.facts");
        if (file == null) {
            return;
        }
        Path path = Path.of(file);
        Properties properties = new Properties();
        if (Files.exists(path)) {
            try (var in = Files.newInputStream(path)) {
                properties.load(in);
            }
        }
        properties.putAll(facts);
        try (OutputStream out = Files.newOutputStream(path)) {
            properties.store(out, "facts of the index benchmark");
        }
    }
}
