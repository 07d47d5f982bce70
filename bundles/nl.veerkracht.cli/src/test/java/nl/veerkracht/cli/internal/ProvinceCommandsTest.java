package nl.veerkracht.cli.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import jakarta.json.Json;
import jakarta.json.JsonObject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 5 from the command line: Breda follows Noord-Brabant; the province edits one task and closes
 * another; Breda's next sync reports exactly those, validate flags the broken link; a province that
 * rewrote its history and a hand-made commit in the mirror are refused with nothing changed.
 */
class ProvinceCommandsTest {

    private static final String AUTHOR = "--author";

    @TempDir
    Path temp;

    private RegionCommandLine veerkracht;
    private Path province;
    private Path breda;

    private static void write(Path file, String content) throws Exception {
        Files.createDirectories(file.getParent());
        Files.writeString(file, content, StandardCharsets.UTF_8);
    }

    private static String task(String id, String title, String programme, String status, String deadline) {
        return "id: " + id + "\ntitle: " + title + "\nprogramme: " + programme + "\nfunding:\n  - id: " + id
                + "-regeling\n    title: Regeling " + title + "\n    deadline: " + deadline + "\nstatus: " + status + "\n";
    }

    @BeforeEach
    void provinceAndMunicipality() throws Exception {
        veerkracht = new RegionCommandLine();
        province = temp.resolve("noord-brabant");
        veerkracht.ok("init", province.toString(), "--code", "PV30", "--name", "Noord-Brabant", AUTHOR, "P. Provincie <p@brabant.nl>");
        write(province.resolve("plan/tasks/digitalisering-mkb.yaml"),
                task("digitalisering-mkb", "Digitalisering van het mkb", "Brabant Digitaal", "active", "2027-01-31"));
        write(province.resolve("plan/tasks/energietransitie.yaml"),
                task("energietransitie", "Energietransitie bedrijventerreinen", "Brabant Energiek", "active", "2027-03-01"));
        write(province.resolve("plan/tasks/vrijetijdseconomie.yaml"),
                task("vrijetijdseconomie", "Vrijetijdseconomie", "Brabant Beleeft", "active", "2027-05-01"));
        veerkracht.ok("commit", "-w", province.toString(), "-m", "Herstelprogramma", AUTHOR, "P. Provincie <p@brabant.nl>");

        breda = temp.resolve("breda");
        veerkracht.ok("init", breda.toString(), "--code", "GM0758", "--name", "Breda", "--province", "PV30", AUTHOR,
                "J. de Vries <j@breda.nl>");
        write(breda.resolve("plan/actions/binnenstad-digitaal.yaml"), """
                id: binnenstad-digitaal
                title: Binnenstad digitaal
                term: medium
                status: planned
                links:
                  province:
                    - PV30/digitalisering-mkb
                """);
        write(breda.resolve("plan/actions/zonnedaken.yaml"), """
                id: zonnedaken
                title: Zonnedaken op bedrijventerreinen
                term: long
                status: planned
                links:
                  province:
                    - PV30/energietransitie
                """);
        veerkracht.ok("commit", "-w", breda.toString(), "-m", "Acties gekoppeld aan de provincie", AUTHOR, "J. de Vries <j@breda.nl>");
        CommandRun follow = veerkracht.ok("province", "follow", "-w", breda.toString(), province.resolve("plan").toString());
        assertTrue(follow.out().startsWith("Provincie PV30 wordt gevolgd in " + breda.resolve("province/PV30")), follow.out());
        assertTrue(Files.exists(breda.resolve("province/PV30/tasks/energietransitie.yaml")));
    }

    @Test
    void aProvincialEditAndAClosedTaskAreReportedExactlyAndValidateFlagsTheBrokenLink() throws Exception {
        write(province.resolve("plan/tasks/digitalisering-mkb.yaml"),
                task("digitalisering-mkb", "Digitalisering van het mkb", "Brabant Digitaal", "active", "2027-04-30"));
        write(province.resolve("plan/tasks/energietransitie.yaml"),
                task("energietransitie", "Energietransitie bedrijventerreinen", "Brabant Energiek", "closed", "2027-03-01"));
        write(province.resolve("plan/tasks/circulaire-maakindustrie.yaml"),
                task("circulaire-maakindustrie", "Circulaire maakindustrie", "Brabant Circulair", "active", "2027-06-01"));
        veerkracht.ok("commit", "-w", province.toString(), "-m", "Voucher verlengd, energie gesloten, circulair erbij",
                AUTHOR, "P. Provincie <p@brabant.nl>");

        CommandRun sync = veerkracht.ok("sync", "-w", breda.toString());
        List<String> lines = sync.outLines();
        assertTrue(lines.contains("province/PV30: 1 commit(s) overgenomen"), sync.out());
        assertTrue(lines.contains("    Digitalisering van het mkb (PV30/digitalisering-mkb): "
                + "funding[digitalisering-mkb-regeling].deadline 2027-01-31 -> 2027-04-30"), sync.out());
        assertTrue(lines.contains("      gekoppeld aan actie Binnenstad digitaal (plan/actions/binnenstad-digitaal.yaml)"), sync.out());
        assertTrue(lines.contains("    actie Zonnedaken op bedrijventerreinen (plan/actions/zonnedaken.yaml) -> "
                + "PV30/energietransitie: de opgave Energietransitie bedrijventerreinen is gesloten"), sync.out());
        assertTrue(lines.contains("    Brabant Circulair: Circulaire maakindustrie"), sync.out());
        assertTrue(lines.contains("    Regeling Circulaire maakindustrie (bij Circulaire maakindustrie), aanvragen tot 1 juni 2027"),
                sync.out());
        assertFalse(sync.out().contains("Vrijetijdseconomie"), "a task nobody links to is not reported");

        CommandRun validate = veerkracht.expect(1, "--lang", "en", "validate", "-w", breda.toString());
        assertTrue(validate.out().contains("plan/actions/zonnedaken.yaml:7:7: links.province: the provincial task "
                + "PV30/energietransitie (Energietransitie bedrijventerreinen) is closed"), validate.out());
        veerkracht.expect(1, "commit", "-w", breda.toString(), "-m", "Iets anders", AUTHOR, "J. de Vries <j@breda.nl>");

        CommandRun json = veerkracht.ok("sync", "-w", breda.toString(), "--format", "json");
        JsonObject report = Json.createReader(new StringReader(json.out())).readObject();
        assertEquals("DONE", report.getString("outcome"));
        RegionCommandLine.assertFsckClean(breda.resolve("province/PV30"));
    }

    /** The province amends its last commit and renames a task in it: a force-push, as far as Breda can tell. */
    private void provinceRewritesItsHistory() throws Exception {
        write(province.resolve("plan/tasks/vrijetijdseconomie.yaml"),
                task("vrijetijdseconomie", "Vrijetijdseconomie herschreven", "Brabant Beleeft", "active", "2027-05-01"));
        RegionCommandLine.git(province.resolve("plan"), "add", "-A");
        RegionCommandLine.git(province.resolve("plan"), "-c", "user.name=P", "-c", "user.email=p@brabant.nl", "commit",
                "-q", "--amend", "-m", "Herschreven programma");
    }

    private String replaceCommand() {
        return "veerkracht province follow -w " + breda + " " + province.resolve("plan") + " --replace";
    }

    @Test
    void aProvinceThatRewroteItsHistoryIsRefusedWithNothingChangedAndTheExactCommandThatTakesItOver() throws Exception {
        String before = RegionCommandLine.git(breda.resolve("province/PV30"), "rev-parse", "HEAD", "refs/remotes/origin/main");
        provinceRewritesItsHistory();

        CommandRun sync = veerkracht.expect(5, "sync", "-w", breda.toString());
        assertTrue(sync.outLines().contains("province/PV30: geweigerd: de bron heeft haar geschiedenis herschreven; er is "
                + "niets veranderd. Neem de nieuwe geschiedenis over met '" + replaceCommand()
                + "' (dat meldt welke commits er wegvallen)"), sync.out());
        assertEquals(before, RegionCommandLine.git(breda.resolve("province/PV30"), "rev-parse", "HEAD", "refs/remotes/origin/main"));
        RegionCommandLine.assertFsckClean(breda.resolve("province/PV30"));

        CommandRun english = veerkracht.expect(5, "--lang", "en", "sync", "-w", breda.toString());
        assertTrue(english.outLines().contains("province/PV30: refused: the source rewrote its history; nothing changed. "
                + "Take the new history over with '" + replaceCommand() + "' (it says which commits are dropped)"),
                english.out());
    }

    @Test
    void replaceTakesTheRewrittenHistoryOverSaysWhatItDropsAndSyncWorksAgain() throws Exception {
        Path mirror = breda.resolve("province/PV30");
        String oldHead = RegionCommandLine.git(mirror, "rev-parse", "HEAD").strip();
        provinceRewritesItsHistory();
        String newHead = RegionCommandLine.git(province.resolve("plan"), "rev-parse", "HEAD").strip();
        veerkracht.expect(5, "sync", "-w", breda.toString());

        CommandRun replaced = veerkracht.ok(replaceCommand().substring("veerkracht ".length()).split(" "));
        List<String> lines = replaced.outLines();
        assertEquals("Provincie PV30 in " + mirror + " volgt nu de herschreven geschiedenis van " + province.resolve("plan"),
                lines.get(0), replaced.out());
        assertEquals("  Uit de oude geschiedenis vallen 1 commit(s) weg (de reflog van de kopie bewaart ze):", lines.get(1));
        assertTrue(lines.get(2).matches("    " + oldHead.substring(0, 10) + "  \\d{4}-\\d{2}-\\d{2}  P\\. Provincie \\(PV30\\)  "
                + "Herstelprogramma"), lines.get(2));
        assertEquals("  Verschillen met de oude kopie:", lines.get(3));
        assertEquals("    opgave Vrijetijdseconomie herschreven: funding[vrijetijdseconomie-regeling].title Regeling "
                + "Vrijetijdseconomie -> Regeling Vrijetijdseconomie herschreven; title Vrijetijdseconomie -> "
                + "Vrijetijdseconomie herschreven", lines.get(4));
        assertEquals("  niets nieuws voor uw acties", lines.get(5), "no action links to that task");
        assertEquals(7, lines.size(), replaced.out());
        assertEquals(newHead, RegionCommandLine.git(mirror, "rev-parse", "HEAD", "refs/remotes/origin/main").lines()
                .distinct().reduce((a, b) -> a + " " + b).orElseThrow());
        assertTrue(Files.readString(mirror.resolve("tasks/vrijetijdseconomie.yaml")).contains("Vrijetijdseconomie herschreven"));
        assertTrue(RegionCommandLine.git(mirror, "reflog", "main").contains(oldHead.substring(0, 7)),
                "the dropped commit stays in the reflog");
        RegionCommandLine.assertFsckClean(mirror);

        // the report is kept like any pull's, and the index follows the new history
        assertEquals(2, Files.list(breda.resolve(".veerkracht/repositories/province/PV30/reports")).count());
        veerkracht.ok("index", "verify", "-w", breda.toString());

        CommandRun sync = veerkracht.ok("sync", "-w", breda.toString());
        assertTrue(sync.outLines().contains("province/PV30: bijgewerkt, niets nieuws"), sync.out());
        write(province.resolve("plan/tasks/digitalisering-mkb.yaml"),
                task("digitalisering-mkb", "Digitalisering van het mkb", "Brabant Digitaal", "active", "2027-04-30"));
        veerkracht.ok("commit", "-w", province.toString(), "-m", "Voucher verlengd", AUTHOR, "P. Provincie <p@brabant.nl>");
        CommandRun after = veerkracht.ok("sync", "-w", breda.toString());
        assertTrue(after.outLines().contains("province/PV30: 1 commit(s) overgenomen"), after.out());
        RegionCommandLine.assertFsckClean(mirror);

        CommandRun again = veerkracht.ok("--lang", "en", "province", "follow", "-w", breda.toString(),
                province.resolve("plan").toString(), "--replace");
        assertEquals("Province PV30 in " + mirror + " has this history already; nothing was replaced\n", again.out());
    }

    @Test
    void replaceSaysWhatItDropsForMachinesToo() throws Exception {
        provinceRewritesItsHistory();
        CommandRun json = veerkracht.ok("province", "follow", "-w", breda.toString(),
                province.resolve("plan").toString(), "--replace", "--format", "json");
        JsonObject report = Json.createReader(new StringReader(json.out())).readObject();
        assertEquals("REPLACED", report.getString("status"));
        assertEquals("Herstelprogramma", report.getJsonArray("dropped").getJsonObject(0).getString("subject"));
        assertEquals("tasks/vrijetijdseconomie.yaml", report.getJsonArray("differences").getJsonObject(0).getString("file"));
        assertEquals("modified", report.getJsonArray("differences").getJsonObject(0).getString("change"));
    }

    @Test
    void aReplaceThatFailsHalfwayLeavesTheOldMirrorAsItWas() throws Exception {
        Path mirror = breda.resolve("province/PV30");
        String before = RegionCommandLine.git(mirror, "rev-parse", "HEAD", "refs/remotes/origin/main");
        String task = Files.readString(mirror.resolve("tasks/vrijetijdseconomie.yaml"));
        provinceRewritesItsHistory();
        // the journal of the branch move cannot be written: the fetch is done, main has not moved yet
        Path blocked = Files.createDirectories(breda.resolve(".veerkracht/repositories/province/PV30/branch-move.tmp/x"));

        CommandRun failed = veerkracht.expect(5, "province", "follow", "-w", breda.toString(),
                province.resolve("plan").toString(), "--replace");
        assertEquals(1, failed.err().lines().count(), failed.err());
        assertEquals(before, RegionCommandLine.git(mirror, "rev-parse", "HEAD", "refs/remotes/origin/main"));
        assertEquals(task, Files.readString(mirror.resolve("tasks/vrijetijdseconomie.yaml")));
        assertEquals("", RegionCommandLine.git(mirror, "status", "--porcelain"));
        RegionCommandLine.assertFsckClean(mirror);

        Files.delete(blocked);
        Files.delete(blocked.getParent());
        veerkracht.ok("province", "follow", "-w", breda.toString(), province.resolve("plan").toString(), "--replace");
        assertEquals(RegionCommandLine.git(province.resolve("plan"), "rev-parse", "HEAD"),
                RegionCommandLine.git(mirror, "rev-parse", "HEAD"));
    }

    @Test
    void replaceFollowsAProvinceNotFollowedYetAndNeverTurnsAMirrorIntoAnotherProvince() throws Exception {
        Path rotterdam = temp.resolve("rotterdam");
        veerkracht.ok("init", rotterdam.toString(), "--code", "GM0599", "--name", "Rotterdam", AUTHOR, "R <r@rotterdam.nl>");
        CommandRun first = veerkracht.ok("province", "follow", "-w", rotterdam.toString(),
                province.resolve("plan").toString(), "--replace");
        assertTrue(first.out().startsWith("Provincie PV30 wordt gevolgd in " + rotterdam.resolve("province/PV30")), first.out());

        // the address Breda follows PV30 at now holds another province's programme
        write(province.resolve("plan/plan.yaml"), "kind: province\ncode: PV31\nname: Limburg\n");
        RegionCommandLine.git(province.resolve("plan"), "add", "-A");
        RegionCommandLine.git(province.resolve("plan"), "-c", "user.name=P", "-c", "user.email=p@limburg.nl", "commit",
                "-q", "--amend", "-m", "Limburg");
        String before = RegionCommandLine.git(breda.resolve("province/PV30"), "rev-parse", "HEAD", "refs/remotes/origin/main");
        CommandRun other = veerkracht.expect(5, "province", "follow", "-w", breda.toString(),
                province.resolve("plan").toString(), "--replace");
        assertEquals("veerkracht: " + province.resolve("plan") + " bevat het programma van provincie PV31, maar dat adres "
                + "wordt gevolgd door de kopie van provincie PV30 in " + breda.resolve("province/PV30")
                + "; --replace vervangt geen provincie door een andere\n", other.err());
        assertFalse(Files.exists(breda.resolve("province/PV31")));
        assertEquals(before, RegionCommandLine.git(breda.resolve("province/PV30"), "rev-parse", "HEAD", "refs/remotes/origin/main"));
        assertFalse(Files.exists(breda.resolve(".veerkracht/mirrors-in-progress")), "no clone stays behind");
    }

    @Test
    void withoutReplaceAFollowedProvinceIsRefusedWithAPointerToIt() {
        CommandRun again = veerkracht.expect(5, "province", "follow", "-w", breda.toString(),
                province.resolve("plan").toString());
        assertEquals("veerkracht: provincie PV30 wordt al gevolgd in " + breda.resolve("province/PV30") + "; 'veerkracht "
                + "sync' haalt haar wijzigingen op (heeft zij haar geschiedenis herschreven, neem die dan over met --replace)\n",
                again.err());
    }

    @Test
    void aPasswordInTheMirrorsAddressIsNeverShown() throws Exception {
        RegionCommandLine.git(breda.resolve("province/PV30"), "remote", "set-url", "origin",
                "https://jan:geheim@127.0.0.1:9/noord-brabant.git");
        CommandRun json = veerkracht.expect(5, "sync", "-w", breda.toString(), "--format", "json");
        JsonObject step = Json.createReader(new StringReader(json.out())).readObject().getJsonArray("steps")
                .getJsonObject(1);
        assertEquals("https://jan@127.0.0.1:9/noord-brabant.git",
                step.getJsonArray("provinces").getJsonObject(0).getString("source"), json.out());
        assertFalse(json.out().contains("geheim"), json.out());
        CommandRun text = veerkracht.expect(5, "sync", "-w", breda.toString());
        assertFalse(text.out().contains("geheim") || text.err().contains("geheim"), text.out() + text.err());

        CommandRun replace = veerkracht.expect(2, "province", "follow", "-w", breda.toString(),
                "https://jan:geheim@127.0.0.1:9/noord-brabant.git", "--replace");
        assertTrue(replace.err().startsWith("veerkracht: 'https://jan@127.0.0.1:9/noord-brabant.git' met een wachtwoord erin"),
                replace.err());
        assertFalse(replace.err().contains("geheim"), replace.err());
    }

    @Test
    void aCommitMadeByHandInTheMirrorIsRefusedWithNothingChanged() throws Exception {
        Path mirror = breda.resolve("province/PV30");
        write(mirror.resolve("tasks/eigen.yaml"), task("eigen", "Eigen opgave", "Eigen", "active", "2027-01-01"));
        RegionCommandLine.git(mirror, "add", "-A");
        RegionCommandLine.git(mirror, "-c", "user.name=J", "-c", "user.email=j@breda.nl", "commit", "-q", "-m", "met de hand");
        String head = RegionCommandLine.git(mirror, "rev-parse", "HEAD");
        write(province.resolve("plan/tasks/digitalisering-mkb.yaml"),
                task("digitalisering-mkb", "Digitalisering van het mkb", "Brabant Digitaal", "active", "2027-04-30"));
        veerkracht.ok("commit", "-w", province.toString(), "-m", "Voucher verlengd", AUTHOR, "P. Provincie <p@brabant.nl>");

        CommandRun sync = veerkracht.expect(5, "--lang", "en", "sync", "-w", breda.toString());
        assertTrue(sync.outLines().contains("province/PV30: refused: this read-only copy has a commit of its own; nothing "
                + "changed. Put that change in your own plan and replace the copy with '" + replaceCommand() + "'"),
                sync.out());
        assertEquals(head, RegionCommandLine.git(mirror, "rev-parse", "HEAD"));

        CommandRun replaced = veerkracht.ok("province", "follow", "-w", breda.toString(),
                province.resolve("plan").toString(), "--replace");
        assertTrue(replaced.outLines().contains("  Uit de oude geschiedenis vallen 1 commit(s) weg (de reflog van de kopie "
                + "bewaart ze):"), replaced.out());
        assertTrue(replaced.outLines().stream().anyMatch(line -> line.endsWith("  met de hand")), replaced.out());
        assertTrue(replaced.outLines().contains("    verwijderd: opgave Eigen opgave"), replaced.out());
        assertFalse(Files.exists(mirror.resolve("tasks/eigen.yaml")));
        veerkracht.ok("sync", "-w", breda.toString());
    }
}
