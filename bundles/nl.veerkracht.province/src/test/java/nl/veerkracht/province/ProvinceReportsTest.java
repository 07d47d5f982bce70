package nl.veerkracht.province;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;

import nl.veerkracht.format.PlanFiles;
import nl.veerkracht.format.PlanRead;
import nl.veerkracht.model.validation.Language;
import nl.veerkracht.model.validation.Problem;
import nl.veerkracht.province.ProvinceReport.LinkingAction;
import nl.veerkracht.province.internal.ProvinceReports;
import nl.veerkracht.province.internal.ProvinceReports.Programme;
import nl.veerkracht.province.internal.WorkspaceLinks;

/** What a municipality hears after a pull of Noord-Brabant's programme, and which of its links broke. */
class ProvinceReportsTest {

    private static final String PLAN = "kind: province\ncode: PV30\nname: Noord-Brabant\n";

    private static String task(String id, String title, String programme, String status, String funding) {
        return "id: " + id + "\ntitle: " + title + "\nprogramme: " + programme + "\n" + funding + "status: " + status + "\n";
    }

    private static Programme programme(Map<String, String> files) {
        Map<String, byte[]> bytes = new TreeMap<>();
        files.forEach((path, text) -> bytes.put(path, text.getBytes(StandardCharsets.UTF_8)));
        PlanRead read = PlanFiles.readAll(bytes);
        assertEquals(List.of(), read.problems());
        return new Programme(read.snapshot(), read.contents());
    }

    private static final LinkingAction BINNENSTAD_DIGITAAL = new LinkingAction("plan", "actions/binnenstad-digitaal.yaml",
            "binnenstad-digitaal", "Binnenstad digitaal");
    private static final LinkingAction ZONNEDAKEN = new LinkingAction("plan", "actions/zonnedaken.yaml", "zonnedaken",
            "Zonnedaken op bedrijventerreinen");

    private final Programme before = programme(Map.of(
            "plan.yaml", PLAN,
            "tasks/digitalisering-mkb.yaml", task("digitalisering-mkb", "Digitalisering van het mkb", "Brabant Digitaal",
                    "active", "funding:\n  - id: voucher-2027\n    title: Digitaliseringsvoucher\n    deadline: 2027-01-31\n"),
            "tasks/energietransitie.yaml", task("energietransitie", "Energietransitie bedrijventerreinen",
                    "Brabant Energiek", "active", ""),
            "tasks/vrijetijdseconomie.yaml", task("vrijetijdseconomie", "Vrijetijdseconomie", "Brabant Beleeft", "active", "")));

    private final Programme after = programme(Map.of(
            "plan.yaml", PLAN,
            "tasks/digitalisering-mkb.yaml", task("digitalisering-mkb", "Digitalisering van het mkb", "Brabant Digitaal",
                    "active", "funding:\n  - id: voucher-2027\n    title: Digitaliseringsvoucher\n    deadline: 2027-03-31\n"),
            "tasks/energietransitie.yaml", task("energietransitie", "Energietransitie bedrijventerreinen",
                    "Brabant Energiek", "closed", ""),
            "tasks/vrijetijdseconomie.yaml", task("vrijetijdseconomie", "Vrijetijdseconomie", "Brabant Beleeft", "active", ""),
            "tasks/circulaire-maakindustrie.yaml", task("circulaire-maakindustrie", "Circulaire maakindustrie",
                    "Brabant Circulair", "active",
                    "funding:\n  - id: circulair-2027\n    title: Subsidie circulaire pilots\n    deadline: 2027-06-01\n")));

    @Test
    void thePullReportsExactlyTheChangedLinkedTaskTheClosedOneAndWhatIsNew() {
        ProvinceReport report = ProvinceReports.compare("PV30", Optional.of("a1"), "b2", before, after, Map.of(
                "PV30/digitalisering-mkb", List.of(BINNENSTAD_DIGITAAL),
                "PV30/energietransitie", List.of(ZONNEDAKEN)));

        assertEquals(1, report.changedTasks().size());
        ProvinceReport.TaskChange change = report.changedTasks().get(0);
        assertEquals("digitalisering-mkb", change.taskId());
        assertEquals("[funding[voucher-2027].deadline 2027-01-31 -> 2027-03-31]", change.fields().toString());
        assertEquals(List.of(BINNENSTAD_DIGITAAL), change.linkedBy());

        assertEquals(List.of(new ProvinceReport.BrokenLink(ZONNEDAKEN, "PV30/energietransitie",
                "Energietransitie bedrijventerreinen", ProvinceReport.BreakReason.CLOSED)), report.brokenLinks());
        assertEquals(List.of(new ProvinceReport.NewProgramme("Brabant Circulair", List.of("Circulaire maakindustrie"))),
                report.newProgrammes());
        assertEquals(List.of(new ProvinceReport.NewFundingScheme("circulaire-maakindustrie", "Circulaire maakindustrie",
                "circulair-2027", "Subsidie circulaire pilots", Optional.of(LocalDate.of(2027, 6, 1)))),
                report.newFundingSchemes());
    }

    @Test
    void aTaskNobodyLinksToIsNotReportedAndNothingChangedIsAnEmptyReport() {
        ProvinceReport report = ProvinceReports.compare("PV30", Optional.of("a1"), "a1", before, before,
                Map.of("PV30/digitalisering-mkb", List.of(BINNENSTAD_DIGITAAL)));
        assertTrue(report.isEmpty());
        ProvinceReport unlinked = ProvinceReports.compare("PV30", Optional.of("a1"), "b2", before, after, Map.of());
        assertEquals(List.of(), unlinked.changedTasks());
        assertEquals(List.of(), unlinked.brokenLinks());
    }

    @Test
    void aRemovedTaskBreaksTheLinkAndAFirstFollowReportsLinksThatLeadNowhere() {
        Programme without = programme(Map.of("plan.yaml", PLAN));
        ProvinceReport removed = ProvinceReports.compare("PV30", Optional.of("a1"), "b2", before, without,
                Map.of("PV30/vrijetijdseconomie", List.of(ZONNEDAKEN)));
        assertEquals(ProvinceReport.BreakReason.REMOVED, removed.brokenLinks().get(0).reason());
        assertEquals("Vrijetijdseconomie", removed.brokenLinks().get(0).taskTitle());

        ProvinceReport first = ProvinceReports.compare("PV30", Optional.empty(), "a1", Programme.empty(), before,
                Map.of("PV30/bestaat-niet", List.of(ZONNEDAKEN), "PV20/andere-provincie", List.of(ZONNEDAKEN)));
        assertEquals(List.of("PV30/bestaat-niet"), first.brokenLinks().stream().map(ProvinceReport.BrokenLink::link).toList());
        assertEquals(3, first.newProgrammes().size(), "everything is new on the first follow");
    }

    @Test
    void validateFlagsALinkToAClosedOrMissingTaskAtItsLineAndColumn() {
        Map<String, byte[]> plan = new TreeMap<>();
        plan.put("plan.yaml", "kind: municipality\ncode: GM0758\nname: Breda\n".getBytes(StandardCharsets.UTF_8));
        plan.put("actions/zonnedaken.yaml", """
                id: zonnedaken
                title: Zonnedaken op bedrijventerreinen
                term: long
                status: planned
                links:
                  region: west-brabant/GM0758-bestaat-niet
                  province:
                    - PV30/energietransitie
                    - PV30/bestaat-niet
                    - PV20/niet-gevolgd
                """.getBytes(StandardCharsets.UTF_8));
        PlanRead read = PlanFiles.readAll(plan);
        assertEquals(List.of(), read.problems());
        List<Problem> problems = WorkspaceLinks.check(read.snapshot(), read.contents(), Map.of("PV30", after.contents()),
                Map.of("west-brabant", nl.veerkracht.model.PlanContents.empty()));
        assertEquals(List.of(
                "actions/zonnedaken.yaml:6:11: links.region: west-brabant/GM0758-bestaat-niet does not exist in the regional plan",
                "actions/zonnedaken.yaml:8:7: links.province: the provincial task PV30/energietransitie (Energietransitie bedrijventerreinen) is closed; link the action to a running task or remove the link",
                "actions/zonnedaken.yaml:9:7: links.province: PV30/bestaat-niet does not exist (any more) in the province's programme"),
                problems.stream().map(problem -> problem.render(Language.EN)).toList());
    }

    @Test
    void aClosedTaskIsNoBrokenLinkForAnActionThatIsDone() {
        Map<String, byte[]> plan = new TreeMap<>();
        plan.put("plan.yaml", "kind: municipality\ncode: GM0758\nname: Breda\n".getBytes(StandardCharsets.UTF_8));
        plan.put("actions/zonnedaken.yaml", ("id: zonnedaken\ntitle: Zonnedaken\nterm: long\nstatus: done\nlinks:\n"
                + "  province:\n    - PV30/energietransitie\n").getBytes(StandardCharsets.UTF_8));
        PlanRead read = PlanFiles.readAll(plan);
        assertEquals(List.of(), WorkspaceLinks.check(read.snapshot(), read.contents(), Map.of("PV30", after.contents()),
                Map.of()));
    }
}
