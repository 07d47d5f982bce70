package nl.veerkracht.benchmarks;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

/**
 * The figures of the index benchmark that are not times: entities per second of the rebuild and its
 * peak heap, from the facts the measuring JVM recorded and the rebuild's time in the same run.
 */
final class IndexFigures {

    private IndexFigures() {
    }

    static List<String> lines(Path factsFile, Map<String, Double> scores) throws IOException {
        List<String> lines = new ArrayList<>();
        Double rebuild = scores.get("IndexBenchmark.indexNationalFromScratch");
        Double read = scores.get("IndexBenchmark.baselineReadNational");
        if (rebuild == null || !Files.exists(factsFile)) {
            return lines;
        }
        Properties facts = new Properties();
        try (InputStream in = Files.newInputStream(factsFile)) {
            facts.load(in);
        }
        long entities = Long.parseLong(facts.getProperty("national.entities", "0"));
        long peak = Long.parseLong(facts.getProperty("national.peakHeapBytes", "0"));
        long max = Long.parseLong(facts.getProperty("national.maxHeapBytes", "0"));
        lines.add(String.format(Locale.ROOT, "index from scratch: %d entities in %.0f ms = %.0f entities/s"
                + " (reading and parsing them alone: %.0f entities/s)", entities, rebuild, entities / (rebuild / 1000),
                read == null ? Double.NaN : entities / (read / 1000)));
        lines.add(String.format(Locale.ROOT, "index from scratch: peak heap %.0f MiB of a %.0f MiB maximum",
                peak / 1048576.0, max / 1048576.0));
        return lines;
    }
}
