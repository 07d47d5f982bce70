package nl.veerkracht.province.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.veerkracht.junit.workspace.ExampleWorkspace;
import nl.veerkracht.model.TaskStatus;
import nl.veerkracht.province.ProvinceException;
import nl.veerkracht.province.ProvinceOverview;
import nl.veerkracht.province.ProvinceOverview.Urgency;
import nl.veerkracht.province.ProvinceReport;
import nl.veerkracht.province.ProvinceReport.LinkingAction;

/** The province's programme as Breda sees it on a given day: tasks, deadlines in order, broken links. */
class ProvinceOverviewTest {

    @TempDir
    Path temp;

    private ExampleWorkspace breda;
    private JGitProvinceService provinces;

    @BeforeEach
    void bredaFollowsNoordBrabant() {
        breda = ExampleWorkspace.create(temp.resolve("breda"));
        provinces = new JGitProvinceService(breda.store());
    }

    @Test
    void eachTaskNamesTheActionsThatLinkToIt() {
        ProvinceOverview overview = provinces.overview(breda.workspace(), "PV30", LocalDate.of(2026, 12, 6));

        ProvinceOverview.TaskEntry task = overview.tasks().get(0);
        assertEquals(List.of("digitalisering-mkb"), overview.tasks().stream().map(ProvinceOverview.TaskEntry::id).toList());
        assertEquals(Optional.of("Brabant Digitaal"), task.programme());
        assertEquals(TaskStatus.ACTIVE, task.status());
        assertEquals(List.of("terrassen-verruimen", "webwinkels"), task.linkedBy().stream().map(LinkingAction::id).sorted()
                .toList());
        assertEquals(List.of(), overview.brokenLinks());
    }

    @Test
    void aDeadlineWithinEightWeeksIsClosingSoonAndOneThatWentByHasPassed() {
        assertEquals(Urgency.LATER, deadline(LocalDate.of(2026, 12, 5)).urgency());
        assertEquals(Urgency.CLOSING_SOON, deadline(LocalDate.of(2026, 12, 6)).urgency(), "31 January is eight weeks on");
        assertEquals(Urgency.CLOSING_SOON, deadline(LocalDate.of(2027, 1, 31)).urgency(), "the last day to apply");
        assertEquals(Urgency.PASSED, deadline(LocalDate.of(2027, 2, 1)).urgency());
        ProvinceOverview.Deadline voucher = deadline(LocalDate.of(2026, 12, 6));
        assertEquals(List.of("Digitaliseringsvoucher", "2027-01-31", "Digitalisering van het mkb"),
                List.of(voucher.schemeTitle(), voucher.date().toString(), voucher.taskTitle()));
    }

    @Test
    void deadlinesComeInDateOrderAndTasksByProgramme() {
        breda.write(ExampleWorkspace.PROVINCE, Map.of("tasks/herstart-horeca.yaml", """
                id: herstart-horeca
                title: Herstart horeca
                programme: Brabant Herstelt
                funding:
                  - id: horeca-2026
                    title: Horecaregeling
                    deadline: 2026-12-20
                  - id: terras-2027
                    title: Terrasregeling
                    deadline: 2027-06-30
                status: active
                """, "tasks/zonder-programma.yaml", """
                id: zonder-programma
                title: Aanpak leegstand
                status: active
                """));
        breda.commitMirror(ExampleWorkspace.PROVINCE, "Twee taken erbij");

        ProvinceOverview overview = provinces.overview(breda.workspace(), "PV30", LocalDate.of(2026, 12, 6));

        assertEquals(List.of("horeca-2026", "voucher-2027", "terras-2027"),
                overview.deadlines().stream().map(ProvinceOverview.Deadline::schemeId).toList());
        assertEquals(List.of(Urgency.CLOSING_SOON, Urgency.CLOSING_SOON, Urgency.LATER),
                overview.deadlines().stream().map(ProvinceOverview.Deadline::urgency).toList());
        assertEquals(List.of("Digitalisering van het mkb", "Herstart horeca", "Aanpak leegstand"),
                overview.tasks().stream().map(ProvinceOverview.TaskEntry::title).toList(),
                "by programme (Brabant Digitaal, Brabant Herstelt), tasks without a programme last");
    }

    @Test
    void aTaskThatLeftTheProgrammeIsABrokenLinkOfEveryActionThatLinksToIt() {
        breda.delete(ExampleWorkspace.PROVINCE, "tasks/digitalisering-mkb.yaml");
        breda.commitMirror(ExampleWorkspace.PROVINCE, "Digitalisering eruit");

        ProvinceOverview overview = provinces.overview(breda.workspace(), "PV30", LocalDate.of(2026, 12, 6));

        assertEquals(List.of(), overview.tasks());
        assertEquals(List.of("terrassen-verruimen", "webwinkels"), overview.brokenLinks().stream()
                .map(link -> link.action().id()).sorted().toList());
        assertEquals(List.of(ProvinceReport.BreakReason.REMOVED), overview.brokenLinks().stream()
                .map(ProvinceReport.BrokenLink::reason).distinct().toList());
    }

    @Test
    void aProvinceThatIsNotFollowedIsSaidInOneLine() {
        ProvinceException failure = assertThrows(ProvinceException.class,
                () -> provinces.overview(breda.workspace(), "PV27", LocalDate.of(2026, 12, 6)));
        assertEquals("this workspace does not follow province PV27; follow it with 'veerkracht province follow <url>'",
                failure.describe(Locale.ENGLISH));
    }

    private ProvinceOverview.Deadline deadline(LocalDate today) {
        return provinces.overview(breda.workspace(), "PV30", today).deadlines().get(0);
    }
}
