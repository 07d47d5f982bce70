package nl.veerkracht.benchmarks;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * Runs the benchmarks and prints every figure as a ratio against the baseline of its group,
 * measured in the same run (absolute times on a shared 2-core machine mean little on their own).
 */
public final class RunBenchmarks {

    /** Each measured benchmark and the baseline it is divided by. */
    private static final Map<String, String> BASELINES = new LinkedHashMap<>();

    static {
        BASELINES.put("StartupBenchmark.veerkrachtVersionWarmCache", "StartupBenchmark.baselineJavaVersion");
        BASELINES.put("StartupBenchmark.veerkrachtVersionEmptyCache", "StartupBenchmark.baselineJavaVersion");
        BASELINES.put("RegionalMergeBenchmark.veerkrachtMerge", "RegionalMergeBenchmark.baselineGitMergeTree");
        BASELINES.put("RegionSyncBenchmark.veerkrachtSyncNothingNew", "RegionSyncBenchmark.baselineGitFetchAll");
        BASELINES.put("IndexBenchmark.indexNationalFromScratch", "IndexBenchmark.baselineReadNational");
        BASELINES.put("IndexBenchmark.followTenChangedActions", "IndexBenchmark.baselineIndexTenActionsAlone");
        BASELINES.put("IndexBenchmark.catchUpTenChangedActions", "IndexBenchmark.baselineIndexTenActionsAlone");
    }

    private RunBenchmarks() {
    }

    public static void main(String[] args) throws RunnerException, IOException {
        String include = args.length > 0 ? args[0] : ".*";
        String reportFile = System.getProperty("veerkracht.benchmark.report");
        Path facts = reportFile != null ? Path.of(reportFile).resolveSibling("benchmark-facts.properties")
                : Files.createTempFile("veerkracht-benchmark-facts", ".properties");
        Files.deleteIfExists(facts);
        Options options = new OptionsBuilder()
                .include(include)
                .jvmArgsAppend("-Dveerkracht.product.home=" + System.getProperty("veerkracht.product.home"),
                        "-Dveerkracht.benchmark.facts=" + facts)
                .build();
        Collection<RunResult> results = new Runner(options).run();

        Map<String, Double> scores = new LinkedHashMap<>();
        Map<String, String> units = new LinkedHashMap<>();
        for (RunResult result : results) {
            String name = shortName(result.getParams().getBenchmark());
            scores.put(name, result.getPrimaryResult().getScore());
            units.put(name, result.getPrimaryResult().getScoreUnit());
        }
        List<String> lines = new ArrayList<>();
        lines.add("java -version: " + System.getProperty("java.vm.name") + " " + System.getProperty("java.version")
                + ", " + Runtime.getRuntime().availableProcessors() + " cores");
        for (Map.Entry<String, String> pair : BASELINES.entrySet()) {
            Double measured = scores.get(pair.getKey());
            Double baseline = scores.get(pair.getValue());
            if (measured == null || baseline == null) {
                continue;
            }
            lines.add(String.format(Locale.ROOT, "%-45s %9.1f %s = %5.1f x %s (%.1f %s)", pair.getKey(), measured,
                    units.get(pair.getKey()), measured / baseline, pair.getValue(), baseline, units.get(pair.getValue())));
        }
        lines.addAll(IndexFigures.lines(facts, scores));
        String report = String.join("\n", lines) + "\n";
        System.out.print(report);
        if (reportFile != null) {
            Files.writeString(Path.of(reportFile), report, StandardCharsets.UTF_8);
        }
    }

    private static String shortName(String benchmark) {
        String[] parts = benchmark.split("\\.");
        return parts[parts.length - 2] + "." + parts[parts.length - 1];
    }
}
