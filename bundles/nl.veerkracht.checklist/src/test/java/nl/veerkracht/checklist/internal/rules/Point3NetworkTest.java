package nl.veerkracht.checklist.internal.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import nl.veerkracht.checklist.FindingLines;
import nl.veerkracht.checklist.RuleSettings;
import nl.veerkracht.checklist.TestPlan;

/** Point 3, Maak gebruik van een divers en cross-sectoraal netwerk. */
class Point3NetworkTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 28);

    private static List<String> run(BuiltInRule rule, TestPlan plan) {
        return FindingLines.of(rule.evaluate(plan.facts(), TODAY, RuleSettings.DEFAULTS));
    }

    private static String stakeholder(String id, String sector, String... dates) {
        StringBuilder text = new StringBuilder("id: " + id + "\norganisation: " + id + "\nsector: " + sector + "\n");
        if (dates.length > 0) {
            text.append("consultations:\n");
            for (String date : dates) {
                text.append("  - date: ").append(date).append("\n    topic: Overleg\n");
            }
        }
        return text.toString();
    }

    @Test
    void stakeholderSectorsIsMissingWithoutStakeholdersAndWantsThreeSectors() {
        StakeholderSectors rule = new StakeholderSectors();
        assertEquals(List.of("missing plan/stakeholders/"), run(rule, TestPlan.municipality("")));

        TestPlan two = TestPlan.municipality("")
                .with("stakeholders/khn-breda.yaml", stakeholder("khn-breda", "entrepreneurs"))
                .with("stakeholders/ondernemersvereniging.yaml", stakeholder("ondernemersvereniging", "entrepreneurs"))
                .with("stakeholders/avans.yaml", stakeholder("avans", "education"));
        assertEquals(List.of("attention plan/stakeholders/"), run(rule, two));
        assertEquals("De belanghebbenden komen uit maar 2 sectoren (ondernemers en onderwijs); verwacht worden er minstens 3.",
                rule.evaluate(two.facts(), TODAY, RuleSettings.DEFAULTS).get(0).problem().dutch());
        assertEquals(List.of(), FindingLines.of(rule.evaluate(two.facts(), TODAY,
                RuleSettings.of(Map.of(StakeholderSectors.MINIMUM_KEY, "2")))));

        assertEquals(List.of(), run(rule, two.with("stakeholders/chasse.yaml", stakeholder("chasse", "culture"))));
    }

    @Test
    void recentConsultationWantsTalksInTheLastSixMonths() {
        RecentConsultation rule = new RecentConsultation();
        assertEquals(List.of(), run(rule, TestPlan.municipality("")), "no stakeholders: the sector rule says it");
        TestPlan never = TestPlan.municipality("").with("stakeholders/khn-breda.yaml", stakeholder("khn-breda", "entrepreneurs"));
        assertEquals(List.of("attention plan/stakeholders/"), run(rule, never));
        TestPlan old = never.with("stakeholders/khn-breda.yaml", stakeholder("khn-breda", "entrepreneurs", "2026-03-10", "2026-05-27"));
        assertEquals(List.of("attention plan/stakeholders/"), run(rule, old));
        assertEquals("The last consultation of stakeholders was on 27 May 2026, more than 6 months ago.",
                rule.evaluate(old.facts(), TODAY, RuleSettings.DEFAULTS).get(0).problem().english());
        assertEquals(List.of(), run(rule, old.with("stakeholders/avans.yaml", stakeholder("avans", "education", "2026-10-02"))));
    }

    @Test
    void transitionThemesWantsTheActionsToServeAtLeastTwoBroadThemes() {
        TransitionThemes rule = new TransitionThemes();
        TestPlan none = TestPlan.municipality("").with("actions/a.yaml", "id: a\ntitle: A\nterm: short\nstatus: running\n");
        assertEquals(List.of("attention plan/actions/"), run(rule, none));
        TestPlan one = none.with("actions/a.yaml", "id: a\ntitle: A\nterm: short\nthemes:\n  - innovatie\nstatus: running\n")
                .with("actions/b.yaml", "id: b\ntitle: B\nterm: long\nthemes:\n  - circulariteit\nstatus: stopped\n");
        assertEquals(List.of("attention plan/actions/"), run(rule, one), "a stopped action serves nothing");
        TestPlan two = one.with("actions/b.yaml", "id: b\ntitle: B\nterm: long\nthemes:\n  - circulariteit\nstatus: planned\n");
        assertEquals(List.of(), run(rule, two));
    }
}
