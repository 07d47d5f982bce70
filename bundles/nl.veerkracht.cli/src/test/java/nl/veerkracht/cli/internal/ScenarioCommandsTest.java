package nl.veerkracht.cli.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.veerkracht.junit.CGit;

/**
 * Issue 21 on the demo's Breda plan: its fallback scenario activated on a date in one commit and stood down in
 * one commit, as {@code log}, {@code diff}, {@code validate} and C git see them; and every refusal, each with
 * nothing written.
 */
class ScenarioCommandsTest {

    /** The demo's Breda plan as it stands after its last commit: the resource folders in the order of its story. */
    private static final Map<String, List<String>> DEMO_BREDA = new java.util.LinkedHashMap<>();

    static {
        DEMO_BREDA.put("1-plan", List.of("plan.yaml"));
        DEMO_BREDA.put("2-needs", List.of("needs/liquiditeit-horeca.yaml", "needs/ruimte-op-straat.yaml",
                "needs/een-aanspreekpunt.yaml", "needs/digitale-vaardigheden.yaml", "stakeholders/khn-breda.yaml",
                "stakeholders/ondernemersvereniging-binnenstad.yaml", "stakeholders/chasse-theater.yaml",
                "stakeholders/avans-hogeschool.yaml", "stakeholders/rabobank-breda.yaml"));
        DEMO_BREDA.put("3-actions", List.of("actions/terrassen-verruimen.yaml", "actions/ondernemersloket.yaml",
                "actions/binnenstad-digitaal.yaml", "actions/cultuur-in-de-wijk.yaml", "actions/circulaire-binnenstad.yaml",
                "indicators/terrassen-vergund.yaml", "indicators/terrassen-vergund.csv", "indicators/vestigingen.yaml",
                "indicators/vestigingen.csv", "indicators/vragen-loket.yaml", "indicators/winkels-online.yaml"));
        DEMO_BREDA.put("4-terrassen", List.of("actions/terrassen-verruimen.yaml", "indicators/terrassen-vergund.csv"));
        DEMO_BREDA.put("5-terugval", List.of("scenarios/terugval.yaml", "lessons/een-ondernemersloket.md"));
    }

    private static final String JAN = "J. de Vries <j.devries@breda.nl>";

    @TempDir
    Path temp;

    private final RegionCommandLine cli = new RegionCommandLine();
    private final CGit git = CGit.inTemporaryHome();
    private Path workspace;
    private Path plan;
    private String ws;

    @BeforeEach
    void breda() throws IOException {
        workspace = temp.resolve("breda");
        ws = workspace.toString();
        cli.ok("init", ws, "--code", "GM0758", "--name", "Breda", "--province", "PV30", "--author", JAN);
        plan = workspace.resolve("plan");
        for (Map.Entry<String, List<String>> folder : DEMO_BREDA.entrySet()) {
            for (String file : folder.getValue()) {
                try (InputStream in = getClass().getClassLoader()
                        .getResourceAsStream("OSGI-INF/demo/breda/" + folder.getKey() + "/" + file)) {
                    Files.createDirectories(plan.resolve(file).getParent());
                    Files.write(plan.resolve(file), in.readAllBytes());
                }
            }
        }
        cli.ok("commit", "-w", ws, "-m", "Breda's plan uit de demo", "--author", JAN);
    }

    private String read(String path) throws IOException {
        return Files.readString(plan.resolve(path));
    }

    private String head() throws Exception {
        return git.ok(plan, "rev-parse", "HEAD").strip();
    }

    private List<String> changedFiles(String from, String to) throws Exception {
        return git.ok(plan, "diff", "--name-only", from, to).lines().toList();
    }

    @Test
    void activationIsOneCommitWithTheRunbooksActionsAndTheSuspendedActionOnHold() throws Exception {
        String before = head();
        String terrassen = read("actions/terrassen-verruimen.yaml");
        CommandRun run = cli.ok("scenario", "activate", "-w", ws, "terugval", "--date", "2026-12-01", "--author", JAN);
        assertEquals(before, git.ok(plan, "rev-parse", "HEAD~1").strip(), "exactly one commit");
        assertEquals(List.of("actions/terrassen-verruimen.yaml", "actions/terugval-loket-opschalen.yaml",
                "actions/terugval-raad-informeren.yaml", "actions/terugval-terrassen-omzetten.yaml",
                "scenarios/terugval.yaml"), changedFiles("HEAD~1", "HEAD"));
        assertEquals("", git.ok(plan, "status", "--porcelain"), "nothing left uncommitted");
        git.assertFsckClean(plan);
        assertEquals(List.of("plan: geldig (26 bestanden)"), cli.ok("validate", "-w", ws).outLines());

        assertEquals("""
                id: terugval-loket-opschalen
                title: Ondernemersloket opschalen
                term: short
                lead: economische-zaken
                status: running
                start: 2026-12-01
                end: 2026-12-03
                scenario: terugval
                scenario_step: loket-opschalen
                """, read("actions/terugval-loket-opschalen.yaml"));
        assertTrue(read("actions/terugval-terrassen-omzetten.yaml").contains("end: 2026-12-04\n"));
        assertTrue(read("actions/terugval-raad-informeren.yaml").contains("lead: A. Jansen\n"));
        assertTrue(read("actions/terugval-raad-informeren.yaml").contains("end: 2026-12-08\n"));
        assertEquals(terrassen.replace("status: running\n",
                "status: suspended\nsuspended_by: terugval\nprevious_status: running\n"),
                read("actions/terrassen-verruimen.yaml"));
        assertTrue(read("scenarios/terugval.yaml").contains("reviewed: 2026-09-01\nactive_since: 2026-12-01\n"
                + "activated_by: J. de Vries\n"), read("scenarios/terugval.yaml"));

        List<String> out = run.outLines();
        assertTrue(out.get(0).matches("Scenario terugval \\(Terugval naar een lockdown\\) in werking sinds 2026-12-01: "
                + "vastgelegd als [0-9a-f]{10} in plan"), out.get(0));
        assertEquals(List.of(
                "  nieuwe actie terugval-loket-opschalen: Ondernemersloket opschalen; trekker economische-zaken, klaar uiterlijk 2026-12-03",
                "  nieuwe actie terugval-terrassen-omzetten: Terrasvergunningen omzetten naar afhaalpunten; trekker economische-zaken, klaar uiterlijk 2026-12-04",
                "  nieuwe actie terugval-raad-informeren: Raad informeren over inzet; trekker A. Jansen, klaar uiterlijk 2026-12-08",
                "  actie terrassen-verruimen ligt stil: Terrassen verruimen (was running)",
                "Crisisrollen: crisiscoördinator: J. de Vries; woordvoerder: A. Jansen"), out.subList(1, out.size()));
    }

    @Test
    void standingDownIsOneCommitThatRestoresTheSuspendedActionAndClosesTheOthers() throws Exception {
        String terrassen = read("actions/terrassen-verruimen.yaml");
        String before = head();
        cli.ok("scenario", "activate", "-w", ws, "terugval", "--date", "2026-12-01", "--author", JAN);
        String activated = head();
        // the desk finished one step before the scenario is stood down
        Files.writeString(plan.resolve("actions/terugval-loket-opschalen.yaml"),
                read("actions/terugval-loket-opschalen.yaml").replace("end: 2026-12-03\n", "progress: 100\nend: 2026-12-03\n"));
        cli.ok("commit", "-w", ws, "-m", "Loket opgeschaald", "--author", JAN);
        String progressed = head();
        CommandRun run = cli.ok("scenario", "deactivate", "-w", ws, "terugval", "--date", "2027-01-15", "-m",
                "Terugvalscenario afgeschaald", "--author", "A. Jansen <a.jansen@breda.nl>");
        assertEquals(progressed, git.ok(plan, "rev-parse", "HEAD~1").strip(), "exactly one commit");
        git.assertFsckClean(plan);
        assertEquals(0, cli.run("validate", "-w", ws).exitCode());
        assertEquals(terrassen, read("actions/terrassen-verruimen.yaml"), "back as it was before the activation");
        assertTrue(read("actions/terugval-loket-opschalen.yaml").contains("status: done\n"), "progress 100: done");
        assertTrue(read("actions/terugval-raad-informeren.yaml").contains("status: stopped\n"));
        assertTrue(read("scenarios/terugval.yaml").contains("reviewed: 2026-09-01\nstood_down: 2027-01-15\n"));
        assertFalse(read("scenarios/terugval.yaml").contains("active_since"));
        assertEquals(List.of(
                "  actie terugval-loket-opschalen afgesloten als done: Ondernemersloket opschalen",
                "  actie terugval-terrassen-omzetten afgesloten als stopped: Terrasvergunningen omzetten naar afhaalpunten",
                "  actie terugval-raad-informeren afgesloten als stopped: Raad informeren over inzet",
                "  actie terrassen-verruimen hervat als running: Terrassen verruimen"), run.outLines().subList(1, 5));

        // log and diff show both commits field by field
        String log = cli.ok("log", "-w", ws).out();
        assertTrue(log.contains("Terugvalscenario afgeschaald"), log);
        assertTrue(log.contains("Scenario Terugval naar een lockdown in werking gezet op 2026-12-01"), log);
        String history = cli.ok("log", "-w", ws, "--entity", "terrassen-verruimen").out();
        assertTrue(history.contains("status running -> suspended; suspended_by (leeg) -> terugval"), history);
        assertTrue(history.contains("previous_status running -> (leeg); status suspended -> running"), history);
        assertEquals(List.of(
                "actie Terrassen verruimen: previous_status (leeg) -> running; status running -> suspended; "
                        + "suspended_by (leeg) -> terugval",
                "nieuw: actie Ondernemersloket opschalen",
                "nieuw: actie Raad informeren over inzet",
                "nieuw: actie Terrasvergunningen omzetten naar afhaalpunten",
                "scenario Terugval naar een lockdown: activated_by (leeg) -> J. de Vries; active_since (leeg) -> 2026-12-01"),
                cli.ok("diff", "-w", ws, before, activated).outLines());
        assertEquals(List.of(
                "actie Terrassen verruimen: previous_status running -> (leeg); status suspended -> running; "
                        + "suspended_by terugval -> (leeg)",
                "actie Ondernemersloket opschalen: status running -> done",
                "actie Raad informeren over inzet: status running -> stopped",
                "actie Terrasvergunningen omzetten naar afhaalpunten: status running -> stopped",
                "scenario Terugval naar een lockdown: activated_by J. de Vries -> (leeg); active_since 2026-12-01 -> (leeg); "
                        + "stood_down (leeg) -> 2027-01-15"),
                cli.ok("diff", "-w", ws, progressed, "HEAD").outLines());

        // round trip: from before the activation to after the stand-down, the suspended action and the scenario's
        // fields are back; what stays are the closed actions, with their history, and the day it was stood down
        assertEquals(List.of(
                "nieuw: actie Ondernemersloket opschalen",
                "nieuw: actie Raad informeren over inzet",
                "nieuw: actie Terrasvergunningen omzetten naar afhaalpunten",
                "scenario Terugval naar een lockdown: stood_down (leeg) -> 2027-01-15"),
                cli.ok("diff", "-w", ws, before, "HEAD").outLines());
        assertFalse(changedFiles(before, "HEAD").contains("actions/terrassen-verruimen.yaml"));
    }

    @Test
    void activatingAnActiveScenarioAndStandingDownAnInactiveOneAreRefusedInOneLine() throws Exception {
        CommandRun inactive = cli.run("scenario", "deactivate", "-w", ws, "terugval", "--date", "2026-12-01");
        assertEquals(5, inactive.exitCode());
        assertEquals(List.of("veerkracht: scenario terugval is niet in werking; niets vastgelegd"), inactive.errLines());
        cli.ok("scenario", "activate", "-w", ws, "terugval", "--date", "2026-12-01", "--author", JAN);
        String active = head();
        CommandRun again = cli.run("scenario", "activate", "-w", ws, "terugval", "--date", "2026-12-02", "--lang", "en");
        assertEquals(5, again.exitCode());
        assertEquals(List.of("veerkracht: scenario terugval is in effect already, since 2026-12-01; nothing recorded"),
                again.errLines());
        assertEquals(active, head());
        CommandRun unknown = cli.run("scenario", "activate", "-w", ws, "lockdown");
        assertEquals(5, unknown.exitCode());
        assertEquals(1, unknown.errLines().size(), unknown.err());
        CommandRun badDate = cli.run("scenario", "activate", "-w", ws, "terugval", "--date", "1 december");
        assertEquals(2, badDate.exitCode());
    }

    @Test
    void aStepThatNamesNoOneAndAnActionThatWouldBeOverwrittenAreRefusedBeforeAnythingIsWritten() throws Exception {
        String scenario = read("scenarios/terugval.yaml");
        Files.writeString(plan.resolve("scenarios/terugval.yaml"), scenario.replace("    who: A. Jansen\n", ""));
        cli.ok("commit", "-w", ws, "-m", "Raad informeren zonder eigenaar", "--author", JAN);
        String before = head();
        CommandRun noOwner = cli.run("scenario", "activate", "-w", ws, "terugval", "--date", "2026-12-01", "--author", JAN);
        assertEquals(5, noOwner.exitCode());
        assertEquals(List.of("veerkracht: stap raad-informeren van het draaiboek van scenario terugval noemt niemand (who); "
                + "zet erbij wie haar uitvoert; niets vastgelegd"), noOwner.errLines());
        assertEquals(before, head());
        assertEquals("", git.ok(plan, "status", "--porcelain"));

        Files.writeString(plan.resolve("scenarios/terugval.yaml"), scenario);
        Files.writeString(plan.resolve("actions/terugval-loket-opschalen.yaml"),
                "id: terugval-loket-opschalen\ntitle: Loket al eerder opgeschaald\nterm: short\nstatus: done\n");
        cli.ok("commit", "-w", ws, "-m", "Eigen actie", "--author", JAN);
        String taken = head();
        CommandRun overwrite = cli.run("scenario", "activate", "-w", ws, "terugval", "--date", "2026-12-01", "--author", JAN);
        assertEquals(5, overwrite.exitCode());
        assertEquals(List.of("veerkracht: scenario terugval zou actions/terugval-loket-opschalen.yaml overschrijven, een "
                + "actie die al bestaat en niet bij deze stap hoort; niets vastgelegd"), overwrite.errLines());
        assertEquals(taken, head());
        assertEquals("", git.ok(plan, "status", "--porcelain"));
    }

    @Test
    void aPlanThatWouldBeInvalidAfterwardsIsRefusedWithItsFindingsAndNothingIsWritten() throws Exception {
        // someone committed an invalid action with plain git: the scenario's commit would carry it along
        String loket = read("actions/ondernemersloket.yaml");
        Files.writeString(plan.resolve("actions/ondernemersloket.yaml"), loket.replaceFirst("progress: \\d+", "progress: 250"));
        git.ok(plan, "-c", "user.name=Gast", "-c", "user.email=gast@example.org", "commit", "-q", "-a", "-m", "Kapot");
        String before = head();

        CommandRun refused = cli.run("scenario", "activate", "-w", ws, "terugval", "--date", "2026-12-01", "--author", JAN);

        assertEquals(1, refused.exitCode(), refused.err());
        String said = refused.out() + refused.err();
        assertTrue(said.contains("actions/ondernemersloket.yaml"), said);
        assertEquals(before, head());
        assertEquals("", git.ok(plan, "status", "--porcelain"));
        assertFalse(Files.exists(plan.resolve("actions/terugval-loket-opschalen.yaml")));
    }

    @Test
    void uncommittedChangesAreLeftAloneUnlessTheyTouchTheFilesItWrites() throws Exception {
        String need = read("needs/ruimte-op-straat.yaml") + "urgency: high\n";
        Files.writeString(plan.resolve("needs/ruimte-op-straat.yaml"), need.replace("urgency: medium\n", ""));
        String edited = read("actions/terrassen-verruimen.yaml").replace("progress: 75", "progress: 80");
        Files.writeString(plan.resolve("actions/terrassen-verruimen.yaml"), edited);
        String before = head();
        CommandRun refused = cli.run("scenario", "activate", "-w", ws, "terugval", "--date", "2026-12-01", "--author", JAN);
        assertEquals(5, refused.exitCode());
        assertEquals(1, refused.errLines().size(), refused.err());
        assertTrue(refused.err().contains("actions/terrassen-verruimen.yaml"), refused.err());
        assertTrue(refused.err().contains("nog niet zijn vastgelegd"), refused.err());
        assertEquals(before, head());
        assertEquals(edited, read("actions/terrassen-verruimen.yaml"));
        assertFalse(Files.exists(plan.resolve("actions/terugval-loket-opschalen.yaml")));

        git.ok(plan, "checkout", "--", "actions/terrassen-verruimen.yaml");
        cli.ok("scenario", "activate", "-w", ws, "terugval", "--date", "2026-12-01", "--author", JAN);
        assertEquals(List.of(" M needs/ruimte-op-straat.yaml"), git.ok(plan, "status", "--porcelain").lines().toList(),
                "the change to another file stays uncommitted");
        git.assertFsckClean(plan);
    }

    @Test
    void listShowsWhetherEachScenarioIsInEffectInBothLanguages() {
        assertEquals(List.of("terugval (Terugval naar een lockdown): niet in werking; laatst bekeken 2026-09-01; "
                + "laatst afgeschaald -"), cli.ok("scenario", "list", "-w", ws).outLines());
        cli.ok("scenario", "activate", "-w", ws, "terugval", "--date", "2026-12-01", "--author", JAN);
        assertEquals(List.of("terugval (Terugval naar een lockdown): in effect since 2026-12-01, by J. de Vries; "
                + "last reviewed 2026-09-01"), cli.ok("scenario", "list", "-w", ws, "--lang", "en").outLines());
    }
}
