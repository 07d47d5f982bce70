package nl.veerkracht.cli.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;

import nl.veerkracht.store.Author;
import nl.veerkracht.store.PlanRepository;

/**
 * Issue 15, item 5: a title, a commit subject, an author's or a member's name holding terminal escapes (clear the
 * screen, set the window title, ring the bell), a NUL, a line feed or a right-to-left override, from one's own plan
 * or a neighbour's, reaches the terminal only escaped; the JSON output has the exact value.
 */
class HostileTextTest {

    /** ESC [2J clears the screen, ESC ]0;...BEL sets the window title; then a NUL and a right-to-left override. */
    private static final String TITLE = "Terras \033[2J\033]0;pwned\007 \0 \u202Etxt.exe";
    /** The same, as a YAML double-quoted scalar writes it. */
    private static final String TITLE_YAML = "\"Terras \\e[2J\\e]0;pwned\\a \\0 \\u202Etxt.exe\"";
    private static final String TITLE_SHOWN = "Terras \\033[2J\\033]0;pwned\\a \\000 \\u202etxt.exe";

    /** A title whose line feed would print a line that the command did not write. */
    private static final String FORGING = "Tweede actie\nGM0758  vervalste regel";
    private static final String FORGING_SHOWN = "Tweede actie\\nGM0758  vervalste regel";

    private static final String SUBJECT = "Budget \033[31mrood\033[0m\007 \u202Eomgedraaid";
    private static final String SUBJECT_SHOWN = "Budget \\033[31mrood\\033[0m\\a \\u202eomgedraaid";
    /** Git trims control characters at the ends of a name, so these stand inside it. */
    private static final String AUTHOR = "Eve \033]0;pwned\007 Hacker";
    private static final String AUTHOR_SHOWN = "Eve \\033]0;pwned\\a Hacker";

    private static final String REGION = "region/west-brabant";

    @TempDir
    Path temp;

    private final RegionCommandLine veerkracht = new RegionCommandLine();

    /** Nothing of what a command printed is a raw control character, other than its own line feeds. */
    private static CommandRun safe(CommandRun run) {
        for (String stream : List.of(run.out(), run.err())) {
            for (char raw : new char[] {0x1B, 0x07, 0x00, 0x202E}) {
                assertEquals(-1, stream.indexOf(raw), () -> String.format("raw U+%04X in%n%s", (int) raw, stream));
            }
            for (int i = 0; i < stream.length(); i++) {
                char c = stream.charAt(i);
                if (c != '\n' && TerminalText.isEscaped(c)) {
                    fail(String.format("raw U+%04X at %d in%n%s", (int) c, i, stream));
                }
            }
            assertFalse(stream.lines().anyMatch(line -> line.startsWith("GM0758  vervalste regel")),
                    () -> "a value's line feed started a line of its own:\n" + stream);
        }
        return run;
    }

    private CommandRun ok(String... args) {
        return safe(veerkracht.ok(args));
    }

    private CommandRun expect(int exitCode, String... args) {
        return safe(veerkracht.expect(exitCode, args));
    }

    private static JsonStructure json(CommandRun run) {
        return Json.createReader(new StringReader(run.out())).read();
    }

    private static void write(Path file, String content) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, content, StandardCharsets.UTF_8);
    }

    /**
     * Breda's plan: an action and one whose title holds a line feed, committed as usual; then the first one's title
     * made hostile in a commit whose subject and author are hostile too (written as a neighbour's or a careless
     * tool's commit would be, not through 'veerkracht commit').
     */
    private Path hostilePlan() throws IOException {
        Path breda = temp.resolve("breda");
        ok("init", breda.toString(), "--code", "GM0758", "--name", "Breda", "--author", "J. de Vries <j@breda.nl>");
        write(breda.resolve("plan/actions/terrassen.yaml"), """
                id: terrassen
                title: Terrassen verruimen
                term: short
                budget:
                  amount: 10000
                  source: existing
                status: running
                """);
        write(breda.resolve("plan/actions/tweede.yaml"), """
                id: tweede
                title: "Tweede actie\\nGM0758  vervalste regel"
                term: short
                status: idea
                """);
        ok("commit", "-w", breda.toString(), "-m", "Twee acties", "--author", "J. de Vries <j@breda.nl>");
        write(breda.resolve("plan/actions/terrassen.yaml"), """
                id: terrassen
                title: %s
                description: omgekeerd \u202E tekst
                term: short
                budget:
                  amount: 15000
                  source: existing
                status: running
                """.formatted(TITLE_YAML));
        try (PlanRepository git = PlanRepository.open(breda.resolve("plan"))) {
            git.commitWorkingTree(SUBJECT, new Author(AUTHOR, "eve@example.nl"), "GM0758");
        }
        return breda;
    }

    @Test
    void showPrintsTheTitleAndTheFileEscaped() throws Exception {
        Path breda = hostilePlan();
        CommandRun show = ok("show", "-w", breda.toString(), "terrassen");
        assertEquals("# actie " + TITLE_SHOWN + " (plan/actions/terrassen.yaml)", show.outLines().get(0));
        assertTrue(show.out().contains("\ntitle: " + TITLE_YAML + "\ndescription: omgekeerd \\u202e tekst\n"
                + "term: short\n"), show.out());
        assertEquals("# actie " + FORGING_SHOWN + " (plan/actions/tweede.yaml)",
                ok("show", "-w", breda.toString(), "tweede").outLines().get(0));

        JsonObject json = json(ok("show", "-w", breda.toString(), "terrassen", "--format", "json")).asJsonObject();
        JsonObject content = json.getJsonArray("files").getJsonObject(0).getJsonObject("content");
        assertEquals(TITLE, content.getString("title"));
        assertEquals("omgekeerd \u202E tekst", content.getString("description"));
    }

    @Test
    void diffPrintsTitlesAndValuesEscaped() throws Exception {
        Path breda = hostilePlan();
        CommandRun diff = ok("diff", "-w", breda.toString(), "HEAD~1", "HEAD");
        assertEquals(List.of("actie " + TITLE_SHOWN + ": budget.amount 10000 -> 15000; description (leeg) -> omgekeerd "
                + "\\u202e tekst; title Terrassen verruimen -> " + TITLE_SHOWN), diff.outLines());
        CommandRun added = ok("diff", "-w", breda.toString(), "HEAD~2", "HEAD~1");
        assertTrue(added.outLines().contains("nieuw: actie " + FORGING_SHOWN), added.out());

        JsonObject json = json(ok("diff", "-w", breda.toString(), "HEAD~1", "HEAD", "--format", "json")).asJsonObject();
        JsonArray fields = json.getJsonArray("entities").getJsonObject(0).getJsonArray("fields");
        assertEquals("title", fields.getJsonObject(2).getString("field"));
        assertEquals(TITLE, fields.getJsonObject(2).getString("after"));
        assertEquals("omgekeerd \u202E tekst", fields.getJsonObject(1).getString("after"));
    }

    @Test
    void logPrintsSubjectsAndAuthorsEscaped() throws Exception {
        Path breda = hostilePlan();
        CommandRun log = ok("log", "-w", breda.toString());
        assertEquals(3, log.outLines().size(), log.out());
        assertTrue(log.outLines().get(0).endsWith("  " + AUTHOR_SHOWN + " (GM0758)  " + SUBJECT_SHOWN), log.out());

        JsonObject newest = json(ok("log", "-w", breda.toString(), "--format", "json")).asJsonArray().getJsonObject(0);
        assertEquals(SUBJECT, newest.getString("subject"));
        assertEquals(AUTHOR, newest.getString("author"));
    }

    @Test
    void logOfAnEntityPrintsSubjectsAndFieldValuesEscaped() throws Exception {
        Path breda = hostilePlan();
        CommandRun log = ok("log", "-w", breda.toString(), "--entity", "terrassen");
        List<String> lines = log.outLines();
        assertEquals(4, lines.size(), log.out());
        assertTrue(lines.get(0).endsWith("  " + SUBJECT_SHOWN), log.out());
        assertEquals("    budget.amount 10000 -> 15000; description (leeg) -> omgekeerd \\u202e tekst; title Terrassen "
                + "verruimen -> " + TITLE_SHOWN, lines.get(1));

        JsonObject newest = json(ok("log", "-w", breda.toString(), "--entity", "terrassen", "--format", "json"))
                .asJsonArray().getJsonObject(0);
        assertEquals(SUBJECT, newest.getString("subject"));
        assertEquals(TITLE, newest.getJsonArray("fields").getJsonObject(2).getString("after"));
    }

    @Test
    void queryActionsPrintsTitlesFromTheIndexEscaped() throws Exception {
        Path breda = hostilePlan();
        CommandRun query = ok("query", "actions", "-w", breda.toString(), "--scope", "plan");
        assertTrue(query.outLines().stream().anyMatch(line -> line.contains("  " + TITLE_SHOWN
                + "  [short, running, ")), query.out());
        assertTrue(query.outLines().stream().anyMatch(line -> line.contains("  " + FORGING_SHOWN + "  [short, idea]")),
                query.out());

        JsonArray actions = json(ok("query", "actions", "-w", breda.toString(), "--format", "json")).asJsonObject()
                .getJsonArray("actions");
        assertTrue(actions.stream().map(JsonObject.class::cast).anyMatch(action -> action.getString("title")
                .equals(TITLE)), actions::toString);
        assertTrue(actions.stream().map(JsonObject.class::cast).anyMatch(action -> action.getString("title")
                .equals(FORGING)), actions::toString);
    }

    @Test
    void messagesThatQuoteAValueQuoteItEscaped() throws Exception {
        Path breda = hostilePlan();
        CommandRun unknown = expect(5, "show", "-w", breda.toString(), "x\033]0;pwned\007");
        assertEquals("veerkracht: er is geen onderdeel 'x\\033]0;pwned\\a' in plan\n", unknown.err());

        write(breda.resolve("plan/actions/terrassen.yaml"), """
                id: terrassen
                title: Terrassen
                term: "kort\\e[2J\\nplan: geldig"
                status: running
                """);
        CommandRun validate = expect(1, "validate", "-w", breda.toString());
        assertTrue(validate.out().contains("'kort\\033[2J\\nplan: geldig'"), validate.out());
        assertFalse(validate.outLines().contains("plan: geldig"), validate.out());
        JsonObject problem = json(expect(1, "validate", "-w", breda.toString(), "--format", "json")).asJsonObject()
                .getJsonArray("repositories").getJsonObject(0).getJsonArray("problems").getJsonObject(0);
        assertTrue(problem.getString("message").contains("kort\033[2J\nplan: geldig"), problem::toString);
    }

    /** Breda coordinates West-Brabant, with Etten-Leur, whose name the coordinator wrote with terminal escapes. */
    private Path[] region() throws IOException {
        Path breda = temp.resolve("breda");
        Path ettenLeur = temp.resolve("etten-leur");
        ok("init", breda.toString(), "--code", "GM0758", "--name", "Breda", "--author", "J. de Vries <j@breda.nl>");
        ok("init", ettenLeur.toString(), "--code", "GM0777", "--name", "Etten-Leur", "--author",
                "P. Bakker <p@etten-leur.nl>");
        ok("region", "create", "-w", breda.toString(), "--id", "west-brabant", "--name", "West-Brabant");
        ok("region", "add-member", "-w", breda.toString(), "--id", "west-brabant", "--code", "GM0777", "--name",
                "Etten-Leur\033]0;pwned\007", "--url", ettenLeur.resolve(REGION).toString());
        write(breda.resolve(REGION).resolve("actions/GM0758-fonds.yaml"), """
                id: GM0758-fonds
                title: Regionaal fonds
                term: medium
                status: planned
                lead_municipality: GM0758
                participants:
                  - GM0758
                  - GM0777
                """);
        ok("commit", "-w", breda.toString(), "--repo", REGION, "-m", "Fonds", "--author", "J. de Vries <j@breda.nl>");
        ok("region", "join", "-w", ettenLeur.toString(), breda.resolve(REGION).toString());
        return new Path[] {breda, ettenLeur};
    }

    private static void edit(Path file, String from, String to) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        assertTrue(text.contains(from), () -> from + " in " + text);
        Files.writeString(file, text.replace(from, to), StandardCharsets.UTF_8);
    }

    @Test
    void theSyncReportPrintsANeighboursNamesEscaped() throws Exception {
        Path[] region = region();
        Path breda = region[0];
        Path ettenLeur = region[1];
        // a commit in the neighbour's clone by plain git, without the municipality's trailer: refused, with its author
        Path clone = ettenLeur.resolve(REGION);
        edit(clone.resolve("actions/GM0758-fonds.yaml"), "status: planned", "status: running");
        RegionCommandLine.git(clone, "-c", "user.name=" + AUTHOR, "-c", "user.email=eve@example.nl", "commit", "-q",
                "-a", "-m", SUBJECT);

        CommandRun sync = expect(4, "sync", "-w", breda.toString());
        String member = "GM0777 Etten-Leur\\033]0;pwned\\a: ";
        assertTrue(sync.out().contains("\n  " + member), sync.out());
        assertTrue(sync.outLines().stream().anyMatch(line -> line.startsWith("  " + member)
                && line.contains(AUTHOR_SHOWN + " <eve@example.nl>")), sync.out());
        assertTrue(sync.err().contains("Etten-Leur\\033]0;pwned\\a"),
                "the progress on stderr names it too: " + sync.err());

        JsonObject json = json(expect(4, "sync", "-w", breda.toString(), "--format", "json")).asJsonObject();
        JsonObject source = json.getJsonArray("steps").getJsonObject(0).getJsonArray("regions").getJsonObject(0)
                .getJsonArray("sources").getJsonObject(0);
        assertEquals("Etten-Leur\033]0;pwned\007", source.getString("name"));
        assertEquals(AUTHOR + " <eve@example.nl>", source.getJsonObject("refusal").getString("author"));
    }

    @Test
    void conflictsPrintTitlesAndValuesEscaped() throws Exception {
        Path[] region = region();
        Path breda = region[0];
        Path ettenLeur = region[1];
        edit(breda.resolve(REGION).resolve("actions/GM0758-fonds.yaml"), "title: Regionaal fonds",
                "title: " + TITLE_YAML);
        ok("commit", "-w", breda.toString(), "--repo", REGION, "-m", "Titel", "--author", "J. de Vries <j@breda.nl>");
        edit(ettenLeur.resolve(REGION).resolve("actions/GM0758-fonds.yaml"), "title: Regionaal fonds",
                "title: \"Fonds\\nGM0758  vervalste regel\"");
        ok("commit", "-w", ettenLeur.toString(), "--repo", REGION, "-m", "Titel", "--author",
                "P. Bakker <p@etten-leur.nl>");

        CommandRun sync = expect(3, "sync", "-w", breda.toString());
        assertTrue(sync.out().contains("GM0777 Etten-Leur\\033]0;pwned\\a: 1 conflict(en); niets samengevoegd"),
                sync.out());
        CommandRun conflicts = ok("conflicts", "-w", breda.toString());
        assertTrue(conflicts.out().contains("actie " + TITLE_SHOWN + " (GM0758-fonds), veld title"), conflicts.out());
        assertTrue(conflicts.outLines().contains("    basis: Regionaal fonds"), conflicts.out());
        assertTrue(conflicts.outLines().stream().anyMatch(line -> line.endsWith(": " + TITLE_SHOWN)), conflicts.out());
        assertTrue(conflicts.outLines().stream().anyMatch(line -> line.endsWith(": Fonds\\nGM0758  vervalste regel")),
                conflicts.out());

        JsonObject conflict = json(ok("conflicts", "-w", breda.toString(), "--format", "json")).asJsonObject()
                .getJsonArray("pending").getJsonObject(0).getJsonArray("conflicts").getJsonObject(0);
        assertEquals(TITLE, conflict.getString("ours"));
        assertEquals("Fonds\nGM0758  vervalste regel", conflict.getString("theirs"));
        assertEquals(TITLE, conflict.getString("title"));
    }

    @Test
    void checkPrintsThePlansNameEscaped() throws Exception {
        Path breda = temp.resolve("breda");
        ok("init", breda.toString(), "--code", "GM0758", "--name", "Breda\033]0;pwned\007\u202E", "--author",
                "J. de Vries <j@breda.nl>");
        CommandRun check = expect(1, "check", "-w", breda.toString());
        assertTrue(check.outLines().get(0).contains("Breda\\033]0;pwned\\a\\u202e (GM0758)"), check.out());
        assertEquals("Breda\033]0;pwned\007\u202E",
                json(expect(1, "check", "-w", breda.toString(), "--format", "json")).asJsonObject().getString("name"));
    }

    @Test
    void theProvincesReportPrintsItsTitlesEscaped() throws Exception {
        Path province = temp.resolve("noord-brabant");
        ok("init", province.toString(), "--code", "PV30", "--name", "Noord-Brabant", "--author", "P <p@brabant.nl>");
        String task = """
                id: digitalisering
                title: %s
                programme: %s
                funding:
                  - id: voucher
                    title: Voucher
                    deadline: %s
                status: active
                """;
        write(province.resolve("plan/tasks/digitalisering.yaml"),
                task.formatted("Digitalisering", "Brabant Digitaal", "2027-01-31"));
        ok("commit", "-w", province.toString(), "-m", "Programma", "--author", "P <p@brabant.nl>");
        Path breda = temp.resolve("breda");
        ok("init", breda.toString(), "--code", "GM0758", "--name", "Breda", "--province", "PV30", "--author",
                "J. de Vries <j@breda.nl>");
        write(breda.resolve("plan/actions/digitaal.yaml"), """
                id: digitaal
                title: Binnenstad digitaal
                term: medium
                status: planned
                links:
                  province:
                    - PV30/digitalisering
                """);
        ok("commit", "-w", breda.toString(), "-m", "Gekoppeld", "--author", "J. de Vries <j@breda.nl>");
        ok("province", "follow", "-w", breda.toString(), province.resolve("plan").toString());

        write(province.resolve("plan/tasks/digitalisering.yaml"), task.formatted(TITLE_YAML, "Brabant Digitaal",
                "2027-04-30"));
        write(province.resolve("plan/tasks/nieuw.yaml"), task.formatted("\"Nieuw\\nGM0758  vervalste regel\"",
                "\"Brabant \\u202Eomgekeerd\"", "2027-06-01").replace("id: digitalisering", "id: nieuw"));
        ok("commit", "-w", province.toString(), "-m", "Gewijzigd", "--author", "P <p@brabant.nl>");

        CommandRun sync = ok("sync", "-w", breda.toString());
        assertTrue(sync.outLines().contains("    " + TITLE_SHOWN + " (PV30/digitalisering): funding[voucher].deadline "
                + "2027-01-31 -> 2027-04-30; title Digitalisering -> " + TITLE_SHOWN), sync.out());
        assertTrue(sync.outLines().contains("    Brabant \\u202eomgekeerd: " + "Nieuw\\nGM0758  vervalste regel"),
                sync.out());
    }
}
