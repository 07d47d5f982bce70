package nl.veerkracht.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;

import nl.veerkracht.model.validation.Language;

/** Reading a whole repository as the store hands it over: every file by path. */
class ReadAllTest {

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static List<String> problems(PlanRead read, Language language) {
        return read.problems().stream().map(problem -> problem.render(language)).toList();
    }

    @Test
    void filesThatAreNotPlanFilesAreSkipped() {
        Map<String, byte[]> files = new TreeMap<>(Fixtures.repository("canonical/province"));
        files.put("README.md", utf8("# Noord-Brabant\n"));
        files.put(".gitignore", utf8(".veerkracht/\n"));
        files.put(".veerkracht/config.yaml", utf8("\t- not even YAML\n"));
        files.put("tasks/.gitkeep", new byte[0]);

        PlanRead read = PlanFiles.readAll(files);

        assertEquals(List.of(), read.problems());
        assertEquals(List.of("plan.yaml", "tasks/digitalisering-mkb.yaml"), List.copyOf(read.snapshot().documents().keySet()));
    }

    @Test
    void aMisnamedFileInAnEntityFolderIsAProblemRatherThanSilentlyIgnored() {
        Map<String, byte[]> files = new TreeMap<>(Fixtures.repository("canonical/province"));
        files.put("tasks/energie.yml", utf8("id: energie\n"));
        files.put("tasks/oud/energie.yaml", utf8("id: energie\n"));

        assertEquals(List.of(
                "tasks/energie.yml:1:1: 'tasks/energie.yml' is not a plan file and is not read; files here are named like tasks/<id>.yaml",
                "tasks/oud/energie.yaml:1:1: 'tasks/oud/energie.yaml' is not a plan file and is not read; files here are named like tasks/<id>.yaml"),
                problems(PlanFiles.readAll(files), Language.EN));
    }

    @Test
    void everyProblemOfEveryFileIsCollectedInFileOrder() {
        Map<String, byte[]> files = new TreeMap<>(Fixtures.repository("canonical/municipality"));
        files.put("needs/huur.yaml", utf8("id: huur\ntitle: Huur\r\n"));
        files.put("actions/terrassen-verruimen.yaml", utf8(new String(files.get("actions/terrassen-verruimen.yaml"),
                StandardCharsets.UTF_8).replace("term: short", "term: kort").replace("  - khn-breda", "  - khn")));
        files.put("../buiten.yaml", utf8("id: x\n"));

        PlanRead read = PlanFiles.readAll(files);

        assertEquals(List.of(
                "../buiten.yaml:1:1: '../buiten.yaml' is geen pad binnen de repository",
                "actions/terrassen-verruimen.yaml:5:7: term moet short, medium of long zijn, niet 'kort'",
                "actions/terrassen-verruimen.yaml:14:5: stakeholders: er is geen belanghebbende 'khn' (stakeholders/khn.yaml)",
                "needs/huur.yaml:2:12: regeleinde met CR (Windows); planbestanden gebruiken alleen LF als regeleinde"),
                problems(read, Language.NL));
        assertTrue(read.contents().needs().containsKey("liquiditeit-horeca"));
        assertFalse(read.snapshot().contains("needs/huur.yaml"));
    }

    @Test
    void aFileThatCannotBeReadIsNotAlsoReportedAsMissing() {
        Map<String, byte[]> files = new TreeMap<>(Fixtures.repository("canonical/municipality"));
        files.put("plan.yaml", utf8("kind: municipality\ncode: GM0758\nname: \"Breda\n"));
        files.put("needs/liquiditeit-horeca.yaml", utf8("id: liquiditeit-horeca\ntitle: &t Liquiditeit\n"));

        assertEquals(List.of(
                "needs/liquiditeit-horeca.yaml:2:8: anchors (&t) are not allowed in plan files; write the value out",
                "plan.yaml:3:7: a quoted value that is never closed; add the closing quote"),
                problems(PlanFiles.readAll(files), Language.EN));
    }
}
