package nl.veerkracht.cli.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;

/**
 * The worked example of docs/guide/plan.md, command by command: init, edit an action by hand, validate,
 * commit, diff, log, show, approve; and the refusals on the way.
 */
class PlanCommandsTest {

    @TempDir
    Path temp;

    /** Far more than a command takes; one that opened a FIFO would wait for ever. */
    private static final Duration NO_HANG = Duration.ofSeconds(60);

    private Path workspace;

    private CommandRun run(String... args) {
        return CommandRun.of(new VeerkrachtCommandRunner("test", TestServices.create()), args);
    }

    private CommandRun ok(String... args) {
        CommandRun run = run(args);
        assertEquals(0, run.exitCode(), () -> String.join(" ", args) + "\n" + run.out() + run.err());
        return run;
    }

    private void write(String path, String content) throws Exception {
        Path file = workspace.resolve("plan").resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content, StandardCharsets.UTF_8);
    }

    private static final String ACTION = """
            id: terrassen-verruimen
            title: Terrassen verruimen
            term: short
            budget:
              amount: 10000
              source: existing
            status: running
            """;

    @BeforeEach
    void init() {
        workspace = temp.resolve("breda");
        CommandRun init = ok("init", workspace.toString(), "--code", "GM0758", "--name", "Breda", "--province", "PV30",
                "--author", "J. de Vries <j.devries@breda.nl>");
        assertTrue(init.out().contains("Breda (GM0758)"), init.out());
    }

    @Test
    void initMakesAValidPlanWithAFirstCommit() {
        CommandRun validate = ok("validate", "-w", workspace.toString());
        assertEquals(List.of("plan: geldig (1 bestanden)"), validate.outLines());
        CommandRun log = ok("log", "-w", workspace.toString());
        assertEquals(1, log.outLines().size());
        assertTrue(log.out().contains("J. de Vries (GM0758)  Herstelaanpak Breda begonnen"), log.out());
    }

    @Test
    void initRefusesAnotherPlanInTheSameFolderAndABadCode() {
        CommandRun again = run("init", workspace.toString(), "--code", "GM0758", "--name", "Breda");
        assertEquals(5, again.exitCode());
        assertTrue(again.err().startsWith("veerkracht: in " + workspace.toAbsolutePath() + " staat al een plan"), again.err());
        CommandRun badCode = run("init", temp.resolve("x").toString(), "--code", "0758", "--name", "X");
        assertEquals(2, badCode.exitCode(), "a bad option value is a wrong command line");
        assertTrue(badCode.err().startsWith("veerkracht: '0758' is geen CBS-code; schrijf GM en 4 cijfers"), badCode.err());
        CommandRun badProvince = run("init", temp.resolve("x").toString(), "--code", "GM0758", "--name", "X", "--province", "XX");
        assertEquals(2, badProvince.exitCode());
        assertTrue(badProvince.err().startsWith("veerkracht: 'XX' is geen provinciecode"), badProvince.err());
        CommandRun noName = run("init", temp.resolve("x").toString(), "--code", "GM0758", "--name", " ");
        assertEquals(2, noName.exitCode());
        assertTrue(noName.err().startsWith("veerkracht: --name mag niet leeg zijn"), noName.err());
        assertFalse(Files.exists(temp.resolve("x")), "a refused init writes nothing");
    }

    @Test
    void aFileThatCannotBeReadIsNamedByDiffNotShownAsDeleted() throws Exception {
        write("actions/terrassen-verruimen.yaml", ACTION);
        ok("commit", "-w", workspace.toString(), "-m", "Terrassen", "--author", "J. de Vries <j@breda.nl>");
        write("actions/terrassen-verruimen.yaml", ACTION.replace("title: Terrassen verruimen", "title: [Terrassen"));
        CommandRun diff = run("diff", "-w", workspace.toString(), "HEAD");
        assertEquals(5, diff.exitCode(), diff.out());
        assertEquals(1, diff.err().lines().count(), diff.err());
        assertTrue(diff.err().matches("veerkracht: plan/actions/terrassen-verruimen\\.yaml:\\d+:\\d+: dit bestand is niet "
                + "te lezen, dus er is geen verschil per veld te tonen; 'veerkracht validate' zegt wat er mis is\\R"),
                diff.err());
        assertFalse(diff.out().contains("verwijderd"), diff.out());
    }

    @Test
    void anAuthorWithoutAnEmailIsAWrongCommandLineAndNothingIsCommitted() throws Exception {
        write("actions/terrassen-verruimen.yaml", ACTION);
        CommandRun commit = run("commit", "-w", workspace.toString(), "-m", "Terrassen", "--author", "J. de Vries");
        assertEquals(2, commit.exitCode());
        assertTrue(commit.err().startsWith("veerkracht: --author 'J. de Vries' is geen auteur; schrijf \"Naam <e-mail>\""),
                commit.err());
        assertEquals(1, ok("log", "-w", workspace.toString()).outLines().size(), "still only the first commit");
    }

    @Test
    void initNeverOverwritesAPlanFolderThatHoldsFiles() throws Exception {
        Path elsewhere = Files.createDirectories(temp.resolve("etten-leur/plan"));
        Files.writeString(elsewhere.resolve("plan.yaml"), "name: Etten-Leur\nvision: mijn eigen tekst\n");
        CommandRun refused = run("init", temp.resolve("etten-leur").toString(), "--code", "GM0777", "--name", "Etten-Leur");
        assertEquals(5, refused.exitCode());
        assertTrue(refused.err().contains("is niet leeg; init begint een nieuw plan en overschrijft geen bestanden"),
                refused.err());
        assertEquals("name: Etten-Leur\nvision: mijn eigen tekst\n", Files.readString(elsewhere.resolve("plan.yaml")));
    }

    @Test
    void anEditedActionIsCommittedAndDiffedFieldByField() throws Exception {
        write("actions/terrassen-verruimen.yaml", ACTION);
        ok("commit", "-w", workspace.toString(), "-m", "Terrassen toegevoegd", "--author", "J. de Vries <j.devries@breda.nl>");
        write("actions/terrassen-verruimen.yaml", ACTION.replace("10000", "15000").replace("term: short", "term: medium"));

        CommandRun againstWorkingTree = ok("diff", "-w", workspace.toString(), "HEAD");
        assertEquals(List.of("actie Terrassen verruimen: budget.amount 10000 -> 15000; term short -> medium"),
                againstWorkingTree.outLines());

        ok("commit", "-w", workspace.toString(), "-m", "Budget verhoogd", "--author", "A. Jansen <a.jansen@breda.nl>");
        CommandRun between = ok("--lang", "en", "diff", "-w", workspace.toString(), "HEAD~1", "HEAD");
        assertEquals(List.of("action Terrassen verruimen: budget.amount 10000 -> 15000; term short -> medium"),
                between.outLines());

        CommandRun history = ok("log", "-w", workspace.toString(), "--entity", "terrassen-verruimen");
        List<String> lines = history.outLines();
        assertEquals(4, lines.size(), history.out());
        assertTrue(lines.get(0).endsWith("A. Jansen (GM0758)  Budget verhoogd"), lines.get(0));
        assertEquals("    budget.amount 10000 -> 15000; term short -> medium", lines.get(1));
        assertTrue(lines.get(2).endsWith("Terrassen toegevoegd"), lines.get(2));
        assertEquals("    toegevoegd (actions/terrassen-verruimen.yaml)", lines.get(3));
    }

    @Test
    void anInvalidPlanIsRefusedWithEveryFindingAndNothingIsCommitted() throws Exception {
        write("actions/terrassen-verruimen.yaml", ACTION.replace("term: short", "term: kort"));
        write("needs/liquiditeit.yaml", "id: andere-naam\ntitle: Liquiditeit\n");
        CommandRun validate = run("--lang", "en", "validate", "-w", workspace.toString());
        assertEquals(1, validate.exitCode());
        assertTrue(validate.out().contains("plan/actions/terrassen-verruimen.yaml:3:7: term must be short, medium or long, not 'kort'"),
                validate.out());

        CommandRun commit = run("commit", "-w", workspace.toString(), "-m", "Fout", "--author", "J. de Vries <j@breda.nl>");
        assertEquals(1, commit.exitCode());
        assertTrue(commit.out().contains("plan/actions/terrassen-verruimen.yaml:3:7:"), commit.out());
        assertTrue(commit.out().contains("plan/needs/liquiditeit.yaml:"), commit.out());
        assertTrue(commit.err().startsWith("veerkracht: niets vastgelegd"), commit.err());
        assertEquals(1, ok("log", "-w", workspace.toString()).outLines().size(), "still only the first commit");
    }

    @Test
    void aLinkAFifoAndGitAttributesAreFindingsAndCommitNeitherHangsNorRecordsThem() throws Exception {
        Path plan = workspace.resolve("plan");
        Files.createDirectories(plan.resolve("actions"));
        Files.createSymbolicLink(plan.resolve("actions/x.yaml"), Path.of("/etc/passwd"));
        Process mkfifo = new ProcessBuilder("mkfifo", plan.resolve("actions/f.yaml").toString()).start();
        assertTrue(mkfifo.waitFor(30, TimeUnit.SECONDS) && mkfifo.exitValue() == 0, "mkfifo");
        write(".gitattributes", "* text eol=crlf\n");

        CommandRun validate = assertTimeoutPreemptively(NO_HANG, () -> run("validate", "-w", workspace.toString()));
        assertEquals(1, validate.exitCode(), validate.out() + validate.err());
        assertEquals(List.of(
                "plan/.gitattributes:1:1: '.gitattributes' verandert hoe Git de bestanden van het plan behandelt"
                        + " (regeleinden, submodules) en hoort niet in een plan: haal het weg",
                "plan/actions/f.yaml:1:1: 'actions/f.yaml' is een named pipe (FIFO), geen gewoon bestand; Veerkracht"
                        + " leest hem niet en legt hem niet vast: haal hem weg",
                "plan/actions/x.yaml:1:1: 'actions/x.yaml' is een symbolische koppeling; een plan bevat alleen gewone"
                        + " bestanden (Git zou de koppeling zelf vastleggen en bij elk lid neerzetten): zet het bestand"
                        + " zelf op die plek of haal de koppeling weg",
                "plan: 3 fout(en)"), validate.outLines());
        CommandRun english = run("--lang", "en", "validate", "-w", workspace.toString(), "--format", "json");
        JsonArray problems = Json.createReader(new java.io.StringReader(english.out())).readObject()
                .getJsonArray("repositories").getJsonObject(0).getJsonArray("problems");
        assertEquals("plan/actions/f.yaml", problems.getJsonObject(1).getString("file"));
        assertEquals(1, problems.getJsonObject(1).getInt("line"));
        assertEquals("workingTree.fifo", problems.getJsonObject(1).getString("code"));
        assertEquals("'actions/f.yaml' is a named pipe (FIFO), not a regular file; Veerkracht neither reads nor"
                + " records it: remove it", problems.getJsonObject(1).getString("message"));

        CommandRun commit = assertTimeoutPreemptively(NO_HANG, () -> run("commit", "-w", workspace.toString(), "-m",
                "Met koppeling", "--author", "J. de Vries <j@breda.nl>"));
        assertEquals(1, commit.exitCode(), commit.out() + commit.err());
        assertEquals(validate.outLines().subList(0, 3), commit.outLines());
        assertEquals("veerkracht: niets vastgelegd: plan heeft 3 fout(en); zie hierboven\n", commit.err());
        assertEquals(1, ok("log", "-w", workspace.toString()).outLines().size(), "still only the first commit");

        // the workspace lock was let go
        Files.delete(plan.resolve("actions/x.yaml"));
        Files.delete(plan.resolve("actions/f.yaml"));
        Files.delete(plan.resolve(".gitattributes"));
        write("actions/terrassen-verruimen.yaml", ACTION);
        assertTimeoutPreemptively(NO_HANG, () -> ok("commit", "-w", workspace.toString(), "-m", "Terrassen",
                "--author", "J. de Vries <j@breda.nl>"));
    }

    @Test
    void validateSpeaksJsonForMachines() throws Exception {
        write("actions/terrassen-verruimen.yaml", ACTION.replace("term: short", "term: kort"));
        CommandRun run = run("validate", "-w", workspace.toString(), "--format", "json");
        assertEquals(1, run.exitCode());
        JsonObject json = Json.createReader(new java.io.StringReader(run.out())).readObject();
        assertFalse(json.getBoolean("valid"));
        JsonObject problem = json.getJsonArray("repositories").getJsonObject(0).getJsonArray("problems").getJsonObject(0);
        assertEquals("plan/actions/terrassen-verruimen.yaml", problem.getString("file"));
        assertEquals(3, problem.getInt("line"));
        assertEquals(7, problem.getInt("column"));
    }

    @Test
    void showPrintsOneEntityNowAndAtAnEarlierVersion() throws Exception {
        write("actions/terrassen-verruimen.yaml", ACTION);
        ok("commit", "-w", workspace.toString(), "-m", "Toegevoegd", "--author", "J. de Vries <j@breda.nl>");
        write("actions/terrassen-verruimen.yaml", ACTION.replace("10000", "15000"));
        ok("commit", "-w", workspace.toString(), "-m", "Verhoogd", "--author", "J. de Vries <j@breda.nl>");

        CommandRun now = ok("show", "-w", workspace.toString(), "terrassen-verruimen");
        assertTrue(now.out().startsWith("# actie Terrassen verruimen (plan/actions/terrassen-verruimen.yaml)"), now.out());
        assertTrue(now.out().contains("amount: 15000"), now.out());
        CommandRun before = ok("show", "-w", workspace.toString(), "terrassen-verruimen", "--at", "HEAD~1", "--format", "json");
        JsonArray files = Json.createReader(new java.io.StringReader(before.out())).readObject().getJsonArray("files");
        assertEquals(10000, files.getJsonObject(0).getJsonObject("content").getJsonObject("budget").getInt("amount"));

        CommandRun unknown = run("show", "-w", workspace.toString(), "bestaat-niet");
        assertEquals(5, unknown.exitCode());
        assertEquals("veerkracht: er is geen onderdeel 'bestaat-niet' in plan\n", unknown.err());
    }

    @Test
    void approvalIsATagAndTheDiffSinceItShowsWhatTheCouncilHasNotSeen() throws Exception {
        write("actions/terrassen-verruimen.yaml", ACTION);
        ok("commit", "-w", workspace.toString(), "-m", "Toegevoegd", "--author", "J. de Vries <j@breda.nl>");
        CommandRun approve = ok("approve", "-w", workspace.toString(), "--date", "2026-05-01", "--author", "A. Jansen <a@breda.nl>");
        assertTrue(approve.out().startsWith("Vastgesteld: raad/2026-05-01"), approve.out());

        write("actions/terrassen-verruimen.yaml", ACTION.replace("status: running", "status: done"));
        ok("commit", "-w", workspace.toString(), "-m", "Afgerond", "--author", "J. de Vries <j@breda.nl>");
        assertEquals(List.of("actie Terrassen verruimen: status running -> done"),
                ok("diff", "-w", workspace.toString(), "raad/2026-05-01", "HEAD").outLines());

        CommandRun twice = run("approve", "-w", workspace.toString(), "--date", "2026-05-01");
        assertEquals(5, twice.exitCode());
        assertEquals("veerkracht: er is al een vaststelling raad/2026-05-01\n", twice.err());
        CommandRun badDate = run("approve", "-w", workspace.toString(), "--date", "1 mei");
        assertEquals(2, badDate.exitCode());
    }

    @Test
    void aWorkspaceThatIsNotThereIsOneClearLine() {
        CommandRun run = run("validate", "-w", temp.resolve("nergens").toString());
        assertEquals(5, run.exitCode());
        assertEquals(1, run.err().lines().count());
        assertTrue(run.err().contains("veerkracht init"), run.err());
    }

    @Test
    void nothingToCommitIsSaidPlainly() {
        CommandRun run = ok("commit", "-w", workspace.toString(), "-m", "Niets", "--author", "J. de Vries <j@breda.nl>");
        assertEquals("Niets vast te leggen in plan: de bestanden zijn gelijk aan de laatste versie.\n", run.out());
    }
}
