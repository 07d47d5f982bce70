package nl.veerkracht.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

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

/**
 * Start of the runtime to the first command answered, as whole processes: {@code bin/veerkracht
 * --version} with a warm bundle cache (every run after the first) and with an empty one (the first
 * run after installing), against the baseline of a bare JVM answering {@code java -version} with
 * the same JVM options, measured in the same run.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 10)
@Fork(1)
public class StartupBenchmark {

    private Path cache;
    private List<String> veerkrachtVersion;
    private List<String> javaVersion;

    @Setup(Level.Trial)
    public void prepare() throws IOException, InterruptedException {
        cache = Files.createTempDirectory("veerkracht-benchmark-cache");
        veerkrachtVersion = List.of(ProcessRuns.productHome().resolve("bin/veerkracht").toString(), "--version");
        // the options bin/veerkracht gives its JVM
        javaVersion = List.of(ProcessRuns.javaExecutable(), "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
                "-XX:-UsePerfData", "-Xshare:auto", "-version");
        ProcessRuns.run(veerkrachtVersion, Map.of("VEERKRACHT_CACHE", cache.toString()), 0);
    }

    @TearDown(Level.Trial)
    public void cleanUp() throws IOException {
        deleteTree(cache);
    }

    @Benchmark
    public void baselineJavaVersion() throws IOException, InterruptedException {
        ProcessRuns.run(javaVersion, Map.of(), 0);
    }

    @Benchmark
    public void veerkrachtVersionWarmCache() throws IOException, InterruptedException {
        ProcessRuns.run(veerkrachtVersion, Map.of("VEERKRACHT_CACHE", cache.toString()), 0);
    }

    /** Every invocation gets a fresh, empty cache: the first run after installing the product. */
    @State(Scope.Thread)
    public static class EmptyCache {
        Path directory;

        @Setup(Level.Invocation)
        public void create() throws IOException {
            directory = Files.createTempDirectory("veerkracht-benchmark-empty-cache");
        }

        @TearDown(Level.Invocation)
        public void delete() throws IOException {
            deleteTree(directory);
        }
    }

    @Benchmark
    public void veerkrachtVersionEmptyCache(EmptyCache empty) throws IOException, InterruptedException {
        ProcessRuns.run(veerkrachtVersion, Map.of("VEERKRACHT_CACHE", empty.directory.toString()), 0);
    }

    static void deleteTree(Path root) throws IOException {
        if (root == null || !Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
