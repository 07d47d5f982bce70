package nl.veerkracht.charts;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import nl.veerkracht.model.PlanContents;
import nl.veerkracht.model.Term;
import nl.veerkracht.model.validation.Language;

/** The bar charts add up: no action is counted twice or left out, no euro lost, whatever the plan holds. */
class PlanChartsPropertiesTest {

    record Drawn(String term, String status, String budget, long amount) {
    }

    @Provide
    Arbitrary<List<Drawn>> actions() {
        Arbitrary<String> terms = Arbitraries.of("short", "medium", "long");
        Arbitrary<String> statuses = Arbitraries.of("idea", "planned", "running", "done", "stopped");
        Arbitrary<Long> amounts = Arbitraries.longs().between(0, 1_000_000);
        Arbitrary<String> sources = Arbitraries.of("", "  source: existing\n", "  source: extra\n", "  source: region\n",
                "  line: ez-2026\n", "none");
        return Combinators.combine(terms, statuses, sources, amounts).as((term, status, source, amount) ->
                source.equals("none") ? new Drawn(term, status, "", 0)
                        : new Drawn(term, status, "budget:\n  amount: " + amount + "\n" + source, amount))
                .list().ofMaxSize(25);
    }

    @Property(tries = 200)
    void theBarsOfTheBudgetAndOfTheActionsAddUpToThePlan(@ForAll("actions") List<Drawn> drawn) {
        List<String> files = new ArrayList<>(List.of("plan.yaml", Plans.BREDA));
        for (int i = 0; i < drawn.size(); i++) {
            files.add("actions/a" + i + ".yaml");
            files.add(Plans.action("a" + i, drawn.get(i).term(), drawn.get(i).status(), drawn.get(i).budget()));
        }
        PlanContents plan = Plans.read(files.toArray(String[]::new));
        PlanCharts charts = PlanCharts.in(Language.EN);
        Map<String, List<Long>> budget = PlanChartsTest.amounts(charts.budget(plan));
        Map<String, List<Long>> actions = PlanChartsTest.amounts(charts.actions(plan));
        for (int term = 0; term < Term.values().length; term++) {
            String code = Term.values()[term].code();
            int column = term;
            assertEquals(drawn.stream().filter(d -> d.term().equals(code)).mapToLong(Drawn::amount).sum(),
                    budget.values().stream().mapToLong(values -> values.get(column)).sum(), "euros of " + code);
            assertEquals(drawn.stream().filter(d -> d.term().equals(code)).count(),
                    actions.values().stream().mapToLong(values -> values.get(column)).sum(), "actions of " + code);
        }
    }
}
