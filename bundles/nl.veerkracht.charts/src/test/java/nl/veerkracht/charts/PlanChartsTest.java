package nl.veerkracht.charts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import nl.veerkracht.charts.internal.ChartTexts;
import nl.veerkracht.model.PlanContents;
import nl.veerkracht.model.RegionalPlan;
import nl.veerkracht.model.validation.Language;

/** What each chart of a plan shows, in both languages. */
class PlanChartsTest {

    private static final PlanCharts DUTCH = PlanCharts.in(Language.NL);

    @Test
    void anIndicatorsObservationsAreInTheOrderOfTheirPeriodsWithItsBaselineAndTargetAsLevels() {
        PlanContents plan = Plans.read("plan.yaml", Plans.BREDA,
                "indicators/vestigingen.yaml", "id: vestigingen\ntitle: Vestigingen\nsource: own\nunit: vestigingen\n"
                        + "baseline: 14500\ntarget: 15000\n",
                "indicators/vestigingen.csv", "period,value,source\n2026-Q3,14640,own\n2025-Q4,14400,own\n"
                        + "2026-Q2,14580,own\n");
        ChartData chart = DUTCH.indicators(plan).get(0);
        assertEquals("indicator-vestigingen", chart.id());
        assertEquals(ChartData.Kind.LINE, chart.kind());
        assertEquals("vestigingen", chart.valueAxis());
        assertEquals(List.of("2025-Q4", "2026-Q2", "2026-Q3"), chart.categories());
        assertEquals(List.of(new BigDecimal("14400"), new BigDecimal("14580"), new BigDecimal("14640")),
                chart.series().get(0).values().stream().map(Optional::orElseThrow).toList());
        assertEquals(List.of(new ChartData.Level("Nulmeting", new BigDecimal("14500")),
                new ChartData.Level("Doel", new BigDecimal("15000"))), chart.levels());
        ChartData english = PlanCharts.in(Language.EN).indicators(plan).get(0);
        assertEquals("Observations", english.series().get(0).name());
        assertEquals("Target", english.levels().get(1).name());
    }

    @Test
    void theBudgetIsPerTermAndSourceTakingTheSourceOfTheBudgetLineAndUnknownLast() {
        PlanContents plan = Plans.read("plan.yaml", Plans.BREDA,
                "actions/a.yaml", Plans.action("a", "short", "running", "budget:\n  amount: 15000\n  source: province\n"),
                "actions/b.yaml", Plans.action("b", "short", "planned", "budget:\n  amount: 2500\n  line: ez-2026\n"),
                "actions/c.yaml", Plans.action("c", "long", "idea", "budget:\n  amount: 7000\n"),
                "actions/d.yaml", Plans.action("d", "medium", "idea", ""));
        ChartData chart = DUTCH.budget(plan);
        assertEquals(List.of("korte termijn", "middellange termijn", "lange termijn"), chart.categories());
        Map<String, List<Long>> series = amounts(chart);
        assertEquals(Map.of("bestaande middelen", List.of(2500L, 0L, 0L), "provincie", List.of(15000L, 0L, 0L),
                "bron onbekend", List.of(0L, 0L, 7000L)), series);
        assertEquals(List.of("bestaande middelen", "provincie", "bron onbekend"), List.copyOf(series.keySet()),
                "the sources in their order, the unknown one last");
    }

    @Test
    void theActionsAreCountedPerTermAndStatusLeavingOutStatusesNoActionHas() {
        PlanContents plan = Plans.read("plan.yaml", Plans.BREDA,
                "actions/a.yaml", Plans.action("a", "short", "running", ""),
                "actions/b.yaml", Plans.action("b", "short", "running", ""),
                "actions/c.yaml", Plans.action("c", "long", "done", ""),
                "actions/d.yaml", Plans.action("d", "medium", "idea", ""));
        ChartData chart = DUTCH.actions(plan);
        assertEquals(ChartData.Kind.STACKED_COUNTS, chart.kind());
        assertEquals(Map.of("idee", List.of(0L, 1L, 0L), "loopt", List.of(2L, 0L, 0L), "afgerond", List.of(0L, 0L, 1L)),
                amounts(chart));
        assertEquals("Aantal acties", chart.valueAxis());
    }

    @Test
    void contributionsArePerMemberStackedByTheSharedActionsTheMunicipalityTakesPartIn() {
        PlanContents region = Plans.read("plan.yaml", """
                kind: region
                id: west-brabant
                name: West-Brabant
                coordinator: GM0758
                members:
                  - code: GM0758
                    name: Breda
                  - code: GM0777
                    name: Etten-Leur
                  - code: GM0826
                    name: Oosterhout
                """,
                "actions/GM0758-fonds.yaml", """
                id: GM0758-fonds
                title: Binnenstadfonds
                term: short
                status: running
                lead_municipality: GM0758
                participants:
                  - GM0758
                  - GM0777
                contributions:
                  GM0758: 20000
                  GM0777: 10000
                """,
                "actions/GM0777-etalage.yaml", """
                id: GM0777-etalage
                title: Digitale etalage
                term: short
                status: planned
                lead_municipality: GM0777
                participants:
                  - GM0777
                  - GM0826
                contributions:
                  GM0777: 5000
                  GM0826: 7500
                """);
        Map<RegionalPlan, PlanContents> regions = Map.of((RegionalPlan) region.plan().orElseThrow(), region);
        ChartData all = DUTCH.contributions(regions, Optional.empty()).orElseThrow();
        assertEquals(List.of("Breda", "Etten-Leur", "Oosterhout"), all.categories());
        assertEquals(List.of("Binnenstadfonds", "Digitale etalage"), all.series().stream().map(ChartData.Series::name).toList());
        assertEquals(List.of(Optional.empty(), Optional.of(BigDecimal.valueOf(5000)), Optional.of(BigDecimal.valueOf(7500))),
                all.series().get(1).values());
        ChartData breda = DUTCH.contributions(regions, Optional.of("GM0758")).orElseThrow();
        assertEquals(List.of("Binnenstadfonds"), breda.series().stream().map(ChartData.Series::name).toList(),
                "Breda takes no part in the digital shop window");
        assertTrue(DUTCH.contributions(regions, Optional.of("GM0748")).isEmpty(), "a municipality that takes part in nothing");
    }

    @Test
    void everyTextIsInBothLanguages() {
        assertEquals(ChartTexts.of(Language.NL).keys(), ChartTexts.of(Language.EN).keys());
    }

    /** Each series' whole values by name, in the chart's order, an empty value as 0. */
    static Map<String, List<Long>> amounts(ChartData chart) {
        Map<String, List<Long>> amounts = new LinkedHashMap<>();
        chart.series().forEach(series -> amounts.put(series.name(), series.values().stream()
                .map(value -> value.map(BigDecimal::longValueExact).orElse(0L)).toList()));
        return amounts;
    }
}
