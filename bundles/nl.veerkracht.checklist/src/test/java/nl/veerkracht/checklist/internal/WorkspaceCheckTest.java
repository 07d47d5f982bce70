package nl.veerkracht.checklist.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.veerkracht.checklist.ChecklistPoint;
import nl.veerkracht.checklist.FindingLines;
import nl.veerkracht.checklist.LastSync;
import nl.veerkracht.checklist.LastSyncReader;
import nl.veerkracht.checklist.PlanFacts;
import nl.veerkracht.checklist.PointAssessment;
import nl.veerkracht.checklist.PointStatus;
import nl.veerkracht.checklist.RuleSettings;
import nl.veerkracht.checklist.Scorecard;
import nl.veerkracht.checklist.internal.rules.BuiltInRules;
import nl.veerkracht.store.Author;
import nl.veerkracht.store.PlanRepository;
import nl.veerkracht.store.PlanStore;
import nl.veerkracht.store.RepositoryName;
import nl.veerkracht.store.Workspace;
import nl.veerkracht.store.internal.JGitPlanStore;

/**
 * The check on a real workspace of Git repositories: Breda's plan (the example of FORMAT.md, extended)
 * with the regional plan of West-Brabant, the province's programme and Etten-Leur's plan mirrored.
 */
class WorkspaceCheckTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 28);
    static final Author AUTHOR = new Author("J. de Vries", "j.devries@breda.nl");

    @TempDir
    Path temp;

    /** Where the region bundle keeps West-Brabant's last sync; its file and format are the region's business. */
    static final String LAST_SYNC = ".veerkracht/repositories/region/west-brabant/last-sync";

    private final PlanStore store = new JGitPlanStore();
    /** The last syncs as the region bundle hands them to the check, by region. */
    private final Map<String, LastSync> lastSyncs = new HashMap<>();
    private final LastSyncReader lastSyncReader = (workspace, id) -> lastSyncs.getOrDefault(id,
            LastSync.none(".veerkracht/repositories/region/" + id + "/last-sync"));
    private final ChecklistService checklist = new ChecklistService(store, BuiltInRules.all(), RuleSettings.DEFAULTS,
            lastSyncReader);
    private Workspace workspace;

    @BeforeEach
    void breda() throws Exception {
        workspace = store.init(temp.resolve("breda"), "GM0758", "Breda", Optional.of("PV30"), Optional.of(AUTHOR));
        copy("plan", workspace.directoryOf(RepositoryName.PLAN));
        store.commit(workspace, RepositoryName.PLAN, "Herstelaanpak Breda uitgewerkt", Optional.of(AUTHOR));
        store.approve(workspace, LocalDate.of(2026, 5, 12), Optional.empty(), Optional.of(AUTHOR));
        for (String repository : List.of("region/west-brabant", "province/PV30", "members/GM0777")) {
            Path directory = workspace.directoryOf(RepositoryName.parse(repository));
            try (PlanRepository git = PlanRepository.create(directory)) {
                copy(repository, directory);
                git.commitWorkingTree("Overgenomen", AUTHOR, "GM0758");
            }
        }
        lastSyncs.put("west-brabant", LastSync.recorded(LAST_SYNC, OffsetDateTime.parse("2026-10-01T16:30:00+02:00")));
    }

    private static void copy(String fixture, Path target) throws IOException, URISyntaxException {
        Path source = Path.of(WorkspaceCheckTest.class.getResource("/workspaces/breda/" + fixture).toURI());
        try (Stream<Path> files = Files.walk(source)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Path to = target.resolve(source.relativize(file).toString());
                Files.createDirectories(to.getParent());
                Files.copy(file, to, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }

    private static List<PointStatus> statuses(Scorecard scorecard) {
        return scorecard.points().stream().map(PointAssessment::status).toList();
    }

    @Test
    void theFactsAreWhatTheWorkspaceKnows() {
        PlanFacts facts = checklist.facts(workspace, RepositoryName.PLAN);
        assertEquals("plan", facts.repository());
        assertEquals(List.of(), facts.problems());
        assertEquals(List.of("raad/2026-05-12"), facts.approvals().stream().map(approval -> approval.tagName()).toList());
        assertEquals(1, facts.regions().size());
        assertTrue(facts.regions().get(0).listedInPlan());
        assertEquals("West-Brabant", facts.regions().get(0).plan().orElseThrow().name());
        assertEquals(Optional.of(OffsetDateTime.parse("2026-10-01T16:30:00+02:00")), facts.regions().get(0).lastSync().at());
        assertEquals(List.of("PV30"), List.copyOf(facts.provinces().keySet()));
        assertEquals(4, facts.contents().actions().size());
    }

    @Test
    void bredasPlanIsOkOnFivePointsAndNeedsAttentionOnFive() {
        Scorecard scorecard = checklist.check(workspace, RepositoryName.PLAN, TODAY);
        assertEquals(Optional.of("GM0758"), scorecard.code());
        assertEquals(Optional.of("Breda"), scorecard.name());
        assertEquals(0, scorecard.fileProblems());
        assertEquals(List.of(PointStatus.OK, PointStatus.ATTENTION, PointStatus.OK, PointStatus.ATTENTION,
                PointStatus.ATTENTION, PointStatus.OK, PointStatus.OK, PointStatus.ATTENTION, PointStatus.ATTENTION,
                PointStatus.OK), statuses(scorecard));
        assertFalse(scorecard.anyMissing(), "a plan with points to improve passes CI");
        assertEquals(List.of(
                "attention plan/needs/bereikbaarheid-binnenstad.yaml",
                "attention plan/indicators/loketvragen.csv",
                "attention plan/plan.yaml council.last_informed",
                "attention .veerkracht/repositories/region/west-brabant/last-sync",
                "attention plan/actions/stage-techniek.yaml end"), FindingLines.of(scorecard.findings()));
    }

    @Test
    void fixingWhatTheCheckSaysMakesEveryPointOk() throws Exception {
        Path plan = workspace.directoryOf(RepositoryName.PLAN);
        Files.writeString(plan.resolve("actions/stage-techniek.yaml"),
                Files.readString(plan.resolve("actions/stage-techniek.yaml")).replace("end: 2027-09-30", "end: 2027-06-30")
                        .replace("  - personeel-techniek\n", "  - personeel-techniek\n  - bereikbaarheid-binnenstad\n"));
        Files.writeString(plan.resolve("indicators/loketvragen.csv"), "period,value,source\n2026-10,180,own\n");
        Files.writeString(plan.resolve("plan.yaml"),
                Files.readString(plan.resolve("plan.yaml")).replace("last_informed: 2026-09-15", "last_informed: 2026-11-12"));
        lastSyncs.put("west-brabant", LastSync.recorded(LAST_SYNC, OffsetDateTime.parse("2026-11-27T09:00:00+01:00")));
        Scorecard scorecard = checklist.check(workspace, RepositoryName.PLAN, TODAY);
        assertEquals(List.of(), FindingLines.of(scorecard.findings()), "the working tree is checked, not the last commit");
        assertEquals(10, scorecard.count(PointStatus.OK));
    }

    @Test
    void anotherMembersPlanIsCheckedWithWhatThisWorkspaceKnows() {
        Scorecard scorecard = checklist.check(workspace, RepositoryName.member("GM0777"), TODAY);
        assertEquals(Optional.of("Etten-Leur"), scorecard.name());
        assertEquals(List.of(PointStatus.ATTENTION, PointStatus.MISSING, PointStatus.MISSING, PointStatus.MISSING,
                PointStatus.MISSING, PointStatus.MISSING, PointStatus.MISSING, PointStatus.ATTENTION, PointStatus.MISSING,
                PointStatus.MISSING), statuses(scorecard));
        assertEquals(List.of("attention members/GM0777/actions/markt-verplaatsen.yaml budget.source",
                "attention members/GM0777/plan.yaml departments"),
                FindingLines.of(scorecard.point(ChecklistPoint.EXISTING_STRUCTURE).findings()));
    }

    @Test
    void aNewPlanIsMissingOnEveryPoint() {
        Workspace fresh = store.init(temp.resolve("nieuw"), "GM0777", "Etten-Leur", Optional.of("PV30"), Optional.of(AUTHOR));
        Scorecard scorecard = checklist.check(fresh, RepositoryName.PLAN, TODAY);
        assertEquals(10, scorecard.count(PointStatus.MISSING));
    }

    @Test
    void thresholdsComeFromTheConfiguration() {
        ChecklistService patient = new ChecklistService(store, BuiltInRules.all(),
                RuleSettings.of(Map.of("regions.syncMaxAgeDays", 60)), lastSyncReader);
        assertEquals(PointStatus.OK, patient.check(workspace, RepositoryName.PLAN, TODAY)
                .point(ChecklistPoint.REGIONAL_COOPERATION).status());
        patient.modified(Map.of());
        assertEquals(PointStatus.ATTENTION, patient.check(workspace, RepositoryName.PLAN, TODAY)
                .point(ChecklistPoint.REGIONAL_COOPERATION).status(), "a changed configuration holds for the next check");
    }
}
