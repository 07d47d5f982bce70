package nl.veerkracht.cli.internal;

import nl.veerkracht.model.validation.Language;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;


/** What a user sees at the command line: output, the one-line errors and the exit codes. */
class CommandLineBehaviourTest {

    static CommandRun run(String... args) {
        return CommandRun.of(new VeerkrachtCommandRunner("1.2.3", TestServices.create()), args);
    }

    @Test
    void versionPrintsTheProductVersion() {
        CommandRun run = run("--version");
        assertEquals(0, run.exitCode());
        assertEquals("veerkracht 1.2.3", run.out().strip());
        assertEquals("", run.err());
    }

    @Test
    void anUnknownCommandIsOneLineOnStderrWithAPointerToHelpAndExitTwo() {
        CommandRun run = run("frobnicate");
        assertEquals(2, run.exitCode());
        assertEquals(List.of("veerkracht: onbekende opdracht 'frobnicate'; zie 'veerkracht help'"), run.errLines());
        assertEquals("", run.out());
    }

    @Test
    void errorsAreInEnglishWithLangEnWhereverItStands() {
        assertEquals(List.of("veerkracht: unknown command 'frobnicate'; see 'veerkracht help'"),
                run("--lang", "en", "frobnicate").errLines());
        assertEquals(List.of("veerkracht: unknown command 'frobnicate'; see 'veerkracht help'"),
                run("frobnicate", "--lang=en").errLines());
    }

    @ParameterizedTest
    @ValueSource(strings = {"--frob", "-x", "--versions"})
    void anUnknownOptionIsAUsageError(String option) {
        CommandRun run = run(option);
        assertEquals(2, run.exitCode());
        assertEquals(List.of("veerkracht: onbekende optie '" + option + "'; zie 'veerkracht help'"), run.errLines());
    }

    @Test
    void anUnknownOptionOfACommandPointsToThatCommandsHelp() {
        CommandRun run = run("demo", "--bogus", "x");
        assertEquals(2, run.exitCode());
        assertEquals(List.of("veerkracht: onbekende optie '--bogus' bij 'demo'; zie 'veerkracht help demo'"),
                run.errLines());
    }

    @Test
    void aMissingArgumentIsAUsageError() {
        CommandRun run = run("demo");
        assertEquals(2, run.exitCode());
        assertEquals(1, run.errLines().size());
        assertTrue(run.err().startsWith("veerkracht: 'demo' mist <map>"), run.err());
    }

    @Test
    void anUnknownLanguageIsAUsageError() {
        CommandRun run = run("--lang", "fr", "help");
        assertEquals(2, run.exitCode());
        assertEquals(List.of("veerkracht: onbekende taal 'fr' bij --lang; kies nl of en; zie 'veerkracht help'"),
                run.errLines());
    }

    @Test
    void helpListsEveryCommandWithOneLineEach() {
        CommandRun run = run("help");
        assertEquals(0, run.exitCode());
        for (String command : List.of("init <map>", "validate [-w <map>]", "check [-w <map>]", "commit [-w <map>]", "log [-w <map>]",
                "diff [-w <map>]", "show [-w <map>]", "approve [-w <map>]", "demo <map>", "desktop [-w <map>]", "help [<opdracht>]", "shell",
                "--version")) {
            long lines = run.out().lines().filter(line -> line.startsWith("  " + command + " ")).count();
            assertEquals(1, lines, () -> command + " in\n" + run.out());
        }
        assertTrue(run.out().contains("--lang nl|en"));
    }

    @Test
    void helpForOneCommandShowsItsUsage() {
        CommandRun run = run("--lang", "en", "help", "demo");
        assertEquals(0, run.exitCode());
        assertTrue(run.out().startsWith("Usage: veerkracht demo"), run.out());
        assertTrue(run.out().contains("<dir>"), run.out());
    }

    @Test
    void noCommandShowsTheOverviewAndIsAUsageError() {
        CommandRun run = run();
        assertEquals(2, run.exitCode());
        assertTrue(run.out().contains("veerkracht help <opdracht>"), run.out());
    }

    @Test
    void helpForAnUnknownCommandIsAUsageError() {
        CommandRun run = run("help", "frobnicate");
        assertEquals(2, run.exitCode());
        assertEquals(List.of("veerkracht: onbekende opdracht 'frobnicate'; zie 'veerkracht help'"), run.errLines());
    }

    @Test
    void demoBuildsBredaAndShowsItsHistoryAndTheChangesSinceTheCouncilApproved(@TempDir Path temp) {
        Path dir = temp.resolve("demo");
        CommandRun run = run("demo", dir.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(Files.isDirectory(dir.resolve("breda/plan/.git")));
        assertTrue(run.out().contains("Vastgesteld door de gemeenteraad: raad/2026-05-12"), run.out());
        assertTrue(run.out().contains("J. de Vries (GM0758)  Terugvalscenario met draaiboek"), run.out());
        assertTrue(run.out().contains(
                "  actie Terrassen verruimen: budget.amount 10000 -> 15000; end 2026-04-29 -> 2026-09-30; progress 40 -> 75; term short -> medium"),
                run.out());
        assertTrue(run.out().contains("  waarnemingen van terrassen-vergund: +2026-06: 118"), run.out());
        assertTrue(run.out().contains("Monitoring: vestigingen bijgewerkt uit CBS-tabel 81575NED (antwoorden die de demo "
                + "meebrengt, zonder netwerk): nieuw 2026-Q2: 14580, 2026-Q3: 14640* (* voorlopig); herzien 2026-Q1: 14510 -> 14530"),
                run.out());
        assertTrue(run.out().contains("  nieuw: scenario Terugval naar een lockdown"), run.out());
        assertTrue(run.out().contains("Tienpuntencheck van Breda (GM0758)"), run.out());
        assertTrue(run.out().contains("De 4 kopieën van het regionale plan zijn gelijk"), run.out());
        assertTrue(run.out().contains("      basis: 400000"), run.out());
        assertTrue(run.out().contains("PV30/vrijetijdseconomie: de opgave Herstel van de vrijetijdseconomie is gesloten"), run.out());
        assertTrue(run.out().contains("  GM0777  60.000 euro, 1 actie"), run.out());
    }

    @Test
    void demoRefusesAFolderThatIsNotEmptyAndLeavesItAlone(@TempDir Path temp) throws Exception {
        Path kept = Files.writeString(temp.resolve("mine.txt"), "mijn werk");
        CommandRun run = run("demo", temp.toString());
        assertEquals(5, run.exitCode());
        assertEquals(1, run.errLines().size());
        assertTrue(run.err().startsWith("veerkracht: de map " + temp), run.err());
        assertEquals("mijn werk", Files.readString(kept));
    }

    @Test
    void everyTextExistsInBothLanguages() {
        Set<String> dutch = new TreeSet<>(Messages.of(Language.NL).bundle().keySet());
        Set<String> english = new TreeSet<>(Messages.of(Language.EN).bundle().keySet());
        assertEquals(dutch, english);
        assertFalse(dutch.isEmpty());
    }
}
