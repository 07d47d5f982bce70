package nl.veerkracht.charts;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;

import nl.veerkracht.format.PlanFiles;
import nl.veerkracht.format.PlanRead;
import nl.veerkracht.model.PlanContents;

/** Small plans for the charts' tests, written as their files are and read as the product reads them. */
final class Plans {

    static final String BREDA = """
            kind: municipality
            code: GM0758
            name: Breda
            budget:
              lines:
                - id: ez-2026
                  title: Programmabegroting economie 2026
                  source: existing
                  amount: 250000
            """;

    private Plans() {
    }

    /** A plan of {@code pathsAndTexts}: a path, its text, a path, its text... */
    static PlanContents read(String... pathsAndTexts) {
        Map<String, byte[]> files = new TreeMap<>();
        for (int i = 0; i < pathsAndTexts.length; i += 2) {
            files.put(pathsAndTexts[i], pathsAndTexts[i + 1].getBytes(StandardCharsets.UTF_8));
        }
        PlanRead read = PlanFiles.readAll(files);
        assertTrue(read.isValid(), read.problems().toString());
        return read.contents();
    }

    /** An action's file. */
    static String action(String id, String term, String status, String budget) {
        return "id: " + id + "\ntitle: " + id + "\nterm: " + term + "\n" + budget + "status: " + status + "\n";
    }
}
