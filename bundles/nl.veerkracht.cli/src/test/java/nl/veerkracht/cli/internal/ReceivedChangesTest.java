package nl.veerkracht.cli.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 15, items 1 to 3, from the command line: what a member sends into the region, into its own plan (the
 * others' mirrors of it) and what the province sends, made with C git past every check. Each bad source is
 * refused in one line that names the commit and the rule (exit 4 in the region, 5 for the province and the
 * mirrors), the other sources and steps still run, the whole report is printed, and every repository of the
 * receiving member stays {@code git fsck --full --strict} clean.
 */
class ReceivedChangesTest {

    private static final String COMMITTER = "committer Roosendaal <beleid@roosendaal.nl> 1700000000 +0100\n\n"
            + "Met de hand\n\nVeerkracht-Municipality: GM1674\n";

    @TempDir
    Path temp;

    private RegionCommandLine veerkracht;
    private Path breda;
    private Path ettenLeur;
    private Path roosendaal;
    private Path province;

    @BeforeEach
    void threeMembersAndAProvince() throws Exception {
        veerkracht = new RegionCommandLine();
        province = temp.resolve("noord-brabant");
        veerkracht.ok("init", province.toString(), "--code", "PV30", "--name", "Noord-Brabant", "--author",
                "P <p@brabant.nl>");
        write(province.resolve("plan/tasks/digitalisering.yaml"), "id: digitalisering\ntitle: Digitalisering\n"
                + "programme: Brabant Digitaal\nstatus: active\n");
        veerkracht.ok("commit", "-w", province.toString(), "-m", "Programma", "--author", "P <p@brabant.nl>");
        breda = member("breda", "GM0758", "Breda");
        ettenLeur = member("etten-leur", "GM0777", "Etten-Leur");
        roosendaal = member("roosendaal", "GM1674", "Roosendaal");
        veerkracht.ok("region", "create", "-w", breda.toString(), "--id", "west-brabant", "--name", "West-Brabant");
        for (Path other : new Path[] {ettenLeur, roosendaal}) {
            String code = other.equals(ettenLeur) ? "GM0777" : "GM1674";
            veerkracht.ok("region", "add-member", "-w", breda.toString(), "--id", "west-brabant", "--code", code,
                    "--name", other.getFileName().toString(), "--url", other.resolve("region/west-brabant").toString(),
                    "--plan-url", other.resolve("plan").toString());
        }
        veerkracht.ok("region", "join", "-w", ettenLeur.toString(), region(breda).toString());
        veerkracht.ok("region", "join", "-w", roosendaal.toString(), region(breda).toString());
        veerkracht.ok("province", "follow", "-w", breda.toString(), province.resolve("plan").toString());
        veerkracht.ok("sync", "-w", breda.toString());
        // Etten-Leur has something new for Breda in every sync below
        write(region(ettenLeur).resolve("actions/GM0777-fietsroute.yaml"), "id: GM0777-fietsroute\n"
                + "title: Fietsroute\nterm: medium\nstatus: planned\nlead_municipality: GM0777\nparticipants:\n"
                + "  - GM0777\n");
        veerkracht.ok("commit", "-w", ettenLeur.toString(), "--repo", "region/west-brabant", "-m", "Fietsroute",
                "--author", "P <p@etten-leur.nl>");
    }

    private Path member(String folder, String code, String name) {
        Path workspace = temp.resolve(folder);
        veerkracht.ok("init", workspace.toString(), "--code", code, "--name", name, "--province", "PV30", "--author",
                "Beleid <beleid@" + folder + ".nl>");
        return workspace;
    }

    private static Path region(Path workspace) {
        return workspace.resolve("region/west-brabant");
    }

    private static void write(Path file, String content) throws Exception {
        Files.createDirectories(file.getParent());
        Files.writeString(file, content, StandardCharsets.UTF_8);
    }

    /** A commit of exactly this text on the {@code main} of {@code repository}, written by C git. */
    private String malformed(Path repository, String author) throws Exception {
        String head = RegionCommandLine.git(repository, "rev-parse", "HEAD").strip();
        String tree = RegionCommandLine.git(repository, "rev-parse", "HEAD^{tree}").strip();
        Path object = temp.resolve("object");
        Files.writeString(object, "tree " + tree + "\nparent " + head + "\n" + author + COMMITTER,
                StandardCharsets.ISO_8859_1);
        String commit = RegionCommandLine.git(repository, "hash-object", "-t", "commit", "--literally", "-w",
                object.toString()).strip();
        RegionCommandLine.git(repository, "update-ref", "refs/heads/main", commit);
        return commit;
    }

    /** Every repository of Breda's workspace passes git fsck. */
    private void assertBredaFsckClean() throws Exception {
        for (String repository : new String[] {"plan", "region/west-brabant", "province/PV30", "members/GM0777",
            "members/GM1674"}) {
            if (Files.isDirectory(breda.resolve(repository))) {
                RegionCommandLine.assertFsckClean(breda.resolve(repository));
            }
        }
    }

    @Test
    void aMalformedCommitInTheRegionIsRefusedWithExit4AndTheWholeReport() throws Exception {
        String bad = malformed(region(roosendaal),
                "author Roosendaal <beleid@roosendaal.nl> 99999999999999999999 +0100\n");

        for (int sync = 1; sync <= 2; sync++) {
            CommandRun run = veerkracht.expect(4, "sync", "-w", breda.toString());

            assertTrue(run.outLines().contains("  GM1674 roosendaal: geweigerd: commit " + bad.substring(0, 10)
                    + " van onbekende gemeente overtreedt een regel (elk object moet in orde zijn zoals git fsck het controleert, "
                    + "met een datum tot het jaar 9999 en een naam bij auteur en committer): badDateOverflow; niets "
                    + "samengevoegd"), run.out());
            assertTrue(run.out().contains("GM0777 etten-leur: "), run.out());
            assertTrue(run.out().contains("province/PV30: bijgewerkt, niets nieuws"), run.out());
            assertTrue(run.out().contains("members/GM1674 roosendaal: "), run.out());
            assertFalse(run.err().contains("onverwachte fout") || run.err().contains("\tat "), run.err());
        }
        assertTrue(Files.exists(region(breda).resolve("actions/GM0777-fietsroute.yaml")), "Etten-Leur's action is merged");
        assertBredaFsckClean();
    }

    @Test
    void aSymbolicLinkFromTheProvinceIsRefusedWithExit5AndTheOtherStepsRun() throws Exception {
        Path plan = province.resolve("plan");
        Files.createSymbolicLink(plan.resolve("tasks/wachtwoorden.yaml"), Path.of("/etc/passwd"));
        RegionCommandLine.git(plan, "add", "-A");
        RegionCommandLine.git(plan, "-c", "user.name=P", "-c", "user.email=p@brabant.nl", "commit", "-q", "-m", "link");
        String bad = RegionCommandLine.git(plan, "rev-parse", "HEAD").strip();
        String before = RegionCommandLine.git(breda.resolve("province/PV30"), "rev-parse", "HEAD");

        CommandRun run = veerkracht.expect(5, "--lang", "en", "sync", "-w", breda.toString());

        assertTrue(run.outLines().contains("province/PV30: refused: commit " + bad.substring(0, 10) + " from " + plan
                + " breaks a rule (regular files only (mode 100644): no symbolic links (120000), submodules (160000) or "
                + "executable files (100755)): tasks/wachtwoorden.yaml 120000; nothing of it was taken"), run.out());
        assertTrue(run.out().contains("GM0777 etten-leur: "), run.out());
        assertTrue(run.out().contains("members/GM0777 etten-leur: "), run.out());
        assertEquals(before, RegionCommandLine.git(breda.resolve("province/PV30"), "rev-parse", "HEAD"));
        assertFalse(Files.exists(breda.resolve("province/PV30/tasks/wachtwoorden.yaml"),
                java.nio.file.LinkOption.NOFOLLOW_LINKS));
        assertBredaFsckClean();
    }

    @Test
    void aMalformedCommitInAMembersPlanIsRefusedInItsMirror() throws Exception {
        String bad = malformed(roosendaal.resolve("plan"), "author garbage\n");
        String before = RegionCommandLine.git(breda.resolve("members/GM1674"), "rev-parse", "HEAD");

        CommandRun run = veerkracht.expect(5, "sync", "-w", breda.toString());

        assertTrue(run.outLines().contains("members/GM1674 roosendaal: geweigerd: commit " + bad.substring(0, 10)
                + " uit " + roosendaal.resolve("plan") + " overtreedt een regel (elk object moet in orde zijn zoals git "
                + "fsck het controleert, met een datum tot het jaar 9999 en een naam bij auteur en committer): "
                + "missingEmail; er is niets van overgenomen"), run.out());
        assertTrue(run.out().contains("members/GM0777 etten-leur: "), run.out());
        assertEquals(before, RegionCommandLine.git(breda.resolve("members/GM1674"), "rev-parse", "HEAD"));
        assertBredaFsckClean();
    }

    @Test
    void aMembersPlanOutsideTheLayoutIsNeverMirrored() throws Exception {
        Path bergen = member("bergen", "GM0748", "Bergen op Zoom");
        write(bergen.resolve("plan/.gitattributes"), "* text eol=crlf\n");
        RegionCommandLine.git(bergen.resolve("plan"), "add", "-A");
        RegionCommandLine.git(bergen.resolve("plan"), "-c", "user.name=B", "-c", "user.email=b@bergen.nl", "commit",
                "-q", "-m", "attributen");
        veerkracht.ok("region", "add-member", "-w", breda.toString(), "--id", "west-brabant", "--code", "GM0748",
                "--name", "bergen", "--url", bergen.resolve("region/west-brabant").toString(), "--plan-url",
                bergen.resolve("plan").toString());

        CommandRun run = veerkracht.expect(5, "sync", "-w", breda.toString());

        assertTrue(run.out().contains("members/GM0748 bergen: geweigerd: commit "), run.out());
        assertTrue(run.out().contains("): .gitattributes; er is niets van overgenomen"), run.out());
        assertFalse(Files.exists(breda.resolve("members/GM0748")), "no mirror is made");
        assertTrue(run.out().contains("members/GM1674 roosendaal: "), run.out());
        assertBredaFsckClean();
    }

    @Test
    void followingAProvinceThatSendsAFileOutsideTheLayoutIsRefusedInOneLine() throws Exception {
        Path zeeland = temp.resolve("zeeland");
        veerkracht.ok("init", zeeland.toString(), "--code", "PV29", "--name", "Zeeland", "--author", "Z <z@zeeland.nl>");
        write(zeeland.resolve("plan/big.bin"), "niet van het plan\n");
        RegionCommandLine.git(zeeland.resolve("plan"), "add", "-A");
        RegionCommandLine.git(zeeland.resolve("plan"), "-c", "user.name=Z", "-c", "user.email=z@zeeland.nl", "commit",
                "-q", "-m", "erbij");

        CommandRun run = veerkracht.expect(5, "province", "follow", "-w", breda.toString(),
                zeeland.resolve("plan").toString());

        assertEquals(1, run.err().lines().count(), run.err());
        assertTrue(run.err().startsWith("veerkracht: commit "), run.err());
        assertTrue(run.err().contains("): big.bin; er is niets van overgenomen"), run.err());
        assertFalse(Files.exists(breda.resolve("province/PV29")));
        assertBredaFsckClean();
    }
}
