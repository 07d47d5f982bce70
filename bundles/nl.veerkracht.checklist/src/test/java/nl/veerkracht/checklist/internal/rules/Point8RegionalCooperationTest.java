package nl.veerkracht.checklist.internal.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import nl.veerkracht.checklist.FindingLines;
import nl.veerkracht.checklist.LastSync;
import nl.veerkracht.checklist.PlanFacts;
import nl.veerkracht.checklist.RegionFacts;
import nl.veerkracht.checklist.RuleSettings;
import nl.veerkracht.checklist.TestPlan;
import nl.veerkracht.model.PlanContents;

/** Point 8, Regionale samenwerking versterkt. */
class Point8RegionalCooperationTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 28);

    private static List<String> run(BuiltInRule rule, PlanFacts facts) {
        return FindingLines.of(rule.evaluate(facts, TODAY, RuleSettings.DEFAULTS));
    }

    private static final String REGION_PLAN = """
            kind: region
            id: west-brabant
            name: West-Brabant
            province: PV30
            coordinator: GM0758
            members:
              - code: GM0758
                name: Breda
              - code: GM0777
                name: Etten-Leur
            """;

    private static final String SHARED = """
            id: GM0758-binnenstadfonds
            title: Binnenstadfonds West-Brabant
            term: medium
            status: planned
            lead_municipality: GM0777
            participants:
              - GM0777
            """;

    private static PlanContents regional(String plan, String sharedAction) {
        TestPlan region = TestPlan.empty().with("plan.yaml", plan);
        if (sharedAction != null) {
            region = region.with("actions/GM0758-binnenstadfonds.yaml", sharedAction);
        }
        return region.contents();
    }

    private static RegionFacts westBrabant(boolean listed, PlanContents contents, LastSync sync) {
        return new RegionFacts("west-brabant", listed, Optional.of(contents), sync);
    }

    private static final String FILE = ".veerkracht/repositories/region/west-brabant/last-sync";

    private static final LastSync RECENT = LastSync.recorded(FILE, OffsetDateTime.parse("2026-11-25T09:00:00+01:00"));

    private static final String ACTION = """
            id: terrassen-verruimen
            title: Terrassen verruimen
            term: short
            status: running
            links:
              region: west-brabant/GM0758-binnenstadfonds
            """;

    @Test
    void regionMembershipIsMissingWithoutARegionAndChecksBothSidesOfTheMembership() {
        RegionMembership rule = new RegionMembership();
        PlanFacts alone = TestPlan.municipality("").facts()
                .withRegion(westBrabant(false, regional(REGION_PLAN, null), RECENT));
        assertEquals(List.of("missing plan/plan.yaml regions", "attention region/west-brabant"), run(rule, alone));

        PlanFacts notMember = TestPlan.municipality("regions:\n  - west-brabant\n").facts()
                .withRegion(westBrabant(true, regional(REGION_PLAN.replace("coordinator: GM0758", "coordinator: GM0777")
                        .replace("GM0758\n    name: Breda", "GM0855\n    name: Tilburg"), null), RECENT));
        assertEquals(List.of("attention region/west-brabant/plan.yaml members"), run(rule, notMember));

        PlanFacts member = TestPlan.municipality("regions:\n  - west-brabant\n").facts()
                .withRegion(westBrabant(true, regional(REGION_PLAN, null), RECENT));
        assertEquals(List.of(), run(rule, member));
    }

    @Test
    void sharedActionsWantsPartInARegionalAction() {
        SharedActions rule = new SharedActions();
        TestPlan plan = TestPlan.municipality("regions:\n  - west-brabant\n");
        PlanFacts none = plan.facts().withRegion(westBrabant(true, regional(REGION_PLAN, SHARED), RECENT));
        assertEquals(List.of("attention plan/actions/"), run(rule, none));
        PlanFacts participant = plan.facts().withRegion(westBrabant(true,
                regional(REGION_PLAN, SHARED.replace("  - GM0777\n", "  - GM0777\n  - GM0758\n")), RECENT));
        assertEquals(List.of(), run(rule, participant));
        PlanFacts linked = plan.with("actions/terrassen-verruimen.yaml", ACTION).facts();
        assertEquals(List.of(), run(rule, linked), "an action that links a regional one takes part");
        assertEquals(List.of(), run(rule, TestPlan.municipality("").facts()), "no region: region-membership says it");
    }

    @Test
    void regionSyncedWantsACloneSyncedInTheLastTwoWeeks() {
        RegionSynced rule = new RegionSynced();
        PlanFacts plan = TestPlan.municipality("regions:\n  - west-brabant\n").facts();
        assertEquals(List.of("attention region/west-brabant"), run(rule, plan.withRegion(
                new RegionFacts("west-brabant", true, Optional.empty(), LastSync.none(FILE)))));
        String file = FILE;
        assertEquals(List.of("attention " + file), run(rule, plan.withRegion(
                westBrabant(true, regional(REGION_PLAN, null), LastSync.none(FILE)))));
        LastSync garbled = LastSync.unreadable(FILE, "'gisteren' is not a date and time such as 2026-11-28T14:03:11+01:00");
        assertEquals(List.of("attention " + file), run(rule, plan.withRegion(westBrabant(true, regional(REGION_PLAN, null), garbled))));
        PlanFacts old = plan.withRegion(westBrabant(true, regional(REGION_PLAN, null),
                LastSync.recorded(FILE, OffsetDateTime.parse("2026-10-01T16:30:00+02:00"))));
        assertEquals(List.of("attention " + file), run(rule, old));
        assertEquals("Het regionale plan west-brabant is voor het laatst gesynchroniseerd op 1 oktober 2026, 58 dagen geleden "
                + "(verwacht: hooguit 14).", rule.evaluate(old, TODAY, RuleSettings.DEFAULTS).get(0).problem().dutch());
        assertEquals(List.of(), FindingLines.of(rule.evaluate(old, TODAY, RuleSettings.of(Map.of(RegionSynced.MAX_AGE_KEY, 60)))));
        assertEquals(List.of(), run(rule, plan.withRegion(westBrabant(true, regional(REGION_PLAN, null), RECENT))));
        PlanFacts future = plan.withRegion(westBrabant(true, regional(REGION_PLAN, null),
                LastSync.recorded(FILE, OffsetDateTime.parse("2099-01-01T00:00:00+01:00"))));
        assertEquals(List.of("attention " + file), run(rule, future), "a sync in the future is not a recent one");
        assertEquals("De laatste synchronisatie van het regionale plan west-brabant staat op 1 januari 2099, in de"
                + " toekomst; dat zegt niet hoe recent ze is (klopt de klok?).",
                rule.evaluate(future, TODAY, RuleSettings.DEFAULTS).get(0).problem().dutch());
    }

    @Test
    void regionalLinksLeadToAnActionTheMunicipalityTakesPartIn() {
        RegionalLinks rule = new RegionalLinks();
        TestPlan plan = TestPlan.municipality("regions:\n  - west-brabant\n").with("actions/terrassen-verruimen.yaml", ACTION);
        String field = "attention plan/actions/terrassen-verruimen.yaml links.region";
        assertEquals(List.of(field), run(rule, TestPlan.municipality("").with("actions/terrassen-verruimen.yaml", ACTION).facts()));
        assertEquals(List.of(field), run(rule, plan.facts().withRegion(westBrabant(true, regional(REGION_PLAN, null), RECENT))));
        PlanFacts notParticipant = plan.facts().withRegion(westBrabant(true, regional(REGION_PLAN, SHARED), RECENT));
        assertEquals(List.of(field), run(rule, notParticipant));
        assertEquals("Action Terrassen verruimen refers to the regional action west-brabant/GM0758-binnenstadfonds, but "
                + "GM0758 is not among its participants.",
                rule.evaluate(notParticipant, TODAY, RuleSettings.DEFAULTS).get(0).problem().english());
        PlanFacts fixed = plan.facts().withRegion(westBrabant(true,
                regional(REGION_PLAN, SHARED.replace("lead_municipality: GM0777", "lead_municipality: GM0758")), RECENT));
        assertEquals(List.of(), run(rule, fixed));
        assertEquals(List.of(), run(rule, plan.facts()), "without a clone the link cannot be followed; region-synced says so");
    }

    @Test
    void provinceLinksWantsALinkToTheProvinceThatLeadsToAnOpenTask() {
        ProvinceLinks rule = new ProvinceLinks();
        PlanContents programme = TestPlan.empty()
                .with("plan.yaml", "kind: province\ncode: PV30\nname: Noord-Brabant\n")
                .with("tasks/digitalisering-mkb.yaml", "id: digitalisering-mkb\ntitle: Digitalisering van het mkb\nstatus: active\n")
                .with("tasks/terrassen-2021.yaml", "id: terrassen-2021\ntitle: Terrassenregeling 2021\nstatus: closed\n")
                .contents();
        TestPlan plan = TestPlan.municipality("").with("actions/a.yaml", "id: a\ntitle: A\nterm: short\nstatus: running\n");
        assertEquals(List.of("attention plan/actions/"), run(rule, plan.facts().withProvince("PV30", programme)));

        TestPlan linked = plan.with("actions/a.yaml", "id: a\ntitle: A\nterm: short\nstatus: running\nlinks:\n  province:\n"
                + "    - PV30/terrassen-2021\n    - PV30/verdwenen\n");
        assertEquals(List.of("attention plan/actions/a.yaml links.province", "attention plan/actions/a.yaml links.province"),
                run(rule, linked.facts().withProvince("PV30", programme)));
        assertEquals(List.of("attention plan/actions/a.yaml links.province"), run(rule, linked
                .with("actions/a.yaml", "id: a\ntitle: A\nterm: short\nstatus: done\nlinks:\n  province:\n"
                        + "    - PV30/terrassen-2021\n    - PV30/verdwenen\n")
                .facts().withProvince("PV30", programme)), "a done action may have used a task that closed since");
        assertEquals(List.of("attention province/PV30"), run(rule, linked.facts()));
        assertEquals("De 2 koppelingen met provincie PV30 zijn niet te controleren: de werkruimte heeft geen kopie van haar programma.",
                rule.evaluate(linked.facts(), TODAY, RuleSettings.DEFAULTS).get(0).problem().dutch());

        TestPlan fixed = plan.with("actions/a.yaml", "id: a\ntitle: A\nterm: short\nstatus: running\nlinks:\n  province:\n"
                + "    - PV30/digitalisering-mkb\n");
        assertEquals(List.of(), run(rule, fixed.facts().withProvince("PV30", programme)));
    }
}
