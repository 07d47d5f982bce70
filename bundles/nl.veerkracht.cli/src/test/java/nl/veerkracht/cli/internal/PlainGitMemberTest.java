package nl.veerkracht.cli.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import jakarta.json.Json;
import jakarta.json.JsonObject;

/**
 * A member who uses plain Git, end to end with C git and a bare hub: Breda runs Veerkracht and lists
 * {@code *@etten-leur.nl} for Etten-Leur; someone at Etten-Leur clones the hub, edits a shared action, commits
 * and pushes with git alone. That commit is Etten-Leur's and is taken; one by an author no member's emails take
 * is refused with exit 4 and the exact command that adds the trailer, and taken once the author has run it and
 * pushed again.
 */
class PlainGitMemberTest {

    @TempDir
    Path temp;

    private final RegionCommandLine veerkracht = new RegionCommandLine();
    private Path breda;
    private Path hub;
    private Path clone;

    @BeforeEach
    void aRegionWithAHubAndAPlainGitClone() throws Exception {
        breda = temp.resolve("breda");
        hub = temp.resolve("hub/west-brabant.git");
        veerkracht.ok("init", breda.toString(), "--code", "GM0758", "--name", "Breda", "--author",
                "J. de Vries <j@breda.nl>");
        veerkracht.ok("region", "create", "-w", breda.toString(), "--id", "west-brabant", "--name", "West-Brabant",
                "--hub", hub.toString());
        veerkracht.ok("region", "add-member", "-w", breda.toString(), "--id", "west-brabant", "--code", "GM1674",
                "--name", "Roosendaal", "--url", "/elders/roosendaal");
        veerkracht.ok("region", "add-member", "-w", breda.toString(), "--id", "west-brabant", "--code", "GM0777",
                "--name", "Etten-Leur", "--url", "/elders");
        Path region = breda.resolve("region/west-brabant");
        String plan = Files.readString(region.resolve("plan.yaml"), StandardCharsets.UTF_8);
        assertTrue(plan.endsWith("    name: Etten-Leur\n    url: /elders\n"), plan);
        Files.writeString(region.resolve("plan.yaml"), plan + "    emails:\n      - \"*@etten-leur.nl\"\n");
        Files.createDirectories(region.resolve("actions"));
        Files.writeString(region.resolve("actions/GM0758-binnenstadfonds.yaml"), RegionAcceptanceTest.FONDS);
        veerkracht.ok("commit", "-w", breda.toString(), "--repo", "region/west-brabant", "-m",
                "Fonds; Etten-Leur werkt met gewone Git");
        veerkracht.ok("sync", "-w", breda.toString());

        clone = temp.resolve("etten-leur-git");
        RegionCommandLine.git(temp, "clone", "-q", hub.toString(), clone.toString());
    }

    /** Edits the fonds in the plain clone, commits as {@code name <email>} with git alone, and pushes. */
    private String plainGitCommitAndPush(String name, String email, String from, String to) throws Exception {
        Path fonds = clone.resolve("actions/GM0758-binnenstadfonds.yaml");
        Files.writeString(fonds, Files.readString(fonds).replace(from, to));
        RegionCommandLine.git(clone, "-c", "user.name=" + name, "-c", "user.email=" + email, "commit", "-q", "-a", "-m",
                "Met gewone Git");
        RegionCommandLine.git(clone, "push", "-q", "origin", "HEAD:main");
        return RegionCommandLine.git(clone, "rev-parse", "--short=10", "HEAD").strip();
    }

    @Test
    void aPlainGitCommitByAMembersAddressIsTaken() throws Exception {
        plainGitCommitAndPush("Piet Jansen", "p.jansen@etten-leur.nl", "status: planned", "status: running");

        veerkracht.ok("sync", "-w", breda.toString());

        assertTrue(Files.readString(breda.resolve("region/west-brabant/actions/GM0758-binnenstadfonds.yaml"))
                .contains("status: running"));
        RegionCommandLine.assertFsckClean(breda.resolve("region/west-brabant"));
        CommandRun log = veerkracht.ok("log", "-w", breda.toString(), "--repo", "region/west-brabant");
        assertTrue(log.outLines().get(0).contains("  Piet Jansen (GM0777)  Met gewone Git"), log.out());
        JsonObject newest = Json.createReader(new StringReader(veerkracht.ok("log", "-w", breda.toString(), "--repo",
                "region/west-brabant", "--format", "json").out())).readArray().getJsonObject(0);
        assertEquals("GM0777", newest.getString("municipality"));
        assertEquals("email", newest.getString("municipalityBy"));
    }

    @Test
    void aPlainGitCommitByNoMembersAddressIsRefusedWithTheAmendCommandAndTakenOnceAmended() throws Exception {
        String commit = plainGitCommitAndPush("Gast", "gast@example.org", "status: planned", "status: running");

        CommandRun refused = veerkracht.expect(4, "sync", "-w", breda.toString());
        List<String> lines = refused.outLines();
        int at = lines.indexOf("  hub " + hub + ": geweigerd: commit " + commit + " van Gast <gast@example.org> heeft"
                + " geen trailer Veerkracht-Municipality en het e-mailadres van de auteur hoort bij geen lid (emails: in"
                + " het regionale plan.yaml); niets samengevoegd");
        assertTrue(at > 0, refused.out());
        assertEquals("    de auteur voegt de trailer toe met git commit --amend --trailer \"Veerkracht-Municipality: GMxxxx\","
                + " met de code van de eigen gemeente voor GMxxxx, en stuurt de commit dan opnieuw"
                + " (git push --force-with-lease), want --amend maakt er een nieuwe commit van", lines.get(at + 1));

        CommandRun english = veerkracht.expect(4, "--lang", "en", "sync", "-w", breda.toString());
        assertTrue(english.out().contains(": refused: commit " + commit + " by Gast <gast@example.org> has no"
                + " Veerkracht-Municipality trailer and the author's e-mail address belongs to no member"), english.out());
        assertTrue(english.out().contains("the author adds the trailer with git commit --amend --trailer"
                + " \"Veerkracht-Municipality: GMxxxx\""), english.out());

        CommandRun json = veerkracht.expect(4, "sync", "-w", breda.toString(), "--format", "json");
        JsonObject refusal = Json.createReader(new StringReader(json.out())).readObject().getJsonArray("steps")
                .getJsonObject(0).getJsonArray("regions").getJsonObject(0).getJsonArray("sources").getJsonObject(0)
                .getJsonObject("refusal");
        assertEquals(commit, refusal.getString("commit"));
        assertEquals("", refusal.getString("municipality"));
        assertEquals("MUNICIPALITY", refusal.getString("ruleId"));
        assertEquals("Gast <gast@example.org>", refusal.getString("author"));
        JsonObject missing = refusal.getJsonObject("missingMunicipality");
        assertEquals("Veerkracht-Municipality: GMxxxx", missing.getString("trailer"));
        assertEquals("git commit --amend --trailer \"Veerkracht-Municipality: GMxxxx\"", missing.getString("command"));
        assertEquals(0, missing.getJsonArray("matchingMembers").size());

        // the author runs the command with Etten-Leur's code (the editor it opens is left as it is), and pushes again
        RegionCommandLine.git(clone, "-c", "core.editor=true", "-c", "user.name=Gast", "-c", "user.email=gast@example.org",
                "commit", "--amend", "--trailer", "Veerkracht-Municipality: GM0777");
        RegionCommandLine.git(clone, "push", "-q", "--force-with-lease", "origin", "HEAD:main");
        veerkracht.ok("sync", "-w", breda.toString());
        assertTrue(Files.readString(breda.resolve("region/west-brabant/actions/GM0758-binnenstadfonds.yaml"))
                .contains("status: running"));
        CommandRun log = veerkracht.ok("log", "-w", breda.toString(), "--repo", "region/west-brabant");
        assertTrue(log.outLines().get(0).contains("  Gast (GM0777)  Met gewone Git"), log.out());
    }

    @Test
    void aPlainGitCommitThatBreaksAnEarlierRuleNamesItsAuthorWhereItHasNoMunicipality() throws Exception {
        String commit = plainGitCommitAndPush("Gast", "gast@example.org", "term: medium", "term: kort");

        CommandRun refused = veerkracht.expect(4, "--lang", "en", "sync", "-w", breda.toString());

        assertTrue(refused.out().contains(": refused: commit " + commit + " of Gast <gast@example.org> breaks a rule"
                + " (the files must be valid): actions/GM0758-binnenstadfonds.yaml:3:7: term must be short, medium or"
                + " long, not 'kort'; nothing merged\n"), refused.out());
    }
}
