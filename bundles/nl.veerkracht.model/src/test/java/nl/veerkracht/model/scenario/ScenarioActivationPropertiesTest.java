package nl.veerkracht.model.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

import nl.veerkracht.model.Action;
import nl.veerkracht.model.ActionStatus;
import nl.veerkracht.model.EntityKind;
import nl.veerkracht.model.PlanContents;
import nl.veerkracht.model.document.PlanSnapshot;
import nl.veerkracht.model.scenario.ScenarioPlans.PlannedAction;
import nl.veerkracht.model.scenario.ScenarioPlans.Step;
import nl.veerkracht.model.validation.BoundPlan;
import nl.veerkracht.model.validation.PlanBinder;

/** Activating and standing down, for random runbooks, actions and suspensions. */
class ScenarioActivationPropertiesTest {

    private static final List<String> STATUSES = List.of("idea", "planned", "running", "done", "stopped");

    /** A random plan with the scenario {@code terugval}: its steps, its actions and what it suspends. */
    record Case(PlanSnapshot plan, List<Step> steps, List<PlannedAction> actions, List<String> suspends) {
    }

    @Provide
    Arbitrary<Case> plans() {
        Arbitrary<List<Step>> steps = Combinators.combine(Arbitraries.of("loket", "raad", "pers", "fonds", "terras"),
                Arbitraries.of("economische-zaken", "J. de Vries", "A. Jansen"), Arbitraries.integers().between(0, 60)
                        .injectNull(0.2))
                .as(Step::new).list().ofMaxSize(4).uniqueElements(Step::id);
        Arbitrary<List<PlannedAction>> actions = Combinators.combine(Arbitraries.of("a", "b", "c", "d", "e", "f"),
                Arbitraries.of(STATUSES), Arbitraries.integers().between(0, 100).injectNull(0.3))
                .as(PlannedAction::new).list().ofMaxSize(5).uniqueElements(PlannedAction::id);
        return Combinators.combine(steps, actions, Arbitraries.randoms()).as((runbook, planned, random) -> {
            List<String> suspends = new ArrayList<>();
            for (PlannedAction action : planned) {
                if (random.nextBoolean()) {
                    suspends.add(action.id());
                }
            }
            return new Case(ScenarioPlans.snapshot(ScenarioPlans.scenario("terugval", runbook, suspends), planned),
                    runbook, planned, suspends);
        });
    }

    private static PlanContents valid(PlanSnapshot plan) {
        BoundPlan bound = PlanBinder.bind(plan);
        assertTrue(bound.isValid(), bound.problems().toString());
        return bound.contents();
    }

    private static ScenarioActivation.Activation on(LocalDate date) {
        return new ScenarioActivation.Activation(date, "J. de Vries", Optional.empty());
    }

    @Property(tries = 300)
    void standingDownRestoresEverySuspendedActionAsItWas(@ForAll("plans") Case plan,
            @ForAll @IntRange(min = 0, max = 400) int daysActive) {
        LocalDate day = LocalDate.of(2026, 12, 1);
        PlanSnapshot active = ScenarioActivation.activate(plan.plan(), "terugval", on(day)).applyTo(plan.plan());
        PlanSnapshot down = ScenarioActivation.standDown(active, "terugval", day.plusDays(daysActive)).applyTo(active);
        for (PlannedAction action : plan.actions()) {
            String path = EntityKind.ACTION.pathOf(action.id());
            assertEquals(plan.plan().document(path), down.document(path), path);
        }
        PlanContents after = valid(down);
        assertFalse(after.scenarios().get("terugval").isActive());
        assertTrue(after.actions().values().stream().noneMatch(action -> action.status() == ActionStatus.SUSPENDED));
    }

    @Property(tries = 300)
    void activationGivesAValidPlanWithARunningActionPerStepAndTheOpenSuspendsOnHold(@ForAll("plans") Case plan,
            @ForAll @IntRange(min = 0, max = 3000) int offset) {
        LocalDate day = LocalDate.of(2025, 1, 1).plusDays(offset);
        ScenarioChange change = ScenarioActivation.activate(plan.plan(), "terugval", on(day));
        PlanContents after = valid(change.applyTo(plan.plan()));
        assertEquals(Optional.of(day), after.scenarios().get("terugval").activeSince());
        for (Step step : plan.steps()) {
            Action action = after.actions().get(ScenarioActivation.actionId("terugval", step.id()));
            assertEquals(ActionStatus.RUNNING, action.status());
            assertEquals(Optional.of(day), action.start());
            assertEquals(Optional.ofNullable(step.withinDays()).map(day::plusDays), action.end());
            assertEquals(Optional.of(step.id()), action.scenarioStep());
        }
        for (PlannedAction planned : plan.actions()) {
            Action action = after.actions().get(planned.id());
            boolean open = !planned.status().equals("done") && !planned.status().equals("stopped");
            if (plan.suspends().contains(planned.id()) && open) {
                assertEquals(ActionStatus.SUSPENDED, action.status());
                assertEquals(Optional.of(planned.status()), action.previousStatus().map(ActionStatus::code));
            } else {
                assertEquals(planned.status(), action.status().code(), "not suspended: left as it was");
            }
        }
        Set<String> written = change.documents().keySet();
        assertEquals(1 + plan.steps().size() + plan.suspends().stream().filter(id -> plan.actions().stream()
                .anyMatch(action -> action.id().equals(id) && !Set.of("done", "stopped").contains(action.status())))
                .count(), written.size(), "the scenario, one file a step and the suspended actions; nothing else");
    }

    @Property(tries = 200)
    void standingDownClosesEveryActionOfTheRunbookAndAnotherActivationReopensThem(@ForAll("plans") Case plan,
            @ForAll @IntRange(min = 0, max = 100) int progress) {
        LocalDate day = LocalDate.of(2026, 12, 1);
        PlanSnapshot active = ScenarioActivation.activate(plan.plan(), "terugval", on(day)).applyTo(plan.plan());
        for (Step step : plan.steps()) {
            String path = EntityKind.ACTION.pathOf(ScenarioActivation.actionId("terugval", step.id()));
            active = active.with(path, ((nl.veerkracht.model.document.MapNode) active.document(path).orElseThrow())
                    .with("progress", ScenarioPlans.node(progress)));
        }
        PlanSnapshot down = ScenarioActivation.standDown(active, "terugval", day).applyTo(active);
        PlanContents closed = valid(down);
        for (Step step : plan.steps()) {
            assertEquals(progress == 100 ? ActionStatus.DONE : ActionStatus.STOPPED,
                    closed.actions().get(ScenarioActivation.actionId("terugval", step.id())).status());
        }
        ScenarioRefusal refusal = assertThrows(ScenarioRefusal.class,
                () -> ScenarioActivation.standDown(down, "terugval", day));
        assertEquals("scenario.notActive", refusal.key());
        PlanContents again = valid(ScenarioActivation.activate(down, "terugval", on(day.plusDays(1))).applyTo(down));
        assertTrue(again.scenarios().get("terugval").isActive());
    }
}
