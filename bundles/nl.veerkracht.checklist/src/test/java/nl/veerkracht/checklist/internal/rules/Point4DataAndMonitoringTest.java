package nl.veerkracht.checklist.internal.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import nl.veerkracht.checklist.FindingLines;
import nl.veerkracht.checklist.RuleSettings;
import nl.veerkracht.checklist.TestPlan;
import nl.veerkracht.monitor.IndicatorStatus;
import nl.veerkracht.monitor.status.StatusCalculation;

/** Point 4, Gebruik data en actieve monitoring. */
class Point4DataAndMonitoringTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 28);

    private static List<String> run(BuiltInRule rule, TestPlan plan) {
        return FindingLines.of(rule.evaluate(plan.facts(), TODAY, RuleSettings.DEFAULTS));
    }

    private static final String VESTIGINGEN = """
            id: vestigingen
            title: Vestigingen in Breda
            source: cbs
            baseline: 14500
            target: 15000
            """;

    private static final String TERRASSEN = """
            id: terrassen-vergund
            title: Vergunde terrassen
            source: own
            """;

    @Test
    void indicatorsPresentIsMissingWithoutAnyIndicator() {
        IndicatorsPresent rule = new IndicatorsPresent();
        assertEquals(List.of("missing plan/indicators/"), run(rule, TestPlan.municipality("")));
        assertEquals(List.of(), run(rule, TestPlan.municipality("").with("indicators/terrassen-vergund.yaml", TERRASSEN)));
    }

    @Test
    void externalDataWantsMoreThanOwnMeasures() {
        ExternalData rule = new ExternalData();
        TestPlan own = TestPlan.municipality("").with("indicators/terrassen-vergund.yaml", TERRASSEN);
        assertEquals(List.of("attention plan/indicators/"), run(rule, own));
        assertEquals(List.of(), run(rule, own.with("indicators/vestigingen.yaml", VESTIGINGEN)));
        assertEquals(List.of(), run(rule, TestPlan.municipality("")), "no indicators: indicators-present says it");
    }

    @Test
    void outputTargetsWantsEveryActionUnderWayToHaveAnIndicatorWithATarget() {
        OutputTargets rule = new OutputTargets();
        TestPlan plan = TestPlan.municipality("")
                .with("indicators/terrassen-vergund.yaml", TERRASSEN)
                .with("actions/terrassen.yaml", "id: terrassen\ntitle: Terrassen\nterm: short\nindicators:\n  - id: terrassen-vergund\nstatus: running\n")
                .with("actions/loket.yaml", "id: loket\ntitle: Loket\nterm: medium\nstatus: done\n")
                .with("actions/idee.yaml", "id: idee\ntitle: Idee\nterm: long\nstatus: idea\n");
        assertEquals(List.of("attention plan/actions/loket.yaml indicators", "attention plan/actions/terrassen.yaml indicators"),
                run(rule, plan));

        TestPlan fixed = plan
                .with("actions/terrassen.yaml", "id: terrassen\ntitle: Terrassen\nterm: short\nindicators:\n  - id: terrassen-vergund\n    target: 120\nstatus: running\n")
                .with("indicators/vestigingen.yaml", VESTIGINGEN)
                .with("actions/loket.yaml", "id: loket\ntitle: Loket\nterm: medium\nindicators:\n  - id: vestigingen\nstatus: done\n");
        assertEquals(List.of(), run(rule, fixed), "the indicator's own target counts");
    }

    @Test
    void recentObservationsFlagsWhatMonitorStatusCallsStale() {
        RecentObservations rule = new RecentObservations();
        TestPlan plan = TestPlan.municipality("")
                .with("indicators/vestigingen.yaml", VESTIGINGEN)
                .with("indicators/vestigingen.csv", "period,value,source\n2026-Q1,14420,cbs\n2024,14300,cbs\n")
                .with("indicators/terrassen-vergund.yaml", TERRASSEN);
        assertEquals(List.of("attention plan/indicators/terrassen-vergund.csv", "attention plan/indicators/vestigingen.csv"),
                run(rule, plan));
        assertEquals("Indicator Vergunde terrassen heeft nog geen waarnemingen.",
                rule.evaluate(plan.facts(), TODAY, RuleSettings.DEFAULTS).get(0).problem().dutch());
        assertEquals("De laatste waarneming van indicator Vestigingen in Breda is over 2026-Q1, een periode die meer dan 6 "
                + "maanden geleden eindigde (monitor status: verouderd).",
                rule.evaluate(plan.facts(), TODAY, RuleSettings.DEFAULTS).get(1).problem().dutch(),
                "a quarter is stale two quarters after it ended");

        TestPlan fixed = plan
                .with("indicators/vestigingen.csv", "period,value,source\n2026-Q1,14420,cbs\n2026-Q3,14450,cbs\n")
                .with("indicators/terrassen-vergund.csv", "period,value,source\n2026-11-01,95,own\n");
        assertEquals(List.of(), run(rule, fixed));
        assertEquals(List.of(), run(rule, fixed.with("indicators/vestigingen.csv", "period,value,source\n2025,14450,cbs\n")),
                "a year is fresh until a year after it ended");
        assertEquals(List.of("attention plan/indicators/vestigingen.csv"), run(rule, fixed.with("indicators/vestigingen.csv",
                "period,value,source\n2024,14450,cbs\n")));
    }

    @Test
    void point4AndMonitorStatusAgreeOnEveryIndicator() {
        TestPlan plan = TestPlan.municipality("")
                .with("indicators/vestigingen.yaml", VESTIGINGEN)
                .with("indicators/vestigingen.csv", "period,value,source\n2026-Q1,14420,cbs\n2026-Q2,14600,cbs\n2026-Q3,14550,cbs\n")
                .with("indicators/terrassen-vergund.yaml", TERRASSEN)
                .with("indicators/terrassen-vergund.csv", "period,value,source\n2024,80,own\n")
                .with("indicators/leegstand.yaml", "id: leegstand\ntitle: Leegstand\nsource: own\nbaseline: 12\ntarget: 8\n")
                .with("indicators/leegstand.csv", "period,value,source\n2026-09,10.5,own\n2026-10,9.8,own\n");
        List<IndicatorStatus> statuses = StatusCalculation.of(plan.facts().contents(), TODAY);
        List<String> stale = statuses.stream().filter(IndicatorStatus::stale)
                .map(status -> "attention plan/indicators/" + status.indicator() + ".csv").toList();
        List<String> offTrack = statuses.stream().filter(status -> !status.onTrack().orElse(true))
                .map(status -> "attention plan/indicators/" + status.indicator() + ".yaml").toList();
        assertEquals(List.of("attention plan/indicators/terrassen-vergund.csv"), stale);
        assertEquals(List.of("attention plan/indicators/vestigingen.yaml"), offTrack);
        assertEquals(stale, run(new RecentObservations(), plan));
        assertEquals(offTrack, run(new OffTrackIndicators(), plan));
    }

    @Test
    void offTrackIndicatorsFlagsAFigureThatMovesAwayFromTheTarget() {
        OffTrackIndicators rule = new OffTrackIndicators();
        TestPlan away = TestPlan.municipality("")
                .with("indicators/vestigingen.yaml", VESTIGINGEN)
                .with("indicators/vestigingen.csv", "period,value,source\n2026-Q2,14510,cbs\n2026-Q3,14420,cbs\n");
        assertEquals(List.of("attention plan/indicators/vestigingen.yaml"), run(rule, away));
        assertEquals("Indicator Vestigingen in Breda moves away from its target: 14,420 for 2026-Q3, while the baseline "
                + "was 14,500 and the target is 15,000.",
                rule.evaluate(away.facts(), TODAY, RuleSettings.DEFAULTS).get(0).problem().english());

        TestPlan downwards = TestPlan.municipality("")
                .with("indicators/leegstand.yaml", "id: leegstand\ntitle: Leegstand\nsource: own\nbaseline: 12\ntarget: 8\n")
                .with("indicators/leegstand.csv", "period,value,source\n2026-Q3,10.5,own\n");
        assertEquals(List.of(), run(rule, downwards), "a falling figure is on track when the target is lower");
        assertEquals(List.of(), run(rule, away.with("indicators/vestigingen.csv",
                "period,value,source\n2026-Q3,14620,cbs\n2026-Q2,14420,cbs\n")), "the most recent period counts, not the last line");

        TestPlan turning = away.with("indicators/vestigingen.csv", "period,value,source\n2026-Q2,14700,cbs\n2026-Q3,14650,cbs\n");
        assertEquals(List.of("attention plan/indicators/vestigingen.yaml"), run(rule, turning),
                "above the baseline but falling away from the target: not on track, as monitor status says");
        assertEquals("Indicator Vestigingen in Breda falls, away from its target of 15,000: 14,650 for 2026-Q3 is less than "
                + "the period before.", rule.evaluate(turning.facts(), TODAY, RuleSettings.DEFAULTS).get(0).problem().english());
        assertEquals(List.of(), run(rule, away.with("indicators/vestigingen.csv",
                "period,value,source\n2026-Q2,15200,cbs\n2026-Q3,15100,cbs\n")), "a reached target is on track, falling or not");
    }
}
