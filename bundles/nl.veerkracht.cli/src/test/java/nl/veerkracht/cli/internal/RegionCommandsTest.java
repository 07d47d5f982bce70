package nl.veerkracht.cli.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.veerkracht.store.Author;
import nl.veerkracht.store.PlanRepository;

/** The region commands' help, messages, refusals and exit codes, in Dutch and English. */
class RegionCommandsTest {

    @TempDir
    Path temp;

    private final RegionCommandLine veerkracht = new RegionCommandLine();
    private Path breda;
    private Path ettenLeur;

    @BeforeEach
    void workspaces() {
        breda = temp.resolve("breda");
        ettenLeur = temp.resolve("etten-leur");
        veerkracht.ok("init", breda.toString(), "--code", "GM0758", "--name", "Breda", "--author", "J. de Vries <j@breda.nl>");
        veerkracht.ok("init", ettenLeur.toString(), "--code", "GM0777", "--name", "Etten-Leur", "--author",
                "P. Bakker <p@etten-leur.nl>");
    }

    @Test
    void helpListsEveryRegionCommandWithOneLineEach() {
        CommandRun help = veerkracht.ok("help");
        for (String command : List.of("region create [-w <map>] --id <id> --name <naam>",
                "region add-member [-w <map>] --id <id> --code <GMxxxx>", "region join [-w <map>] <url>",
                "keys create [-w <map>]", "sync [-w <map>]", "conflicts [-w <map>] [--format json]",
                "resolve [-w <map>] <id> <veld> (--ours | --theirs | --value <waarde>)")) {
            assertEquals(1, help.outLines().stream().filter(line -> line.startsWith("  " + command)).count(),
                    () -> command + " in\n" + help.out());
        }
        CommandRun region = veerkracht.expect(2, "region");
        assertTrue(region.out().contains("create") && region.out().contains("add-member") && region.out().contains("join"),
                region.out());
    }

    @Test
    void createSaysWhatItMadeInEnglishToo() {
        CommandRun created = veerkracht.ok("--lang", "en", "region", "create", "-w", breda.toString(), "--id",
                "west-brabant", "--name", "West-Brabant");
        assertTrue(created.out().startsWith("Region West-Brabant started in region/west-brabant, with Breda (GM0758) as "
                + "coordinator and first member (commit "), created.out());
        CommandRun again = veerkracht.expect(5, "region", "create", "-w", breda.toString(), "--id",
                "west-brabant", "--name", "West-Brabant");
        assertEquals("veerkracht: region/west-brabant bestaat al in deze werkruimte\n", again.err());
        CommandRun badId = veerkracht.expect(2, "region", "create", "-w", breda.toString(), "--id",
                "West Brabant", "--name", "West-Brabant");
        assertTrue(badId.err().startsWith("veerkracht: 'West Brabant' is geen id van een regio; schrijf kleine letters, "
                + "cijfers en streepjes, zoals west-brabant"), badId.err());
        CommandRun badCode = veerkracht.expect(2, "region", "add-member", "-w", breda.toString(), "--id",
                "west-brabant", "--code", "XX", "--name", "Nergens", "--url", breda.toString());
        assertTrue(badCode.err().startsWith("veerkracht: 'XX' is geen gemeentecode"), badCode.err());
    }

    @Test
    void aSignedRegionNeedsTheCoordinatorsKey() {
        CommandRun unsigned = veerkracht.expect(5, "region", "create", "-w", breda.toString(), "--id",
                "west-brabant", "--name", "West-Brabant", "--require-signed");
        assertTrue(unsigned.err().startsWith("veerkracht: deze regio vraagt ondertekende commits, maar er is geen "
                + "SSH-sleutel " + breda.resolve(".veerkracht/keys/GM0758")), unsigned.err());
        assertEquals(1, unsigned.err().lines().count());
        assertTrue(unsigned.err().endsWith("; maak er een met 'veerkracht keys create -w " + breda + "'\n"), unsigned.err());
    }

    @Test
    void keysCreateMakesTheKeyASignedRegionSignsWithAndRefusesToMakeASecond() throws Exception {
        CommandRun created = veerkracht.ok("keys", "create", "-w", breda.toString());
        Path key = breda.resolve(".veerkracht/keys/GM0758");
        String publicKey = Files.readString(Path.of(key + ".pub")).strip();
        List<String> lines = created.outLines();
        assertEquals(4, lines.size(), created.out());
        assertTrue(lines.get(0).startsWith("Sleutel van Breda (GM0758) gemaakt in " + key + " (SHA256:"), created.out());
        assertEquals("De publieke sleutel, in " + key + ".pub:", lines.get(1));
        assertEquals(publicKey, lines.get(2));
        assertEquals("Geef GM0758.pub aan de coördinator van de regio; die neemt hem op met "
                + "'veerkracht region add-member ... --code GM0758 --key GM0758.pub'.", lines.get(3));
        assertEquals("", created.err());

        CommandRun again = veerkracht.expect(5, "--lang", "en", "keys", "create", "-w", breda.toString());
        assertEquals("", again.out());
        assertEquals(1, again.err().lines().count(), again.err());
        assertTrue(again.err().startsWith("veerkracht: there is a key " + key + " already, and it stays as it is"),
                again.err());
        assertEquals(publicKey, Files.readString(Path.of(key + ".pub")).strip());

        veerkracht.ok("region", "create", "-w", breda.toString(), "--id", "west-brabant", "--name", "West-Brabant",
                "--require-signed");
        Path allowed = temp.resolve("allowed_signers");
        Files.writeString(allowed, "j@breda.nl namespaces=\"git\" " + publicKey + "\n");
        RegionCommandLine.git(breda.resolve("region/west-brabant"), "-c", "gpg.format=ssh", "-c",
                "gpg.ssh.allowedSignersFile=" + allowed, "verify-commit", "HEAD");
        assertTrue(Files.readString(breda.resolve("region/west-brabant/plan.yaml")).contains(publicKey));
    }

    @Test
    void onlyMembersJoinAndOnlyTheCoordinatorAddsMembers() {
        veerkracht.ok("region", "create", "-w", breda.toString(), "--id", "west-brabant", "--name", "West-Brabant");
        String url = breda.resolve("region/west-brabant").toString();
        CommandRun notMember = veerkracht.expect(5, "region", "join", "-w", ettenLeur.toString(), url);
        assertEquals("veerkracht: GM0777 Etten-Leur is geen lid van West-Brabant; vraag de coördinator (GM0758) om "
                + "'veerkracht region add-member'\n", notMember.err());

        veerkracht.ok("region", "add-member", "-w", breda.toString(), "--id", "west-brabant", "--code", "GM0777",
                "--name", "Etten-Leur", "--url", ettenLeur.resolve("region/west-brabant").toString());
        veerkracht.ok("region", "join", "-w", ettenLeur.toString(), url);
        CommandRun notCoordinator = veerkracht.expect(5, "region", "add-member", "-w", ettenLeur.toString(),
                "--id", "west-brabant", "--code", "GM1674", "--name", "Roosendaal", "--url", "/elders");
        assertEquals("veerkracht: alleen de coördinator (GM0758) voegt leden toe; deze werkruimte is van GM0777\n",
                notCoordinator.err());
        CommandRun badKey = veerkracht.expect(5, "region", "add-member", "-w", breda.toString(), "--id",
                "west-brabant", "--code", "GM1674", "--name", "Roosendaal", "--url", "/elders", "--key",
                temp.resolve("geen-sleutel.pub").toString());
        assertTrue(badKey.err().startsWith("veerkracht: kan de publieke sleutel "), badKey.err());
    }

    @Test
    void joiningAHistoryThatBreaksARuleIsRefusedWithExitFour() throws Exception {
        veerkracht.ok("region", "create", "-w", breda.toString(), "--id", "west-brabant", "--name", "West-Brabant");
        veerkracht.ok("region", "add-member", "-w", breda.toString(), "--id", "west-brabant", "--code", "GM0777",
                "--name", "Etten-Leur", "--url", "/elders");
        try (PlanRepository git = PlanRepository.open(breda.resolve("region/west-brabant"))) {
            String head = git.head().orElseThrow();
            Map<String, byte[]> files = new TreeMap<>(git.filesAt(head));
            files.put("needs/werk.yaml", "id: werk\ntitle: Werk, volgens een buitenstaander\n"
                    .getBytes(StandardCharsets.UTF_8));
            String commit = git.writeCommit(files, List.of(head), "Buitenstaander", new Author("X", "x@example.nl"),
                    "GM0826");
            git.advanceBranch(Optional.of(head), commit, temp.resolve("state"));
        }
        CommandRun refused = veerkracht.expect(4, "region", "join", "-w", ettenLeur.toString(),
                breda.resolve("region/west-brabant").toString());
        assertTrue(refused.err().startsWith("veerkracht: het regionale plan wordt geweigerd: commit "), refused.err());
        assertTrue(refused.err().contains("van GM0826 overtreedt een regel: alleen leden van de regio maken commits"),
                refused.err());
    }

    @Test
    void withoutRegionsOrConflictsThereIsLittleToSay() {
        assertEquals(List.of("Deze werkruimte heeft geen regionale plannen.",
                "geen provincie gevolgd (volg er een met 'veerkracht province follow <url>')", "Sync klaar."),
                veerkracht.ok("sync", "-w", breda.toString()).outLines());
        assertEquals("Geen open conflicten.\n", veerkracht.ok("conflicts", "-w", breda.toString()).out());
        assertEquals("No open conflicts.\n", veerkracht.ok("--lang", "en", "conflicts", "-w", breda.toString()).out());
        assertEquals("{\n    \"pending\": [\n    ]\n}\n",
                veerkracht.ok("conflicts", "-w", breda.toString(), "--format", "json").out());
    }

    @Test
    void resolveWantsOneChoiceAFieldItCanReadAndAnOpenConflict() {
        CommandRun noChoice = veerkracht.expect(2, "resolve", "-w", breda.toString(), "x", "term");
        assertTrue(noChoice.err().startsWith("veerkracht: "), noChoice.err());
        veerkracht.expect(2, "resolve", "-w", breda.toString(), "x", "term", "--ours", "--theirs");
        CommandRun badField = veerkracht.expect(2, "resolve", "-w", breda.toString(), "x", "budget.", "--ours");
        assertTrue(badField.err().startsWith("veerkracht: 'budget.' is geen veld"), badField.err());
        CommandRun unknown = veerkracht.expect(5, "--lang", "en", "resolve", "-w", breda.toString(), "x", "term",
                "--theirs");
        assertEquals("veerkracht: there is no open conflict at 'x' field 'term'; 'veerkracht conflicts' lists the open "
                + "conflicts\n", unknown.err());
    }
}
