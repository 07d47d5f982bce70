package nl.veerkracht.cli.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Step 4 of sync: the other members' own plans, mirrored read-only from their plan_url. */
class MemberMirrorsTest {

    @TempDir
    Path temp;

    @Test
    void aMembersPlanIsMirroredAndFollowedByFastForwardOnly() throws Exception {
        RegionCommandLine veerkracht = new RegionCommandLine();
        Path breda = temp.resolve("breda");
        Path ettenLeur = temp.resolve("etten-leur");
        veerkracht.ok("init", breda.toString(), "--code", "GM0758", "--name", "Breda", "--author", "J <j@breda.nl>");
        veerkracht.ok("init", ettenLeur.toString(), "--code", "GM0777", "--name", "Etten-Leur", "--author", "P <p@etten-leur.nl>");
        veerkracht.ok("region", "create", "-w", breda.toString(), "--id", "west-brabant", "--name", "West-Brabant");
        veerkracht.ok("region", "add-member", "-w", breda.toString(), "--id", "west-brabant", "--code", "GM0777",
                "--name", "Etten-Leur", "--url", ettenLeur.resolve("region/west-brabant").toString(),
                "--plan-url", ettenLeur.resolve("plan").toString());
        veerkracht.ok("region", "join", "-w", ettenLeur.toString(), breda.resolve("region/west-brabant").toString());

        CommandRun first = veerkracht.ok("sync", "-w", breda.toString());
        assertTrue(first.outLines().contains("members/GM0777 Etten-Leur: opgehaald (nieuwe kopie)"), first.out());
        assertTrue(Files.isRegularFile(breda.resolve("members/GM0777/plan.yaml")));

        Path need = ettenLeur.resolve("plan/needs/werk.yaml");
        Files.createDirectories(need.getParent());
        Files.writeString(need, "id: werk\ntitle: Werk voor wie zijn baan verloor\n", StandardCharsets.UTF_8);
        veerkracht.ok("commit", "-w", ettenLeur.toString(), "-m", "Behoefte", "--author", "P <p@etten-leur.nl>");

        CommandRun second = veerkracht.ok("sync", "-w", breda.toString());
        assertTrue(second.outLines().contains("members/GM0777 Etten-Leur: 1 commit(s) overgenomen"), second.out());
        assertEquals(RegionCommandLine.git(ettenLeur.resolve("plan"), "rev-parse", "HEAD"),
                RegionCommandLine.git(breda.resolve("members/GM0777"), "rev-parse", "HEAD"));
        CommandRun third = veerkracht.ok("sync", "-w", breda.toString());
        assertTrue(third.outLines().contains("members/GM0777 Etten-Leur: bijgewerkt, niets nieuws"), third.out());
        RegionCommandLine.assertFsckClean(breda.resolve("members/GM0777"));
    }
}
