package nl.veerkracht.checklist;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import nl.veerkracht.format.PlanFiles;
import nl.veerkracht.format.PlanRead;
import nl.veerkracht.model.PlanContents;

/**
 * A plan repository written by hand in a test, file by file, read as the product reads it (the
 * files must be valid: the check judges good plans, validation judges well-formed ones).
 */
public final class TestPlan {

    private final TreeMap<String, String> files = new TreeMap<>();

    private TestPlan() {
    }

    /** A municipality's plan whose plan.yaml is the minimal one plus {@code lines} (YAML, each ending in a newline). */
    public static TestPlan municipality(String lines) {
        return new TestPlan().with("plan.yaml", "kind: municipality\ncode: GM0758\nname: Breda\nprovince: PV30\n" + lines);
    }

    /** A repository with exactly these files so far. */
    public static TestPlan empty() {
        return new TestPlan();
    }

    /** The same plan with the file at {@code path} (re)written. */
    public TestPlan with(String path, String content) {
        TestPlan copy = new TestPlan();
        copy.files.putAll(files);
        copy.files.put(path, content);
        return copy;
    }

    /** The same plan without the file at {@code path}. */
    public TestPlan without(String path) {
        TestPlan copy = new TestPlan();
        copy.files.putAll(files);
        copy.files.remove(path);
        return copy;
    }

    public Map<String, String> files() {
        return java.util.Collections.unmodifiableMap(files);
    }

    /** The plan, typed; fails the test when a file is not valid. */
    public PlanContents contents() {
        Map<String, byte[]> bytes = new TreeMap<>();
        files.forEach((path, text) -> bytes.put(path, text.getBytes(StandardCharsets.UTF_8)));
        PlanRead read = PlanFiles.readAll(bytes);
        assertEquals(List.of(), read.problems(), "the test's plan is valid");
        return read.contents();
    }

    /** The plan as the workspace's own plan, without region, province or approvals. */
    public PlanFacts facts() {
        return PlanFacts.of("plan", contents());
    }
}
