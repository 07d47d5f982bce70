package nl.veerkracht.format;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import nl.veerkracht.model.validation.Problem;

/**
 * Validating one file against a plan read before (what the desktop client does as a user types) tells
 * exactly what reading the whole repository again would tell about that file.
 */
class ReadOnePropertiesTest {

    private static final List<String> REPOSITORIES = List.of("canonical/municipality", "canonical/region",
            "canonical/province");

    /** A repository, one file of it replaced (a new file, a changed one, a broken one), and what readAll said before. */
    record Edit(String repository, String path, byte[] content) {
        @Override
        public String toString() {
            return repository + " " + path + ":\n" + new String(content, StandardCharsets.UTF_8);
        }
    }

    @Provide
    Arbitrary<Edit> edits() {
        Arbitrary<String> repository = Arbitraries.of(REPOSITORIES);
        Arbitrary<Edit> written = Combinators.combine(repository, PlanDocuments.files())
                .as((folder, file) -> new Edit(folder, file.path(), PlanFiles.write(file.path(), file.document())));
        // an existing file with text inserted, cut or replaced: a reference to nothing, a bad value, bad YAML
        Arbitrary<Edit> changed = Combinators.combine(repository, Arbitraries.integers().between(0, Integer.MAX_VALUE),
                Arbitraries.integers().between(0, Integer.MAX_VALUE),
                Arbitraries.of("-5", "kort", "x", "\t", ": ", "&a ", "2026-02-30", "[", "\r", "\"", "khn", ""))
                .as((folder, which, where, insert) -> {
                    Map<String, byte[]> files = Fixtures.repository(folder);
                    List<String> paths = List.copyOf(new TreeMap<>(files).keySet());
                    String path = paths.get(which % paths.size());
                    String text = new String(files.get(path), StandardCharsets.UTF_8);
                    int at = where % (text.length() + 1);
                    return new Edit(folder, path, (text.substring(0, at) + insert + text.substring(at))
                            .getBytes(StandardCharsets.UTF_8));
                });
        return Arbitraries.oneOf(written, changed);
    }

    @Property(tries = 2000)
    void oneFileValidatedAgainstThePlanAsReadIsAsTheWholeRepositoryReadAgain(@ForAll("edits") Edit edit) {
        Map<String, byte[]> before = new TreeMap<>(Fixtures.repository(edit.repository()));
        PlanRead read = PlanFiles.readAll(before);
        Map<String, byte[]> after = new TreeMap<>(before);
        after.put(edit.path(), edit.content());

        List<Problem> expected = PlanFiles.readAll(after).problems().stream()
                .filter(problem -> problem.path().equals(edit.path()))
                .toList();

        assertEquals(expected, PlanFiles.readOne(read, before.keySet(), edit.path(), edit.content()));
    }

    @Property(tries = 300)
    void anUnreadableOtherFileCountsAsThere(@ForAll("edits") Edit edit) {
        // another file that cannot be read: references to it are resolved, as readAll resolves them
        Assume.that(edit.repository().equals("canonical/municipality"));
        Map<String, byte[]> before = new TreeMap<>(Fixtures.repository(edit.repository()));
        String broken = before.keySet().stream().filter(path -> !path.equals(edit.path()) && !path.equals("plan.yaml"))
                .findFirst().orElseThrow();
        before.put(broken, "id: [\n".getBytes(StandardCharsets.UTF_8));
        PlanRead read = PlanFiles.readAll(before);
        Map<String, byte[]> after = new TreeMap<>(before);
        after.put(edit.path(), edit.content());

        assertEquals(PlanFiles.readAll(after).problems().stream()
                .filter(problem -> problem.path().equals(edit.path())).toList(),
                PlanFiles.readOne(read, before.keySet(), edit.path(), edit.content()));
    }
}
