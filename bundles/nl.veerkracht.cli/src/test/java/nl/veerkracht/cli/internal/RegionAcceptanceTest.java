package nl.veerkracht.cli.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;

import jakarta.json.Json;
import jakarta.json.JsonObject;

/**
 * The acceptance scenario of the regional plan, through the command line only: three municipalities in
 * three workspaces build a regional plan, edit different fields of one shared action and the same field
 * of another, sync in any order, see exactly one conflict, resolve it and end with identical regional
 * trees that git fsck accepts; then a non-participant's edit of a shared action is refused with exit 4: by
 * its own {@code commit}, which records nothing, and, made with plain git, by every other member's
 * {@code sync}, which merges nothing.
 */
class RegionAcceptanceTest {

    private static final String REGION = "region/west-brabant";

    @TempDir
    Path temp;

    private final RegionCommandLine veerkracht = new RegionCommandLine();

    private Path breda;
    private Path ettenLeur;
    private Path roosendaal;

    /** Breda's fonds, in which all three take part (the plain-git test edits it too). */
    static final String FONDS = """
            id: GM0758-binnenstadfonds
            title: Regionaal binnenstadfonds
            term: medium
            status: planned
            lead_municipality: GM0758
            participants:
              - GM0758
              - GM0777
              - GM1674
            contributions:
              GM0758: 20000
            """;

    private static final String LOKET = """
            id: GM0758-ondernemersloket
            title: Eén ondernemersloket
            term: short
            budget:
              amount: 30000
              source: region
            status: running
            lead_municipality: GM0758
            participants:
              - GM0758
              - GM0777
              - GM1674
            """;

    private static final String VOUCHERS = """
            id: GM0758-vouchers
            title: Digitaliseringsvouchers
            term: short
            status: idea
            lead_municipality: GM0758
            participants:
              - GM0758
              - GM0777
            """;

    private void write(Path workspace, String path, String content) throws IOException {
        Path file = workspace.resolve(REGION).resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content, StandardCharsets.UTF_8);
    }

    private void edit(Path workspace, String path, String from, String to) throws IOException {
        Path file = workspace.resolve(REGION).resolve(path);
        String text = Files.readString(file, StandardCharsets.UTF_8);
        assertTrue(text.contains(from), () -> from + " in " + text);
        Files.writeString(file, text.replace(from, to), StandardCharsets.UTF_8);
    }

    private void commit(Path workspace, String message) {
        veerkracht.ok("commit", "-w", workspace.toString(), "--repo", REGION, "-m", message);
    }

    private String head(Path workspace) throws Exception {
        return RegionCommandLine.git(workspace.resolve(REGION), "rev-parse", "HEAD").strip();
    }

    private String tree(Path workspace) throws Exception {
        return RegionCommandLine.git(workspace.resolve(REGION), "rev-parse", "HEAD^{tree}").strip();
    }

    private void buildTheRegion() throws Exception {
        breda = temp.resolve("breda");
        ettenLeur = temp.resolve("etten-leur");
        roosendaal = temp.resolve("roosendaal");
        veerkracht.ok("init", breda.toString(), "--code", "GM0758", "--name", "Breda", "--province", "PV30",
                "--author", "J. de Vries <j.devries@breda.nl>");
        veerkracht.ok("init", ettenLeur.toString(), "--code", "GM0777", "--name", "Etten-Leur", "--province", "PV30",
                "--author", "P. Bakker <p.bakker@etten-leur.nl>");
        veerkracht.ok("init", roosendaal.toString(), "--code", "GM1674", "--name", "Roosendaal", "--province", "PV30",
                "--author", "S. Jansen <s.jansen@roosendaal.nl>");
        for (Path workspace : List.of(breda, ettenLeur, roosendaal)) {
            RegionCommandLine.git(workspace.resolve("plan"), "config", "user.name", "Beleid " + workspace.getFileName());
            RegionCommandLine.git(workspace.resolve("plan"), "config", "user.email", workspace.getFileName() + "@example.nl");
        }

        CommandRun created = veerkracht.ok("region", "create", "-w", breda.toString(), "--id", "west-brabant",
                "--name", "West-Brabant");
        assertTrue(created.out().startsWith("Regio West-Brabant begonnen in region/west-brabant, met Breda (GM0758)"),
                created.out());
        veerkracht.ok("region", "add-member", "-w", breda.toString(), "--id", "west-brabant", "--code", "GM0777",
                "--name", "Etten-Leur", "--url", ettenLeur.resolve(REGION).toString(), "--plan-url",
                ettenLeur.resolve("plan").toString());
        veerkracht.ok("region", "add-member", "-w", breda.toString(), "--id", "west-brabant", "--code", "GM1674",
                "--name", "Roosendaal", "--url", roosendaal.resolve(REGION).toString());
        write(breda, "actions/GM0758-binnenstadfonds.yaml", FONDS);
        write(breda, "actions/GM0758-ondernemersloket.yaml", LOKET);
        write(breda, "actions/GM0758-vouchers.yaml", VOUCHERS);
        commit(breda, "Drie gedeelde acties");

        CommandRun joined = veerkracht.ok("region", "join", "-w", ettenLeur.toString(),
                breda.resolve(REGION).toString());
        assertTrue(joined.out().startsWith("Aangesloten bij West-Brabant in region/west-brabant: 3 leden, coördinator GM0758"),
                joined.out());
        veerkracht.ok("region", "join", "-w", roosendaal.toString(), breda.resolve(REGION).toString());
    }

    @ParameterizedTest(name = "sync order {0}")
    @ValueSource(strings = {"etten-leur,roosendaal,breda", "roosendaal,breda,etten-leur"})
    void threeMunicipalitiesEditSyncResolveOneConflictAndAgree(String order) throws Exception {
        buildTheRegion();
        // different fields of one shared action, the same field of another
        edit(ettenLeur, "actions/GM0758-binnenstadfonds.yaml", "term: medium", "term: long");
        edit(ettenLeur, "actions/GM0758-ondernemersloket.yaml", "amount: 30000", "amount: 40000");
        commit(ettenLeur, "Fonds loopt lang, loket duurder");
        edit(roosendaal, "actions/GM0758-binnenstadfonds.yaml", "status: planned", "status: running");
        edit(roosendaal, "actions/GM0758-ondernemersloket.yaml", "amount: 30000", "amount: 25000");
        commit(roosendaal, "Fonds loopt, loket goedkoper");

        List<Path> members = List.of(order.split(",")).stream().map(temp::resolve).toList();
        Path resolver = null;
        for (Path member : members) {
            CommandRun sync = veerkracht.run("sync", "-w", member.toString());
            if (sync.exitCode() == 3) {
                // every member that meets it sees the same single conflict; the first one settles it
                assertEquals(1, sync.outLines().stream().filter(line -> line.contains("conflict(en); niets samengevoegd"))
                        .count(), sync.out());
                assertTrue(sync.out().contains(": 1 conflict(en); niets samengevoegd"), sync.out());
                assertTrue(sync.out().contains("veerkracht conflicts"), sync.out());
                assertEquals(1, veerkracht.ok("conflicts", "-w", member.toString(), "--format", "json").out()
                        .split("\"field\"", -1).length - 1, "one conflict listed");
                if (resolver == null) {
                    resolver = member;
                }
            } else {
                assertEquals(0, sync.exitCode(), sync.out() + sync.err());
            }
        }
        assertTrue(resolver != null, "some member meets the conflict");
        String before = head(resolver);

        CommandRun listed = veerkracht.ok("conflicts", "-w", resolver.toString());
        assertTrue(listed.out().contains("actie Eén ondernemersloket (GM0758-ondernemersloket), veld budget.amount"),
                listed.out());
        assertTrue(listed.out().contains("basis: 30000"), listed.out());
        JsonObject json = Json.createReader(new StringReader(veerkracht.ok("conflicts", "-w", resolver.toString(),
                "--format", "json").out())).readObject();
        assertEquals(1, json.getJsonArray("pending").size());
        JsonObject conflict = json.getJsonArray("pending").getJsonObject(0).getJsonArray("conflicts").getJsonObject(0);
        assertEquals("GM0758-ondernemersloket", conflict.getString("id"));
        assertEquals("budget.amount", conflict.getString("field"));
        assertEquals(30000, conflict.getInt("base"));
        assertEquals(Set40000or25000(conflict.getInt("ours"), conflict.getInt("theirs")), true);

        CommandRun unknown = veerkracht.run("resolve", "-w", resolver.toString(), "GM0758-ondernemersloket",
                "term", "--ours");
        assertEquals(5, unknown.exitCode(), unknown.err());
        assertTrue(unknown.err().startsWith("veerkracht: er is geen open conflict bij 'GM0758-ondernemersloket' veld 'term'"),
                unknown.err());
        assertEquals(before, head(resolver), "a refused resolve leaves the branch where it was");

        CommandRun resolved = veerkracht.ok("resolve", "-w", resolver.toString(), "GM0758-ondernemersloket",
                "budget.amount", "--value", "35000");
        assertTrue(resolved.out().contains("Alle conflicten zijn opgelost"), resolved.out());
        veerkracht.ok("sync", "-w", resolver.toString());
        assertEquals("Geen open conflicten.\n", veerkracht.ok("conflicts", "-w", resolver.toString()).out());

        for (int round = 0; round < 2; round++) {
            for (Path member : members) {
                veerkracht.ok("sync", "-w", member.toString());
            }
        }
        assertEquals(tree(breda), tree(ettenLeur));
        assertEquals(tree(breda), tree(roosendaal));
        String fonds = Files.readString(breda.resolve(REGION).resolve("actions/GM0758-binnenstadfonds.yaml"));
        assertTrue(fonds.contains("term: long") && fonds.contains("status: running"), fonds);
        String loket = Files.readString(breda.resolve(REGION).resolve("actions/GM0758-ondernemersloket.yaml"));
        assertTrue(loket.contains("amount: 35000"), loket);
        for (Path member : List.of(breda, ettenLeur, roosendaal)) {
            RegionCommandLine.assertFsckClean(member.resolve(REGION));
        }

        // a municipality that does not take part in a shared action edits it: its own commit refuses it as every
        // other member would, naming the rule (exit 4), and records nothing
        edit(roosendaal, "actions/GM0758-vouchers.yaml", "status: idea", "status: planned");
        String roosendaalBefore = head(roosendaal);
        CommandRun local = veerkracht.expect(4, "commit", "-w", roosendaal.toString(), "--repo", REGION,
                "-m", "Vouchers gepland");
        assertEquals("veerkracht: niets vastgelegd in region/west-brabant: de andere leden zouden deze commit weigeren,"
                + " want hij overtreedt een regel van de regio (alleen deelnemers wijzigen een gedeelde actie):"
                + " actions/GM0758-vouchers.yaml status\n", local.err());
        assertEquals("", local.out());
        assertEquals(roosendaalBefore, head(roosendaal));
        CommandRun english = veerkracht.expect(4, "--lang", "en", "commit", "-w", roosendaal.toString(),
                "--repo", REGION, "-m", "Vouchers gepland");
        assertTrue(english.err().contains("because it breaks a rule of the region (only participants change a shared"
                + " action): actions/GM0758-vouchers.yaml status"), english.err());
        RegionCommandLine.assertFsckClean(roosendaal.resolve(REGION));

        // made past Veerkracht, with plain git: every other member refuses it whole, nothing merged
        RegionCommandLine.git(roosendaal.resolve(REGION), "-c", "user.name=Beleid Roosendaal", "-c",
                "user.email=beleid@roosendaal.nl", "commit", "-q", "-a", "-m", "Vouchers gepland", "--trailer",
                "Veerkracht-Municipality: GM1674");
        String bredaBefore = head(breda);
        String treeBefore = tree(breda);
        CommandRun refused = veerkracht.expect(4, "sync", "-w", breda.toString());
        assertTrue(refused.out().contains("GM1674 Roosendaal: geweigerd: commit "), refused.out());
        assertTrue(refused.out().contains("van GM1674 overtreedt een regel (alleen deelnemers wijzigen een gedeelde actie)"
                + ": actions/GM0758-vouchers.yaml status; niets samengevoegd"), refused.out());
        assertEquals(bredaBefore, head(breda));
        assertEquals(treeBefore, tree(breda));
        RegionCommandLine.assertFsckClean(breda.resolve(REGION));
    }

    private static boolean Set40000or25000(int ours, int theirs) {
        return ours != theirs && List.of(40000, 25000).contains(ours) && List.of(40000, 25000).contains(theirs);
    }
}
