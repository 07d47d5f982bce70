package nl.veerkracht.cli.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.veerkracht.index.internal.DatabaseChoice;
import nl.veerkracht.index.internal.EclipseLinkWorkspaceIndex;
import nl.veerkracht.store.Author;
import nl.veerkracht.store.PlanRepository;
import nl.veerkracht.store.internal.JGitPlanStore;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * The questions and the index at the command line: Breda's workspace with the regional plan of
 * West-Brabant, asked in text and JSON, verified, rebuilt, and moved to PostgreSQL by a file alone.
 */
class IndexCommandsTest {

    @TempDir
    Path temp;

    private Path workspace;
    private EclipseLinkWorkspaceIndex index;

    private CommandRun run(String... args) {
        return CommandRun.of(new VeerkrachtCommandRunner("test", TestServices.create(index)), args);
    }

    private CommandRun ok(String... args) {
        CommandRun run = run(args);
        assertEquals(0, run.exitCode(), () -> String.join(" ", args) + "\n" + run.out() + run.err());
        return run;
    }

    private void write(String path, String content) throws IOException {
        Path file = workspace.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content, StandardCharsets.UTF_8);
    }

    @BeforeEach
    void breda() throws IOException {
        index = EclipseLinkWorkspaceIndex.choosing(DatabaseChoice.fromWorkspaceFile());
        workspace = temp.resolve("breda");
        ok("init", workspace.toString(), "--code", "GM0758", "--name", "Breda", "--province", "PV30", "--author",
                "J. de Vries <j@breda.nl>");
        write("plan/actions/webwinkels.yaml", """
                id: webwinkels
                title: Webwinkels voor de binnenstad
                term: short
                themes:
                  - digitalisering
                budget:
                  amount: 40000
                  source: province
                status: planned
                links:
                  province:
                    - PV30/digitalisering-mkb
                """);
        ok("commit", "-w", workspace.toString(), "-m", "Webwinkels", "--author", "J. de Vries <j@breda.nl>");
        try (PlanRepository region = PlanRepository.create(workspace.resolve("region/west-brabant"))) {
            write("region/west-brabant/plan.yaml", """
                    kind: region
                    id: west-brabant
                    name: West-Brabant
                    coordinator: GM0758
                    members:
                      - code: GM0758
                        name: Breda
                      - code: GM0777
                        name: Etten-Leur
                    """);
            write("region/west-brabant/actions/GM0758-binnenstadfonds.yaml", """
                    id: GM0758-binnenstadfonds
                    title: Binnenstadfonds
                    term: short
                    themes:
                      - digitalisering
                    budget:
                      amount: 30000
                      source: region
                    status: running
                    lead_municipality: GM0758
                    participants:
                      - GM0758
                      - GM0777
                    contributions:
                      GM0758: 20000
                      GM0777: 10000
                    """);
            region.commitWorkingTree("Regionaal plan", new Author("J. de Vries", "j@breda.nl"), "GM0758");
        }
    }

    @AfterEach
    void close() {
        index.close();
    }

    @Test
    void theRegionalQuestionIsAnsweredWithMunicipalitiesAndFiles() {
        CommandRun run = ok("query", "actions", "-w", workspace.toString(), "--scope", "region", "--term", "short",
                "--theme", "digitalisering");
        assertEquals(List.of(
                "GM0758,GM0777  region/west-brabant/actions/GM0758-binnenstadfonds.yaml  Binnenstadfonds  [short, running, 30.000 euro, region]",
                "1 actie"), run.outLines());

        CommandRun all = ok("--lang", "en", "query", "actions", "-w", workspace.toString(), "--linked", "PV30/digitalisering-mkb");
        assertEquals(List.of(
                "GM0758  plan/actions/webwinkels.yaml  Webwinkels voor de binnenstad  [short, planned, 40,000 euro, province]",
                "1 action"), all.outLines());
        assertEquals(List.of("Geen acties gevonden."),
                ok("query", "actions", "-w", workspace.toString(), "--status", "done").outLines());
    }

    @Test
    void questionsSpeakJsonForMachines() {
        CommandRun run = ok("query", "actions", "-w", workspace.toString(), "--municipality", "GM0777", "--format", "json");
        JsonArray actions = Json.createReader(new StringReader(run.out())).readObject().getJsonArray("actions");
        assertEquals(1, actions.size());
        JsonObject fund = actions.getJsonObject(0);
        assertEquals("region/west-brabant/actions/GM0758-binnenstadfonds.yaml", fund.getString("file"));
        assertEquals(List.of("GM0758", "GM0777"), fund.getJsonArray("municipalities").getValuesAs(
                jakarta.json.JsonString::getString));
        assertEquals(30000, fund.getInt("budget"));
        assertEquals(40, fund.getString("commit").length());

        CommandRun budget = ok("query", "budget", "-w", workspace.toString(), "--by", "municipality", "--format", "json");
        JsonObject totals = Json.createReader(new StringReader(budget.out())).readObject();
        assertEquals("municipality", totals.getString("by"));
        assertEquals(List.of("plan GM0758 40000", "region/west-brabant GM0758 20000", "region/west-brabant GM0777 10000"),
                totals.getJsonArray("totals").getValuesAs(JsonObject.class).stream()
                        .map(total -> total.getString("repository") + " " + total.getString("municipality") + " "
                                + total.getInt("amount")).toList());
    }

    @Test
    void budgetIsPrintedPerRepositoryAndGroup() {
        assertEquals(List.of("plan (GM0758)", "  GM0758  40.000 euro, 1 actie", "region/west-brabant (west-brabant)",
                "  GM0758  20.000 euro, 1 actie", "  GM0777  10.000 euro, 1 actie"),
                ok("query", "budget", "-w", workspace.toString(), "--by", "municipality").outLines());
        assertEquals(List.of("plan (GM0758)", "  province  40,000 euro, 1 action", "region/west-brabant (west-brabant)",
                "  region    30,000 euro, 1 action"),
                ok("--lang", "en", "query", "budget", "-w", workspace.toString(), "--by", "source").outLines());
    }

    @Test
    void verifyFindsNoDifferenceUntilTheDatabaseIsTamperedWithAndRebuildRepairsIt() throws Exception {
        CommandRun verify = ok("index", "verify", "-w", workspace.toString());
        assertEquals(List.of("Eerst bijgewerkt: plan (2 geschreven, 0 verwijderd)",
                "Eerst bijgewerkt: region/west-brabant (2 geschreven, 0 verwijderd)",
                "De index klopt: 2 repositories, 4 onderdelen, geen verschil."), verify.outLines());

        String location = index.location(nl.veerkracht.store.Workspace.at(workspace));
        assertTrue(location.startsWith("jdbc:h2:file:" + workspace.toRealPath() + "/.veerkracht/index/index"), location);
        try (Connection connection = DriverManager.getConnection(location);
                Statement sql = connection.createStatement()) {
            sql.execute("UPDATE vk_action SET budget_amount = 1 WHERE entity_id = 'webwinkels'");
        }
        CommandRun differs = run("--lang", "en", "index", "verify", "-w", workspace.toString());
        assertEquals(1, differs.exitCode());
        assertEquals(List.of("plan/actions/webwinkels.yaml: budget.amount: '1' in the index, '40000' in the repository",
                "The index differs: 1 difference (2 repositories, 4 entities)."), differs.outLines());
        JsonObject json = Json.createReader(new StringReader(run("index", "verify", "-w", workspace.toString(),
                "--format", "json").out())).readObject();
        assertFalse(json.getBoolean("matches"));
        assertEquals("plan/actions/webwinkels.yaml", json.getJsonArray("differences").getJsonObject(0).getString("file"));

        CommandRun rebuild = ok("index", "rebuild", "-w", workspace.toString());
        assertTrue(rebuild.outLines().get(0).startsWith("plan: 2 onderdelen op "), rebuild.out());
        assertTrue(rebuild.outLines().get(2).startsWith("Index opgebouwd: 2 repositories, 4 onderdelen in "), rebuild.out());
        assertTrue(rebuild.outLines().get(2).endsWith("(" + location + ")"), rebuild.out());
        assertEquals(List.of("De index klopt: 2 repositories, 4 onderdelen, geen verschil."),
                ok("index", "verify", "-w", workspace.toString()).outLines());
    }

    @Test
    void aFileInTheWorkspaceMovesTheIndexToPostgreSqlWithoutAnyOtherChange() throws Exception {
        EmbeddedPostgres postgres = EmbeddedPostgres.builder().start();
        try {
            String url = "jdbc:postgresql://localhost:" + postgres.getPort() + "/postgres";
            write(".veerkracht/index.cfg", "# de index op PostgreSQL\nurl = " + url + "\nuser = postgres\n");
            CommandRun rebuild = ok("index", "rebuild", "-w", workspace.toString());
            assertTrue(rebuild.out().contains("(" + url + ")"), rebuild.out());
            assertEquals("1 actie", ok("query", "actions", "-w", workspace.toString(), "--scope", "plan").outLines().get(1));
            try (Connection connection = postgres.getPostgresDatabase().getConnection();
                    Statement sql = connection.createStatement();
                    var count = sql.executeQuery("SELECT count(*) FROM vk_action")) {
                count.next();
                assertEquals(2, count.getInt(1), "the actions are in PostgreSQL");
            }
            assertEquals(0, run("index", "verify", "-w", workspace.toString()).exitCode());
        } finally {
            index.close();
            postgres.close();
        }
    }

    @Test
    void wrongQuestionsAreUsageErrorsAndABrokenConfigurationIsOneLine() throws IOException {
        CommandRun scope = run("query", "actions", "-w", workspace.toString(), "--scope", "overal");
        assertEquals(2, scope.exitCode());
        assertEquals("veerkracht: ongeldige waarde 'overal' voor --scope; kies plan, region, members, all; zie 'veerkracht help query actions'\n",
                scope.err());
        CommandRun municipality = run("--lang", "en", "query", "actions", "-w", workspace.toString(), "--municipality", "Breda");
        assertEquals(2, municipality.exitCode());
        assertEquals("veerkracht: 'Breda' is no municipality code; write GM and 4 digits, like GM0758; see 'veerkracht help query actions'\n",
                municipality.err());
        CommandRun by = run("query", "budget", "-w", workspace.toString(), "--by", "jaar");
        assertEquals(2, by.exitCode());
        CommandRun bare = run("index");
        assertEquals(2, bare.exitCode());
        assertEquals("veerkracht: 'index' heeft een opdracht nodig: rebuild, verify; zie 'veerkracht help index'\n", bare.err());

        write(".veerkracht/index.cfg", "url = jdbc:postgresql://localhost:1/nergens\nwachtwoord = x\n");
        CommandRun broken = run("query", "budget", "-w", workspace.toString());
        assertEquals(5, broken.exitCode());
        assertEquals("veerkracht: " + workspace.toRealPath().resolve(".veerkracht/index.cfg")
                + ":2:1: onbekende sleutel 'wachtwoord'; bekend zijn url, user en password\n", broken.err());
        write(".veerkracht/index.cfg", "url = jdbc:postgresql://localhost:1/nergens\n");
        CommandRun unreachable = run("query", "budget", "-w", workspace.toString());
        assertEquals(5, unreachable.exitCode());
        assertEquals(1, unreachable.err().lines().count(), unreachable.err());
        assertTrue(unreachable.err().startsWith("veerkracht: kan de database van de index niet bereiken (jdbc:postgresql://localhost:1/nergens): "),
                unreachable.err());
    }

    @Test
    void helpListsTheQuestionsAndTheIndexCommands() {
        CommandRun help = ok("help");
        for (String command : List.of("query actions [-w <map>] [--scope", "query budget [-w <map>] [--by",
                "index rebuild [-w <map>]", "index verify [-w <map>]")) {
            assertEquals(1, help.out().lines().filter(line -> line.startsWith("  " + command)).count(),
                    () -> command + " in\n" + help.out());
        }
        assertTrue(ok("--lang", "en", "help", "query", "actions").out().contains("--municipality=GMxxxx"));
    }
}
