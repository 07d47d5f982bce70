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
        RegionCommandLine.Run follow = veerkracht.ok("province", "follow", "-w", breda.toString(), province.resolve("plan").toString());
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

        RegionCommandLine.Run sync = veerkracht.ok("sync", "-w", breda.toString());
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

        RegionCommandLine.Run validate = veerkracht.expect(1, "--lang", "en", "validate", "-w", breda.toString());
        assertTrue(validate.out().contains("plan/actions/zonnedaken.yaml:7:7: links.province: the provincial task "
                + "PV30/energietransitie (Energietransitie bedrijventerreinen) is closed"), validate.out());
        veerkracht.expect(1, "commit", "-w", breda.toString(), "-m", "Iets anders", AUTHOR, "J. de Vries <j@breda.nl>");

        RegionCommandLine.Run json = veerkracht.ok("sync", "-w", breda.toString(), "--format", "json");
        JsonObject report = Json.createReader(new StringReader(json.out())).readObject();
        assertEquals("DONE", report.getString("outcome"));
        RegionCommandLine.assertFsckClean(breda.resolve("province/PV30"));
    }

    @Test
    void aProvinceThatRewroteItsHistoryIsRefusedWithNothingChanged() throws Exception {
        String before = RegionCommandLine.git(breda.resolve("province/PV30"), "rev-parse", "HEAD", "refs/remotes/origin/main");
        write(province.resolve("plan/tasks/vrijetijdseconomie.yaml"),
                task("vrijetijdseconomie", "Vrijetijdseconomie herschreven", "Brabant Beleeft", "active", "2027-05-01"));
        RegionCommandLine.git(province.resolve("plan"), "add", "-A");
        RegionCommandLine.git(province.resolve("plan"), "-c", "user.name=P", "-c", "user.email=p@brabant.nl", "commit",
                "-q", "--amend", "-m", "Herschreven programma");

        RegionCommandLine.Run sync = veerkracht.expect(5, "sync", "-w", breda.toString());
        assertTrue(sync.out().contains("province/PV30: geweigerd: de bron heeft haar geschiedenis herschreven; er is niets veranderd"),
                sync.out());
        assertEquals(before, RegionCommandLine.git(breda.resolve("province/PV30"), "rev-parse", "HEAD", "refs/remotes/origin/main"));
        RegionCommandLine.assertFsckClean(breda.resolve("province/PV30"));
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

        RegionCommandLine.Run sync = veerkracht.expect(5, "--lang", "en", "sync", "-w", breda.toString());
        assertTrue(sync.out().contains("province/PV30: refused: this read-only copy has a commit of its own; nothing changed"),
                sync.out());
        assertEquals(head, RegionCommandLine.git(mirror, "rev-parse", "HEAD"));
    }
}
