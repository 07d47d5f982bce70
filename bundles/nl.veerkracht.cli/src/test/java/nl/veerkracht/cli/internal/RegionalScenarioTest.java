package nl.veerkracht.cli.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.veerkracht.junit.CGit;

/**
 * A shared fallback scenario on the regional plan: put into effect by one member in one commit that keeps the
 * region's rules, so that every other member's sync takes it; its actions are shared, led by the member that
 * activated it, with every member taking part.
 */
class RegionalScenarioTest {

    private static final String SCENARIO = """
            id: regio-terugval
            title: Regionale terugval
            kind: fallback
            triggers:
              - De veiligheidsregio schaalt op
            reviewed: 2026-09-01
            roles:
              - role: regionaal crisiscoördinator
                who: J. de Vries
            runbook:
              - id: loketten-afstemmen
                what: Loketten van de regio afstemmen
                who: regio-overleg
                within_days: 5
            """;

    @TempDir
    Path temp;

    private final RegionCommandLine veerkracht = new RegionCommandLine();
    private final CGit git = CGit.inTemporaryHome();
    private Path breda;
    private Path ettenLeur;

    @BeforeEach
    void westBrabantWithASharedScenario() throws Exception {
        breda = temp.resolve("breda");
        ettenLeur = temp.resolve("etten-leur");
        veerkracht.ok("init", breda.toString(), "--code", "GM0758", "--name", "Breda", "--author", "J. de Vries <j@breda.nl>");
        veerkracht.ok("init", ettenLeur.toString(), "--code", "GM0777", "--name", "Etten-Leur", "--author",
                "P. Bakker <p@etten-leur.nl>");
        veerkracht.ok("region", "create", "-w", breda.toString(), "--id", "west-brabant", "--name", "West-Brabant");
        veerkracht.ok("region", "add-member", "-w", breda.toString(), "--id", "west-brabant", "--code", "GM0777",
                "--name", "Etten-Leur", "--url", ettenLeur.resolve("region/west-brabant").toString());
        Path region = breda.resolve("region/west-brabant");
        Files.createDirectories(region.resolve("scenarios"));
        Files.writeString(region.resolve("scenarios/regio-terugval.yaml"), SCENARIO);
        veerkracht.ok("commit", "-w", breda.toString(), "--repo", "region/west-brabant", "-m", "Regionale terugval");
        veerkracht.ok("region", "join", "-w", ettenLeur.toString(), region.toString());
    }

    @Test
    void aMemberActivatesTheSharedScenarioAndTheOthersTakeItInTheirSync() throws Exception {
        veerkracht.ok("scenario", "activate", "-w", breda.toString(), "--repo", "region/west-brabant", "regio-terugval",
                "--date", "2026-12-01");

        Path action = breda.resolve("region/west-brabant/actions/regio-terugval-loketten-afstemmen.yaml");
        String text = Files.readString(action);
        assertTrue(text.contains("end: 2026-12-06\n"), text);
        assertTrue(text.contains("lead_municipality: GM0758\n"), text);
        assertTrue(text.contains("  - GM0777\n"), "every member takes part: " + text);
        git.assertFsckClean(breda.resolve("region/west-brabant"));

        CommandRun sync = veerkracht.ok("sync", "-w", ettenLeur.toString());
        assertTrue(sync.out().contains("GM0758"), sync.out());
        assertEquals(text, Files.readString(ettenLeur.resolve(
                "region/west-brabant/actions/regio-terugval-loketten-afstemmen.yaml")), "Etten-Leur took it in");
        git.assertFsckClean(ettenLeur.resolve("region/west-brabant"));
        assertTrue(veerkracht.ok("scenario", "list", "-w", ettenLeur.toString(), "--repo", "region/west-brabant").out()
                .contains("regio-terugval"));
    }
}
