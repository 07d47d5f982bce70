package nl.veerkracht.model.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import nl.veerkracht.model.Action;
import nl.veerkracht.model.ActionStatus;
import nl.veerkracht.model.PlanContents;
import nl.veerkracht.model.document.MapNode;
import nl.veerkracht.model.document.PlanSnapshot;
import nl.veerkracht.model.scenario.ScenarioPlans.PlannedAction;
import nl.veerkracht.model.scenario.ScenarioPlans.Step;
import nl.veerkracht.model.validation.BoundPlan;
import nl.veerkracht.model.validation.PlanBinder;

/** Breda's fallback scenario activated and stood down, and each refusal, on documents alone. */
class ScenarioActivationTest {

    private static final LocalDate DAY = LocalDate.of(2026, 12, 1);
    private static final ScenarioActivation.Activation BY_JAN = new ScenarioActivation.Activation(DAY, "J. de Vries",
            Optional.empty());

    private static final PlanSnapshot BREDA = ScenarioPlans.snapshot(ScenarioPlans.scenario("terugval",
            List.of(new Step("loket-opschalen", "economische-zaken", 2), new Step("raad-informeren", "A. Jansen", 7)),
            List.of("terrassen-verruimen", "al-klaar")),
            List.of(new PlannedAction("terrassen-verruimen", "running", 75), new PlannedAction("al-klaar", "done", 100)));

    private static PlanContents valid(PlanSnapshot plan) {
        BoundPlan bound = PlanBinder.bind(plan);
        assertTrue(bound.isValid(), bound.problems().toString());
        return bound.contents();
    }

    @Test
    void activationMakesTheRunbooksActionsAndPutsTheSuspendedOneOnHold() {
        ScenarioChange change = ScenarioActivation.activate(BREDA, "terugval", BY_JAN);
        assertEquals(List.of("actions/terrassen-verruimen.yaml", "actions/terugval-loket-opschalen.yaml",
                "actions/terugval-raad-informeren.yaml", "scenarios/terugval.yaml"), List.copyOf(change.documents().keySet()),
                "the scenario, its two steps and the suspended action; the action that is done is left alone");
        PlanContents after = valid(change.applyTo(BREDA));
        Action loket = after.actions().get("terugval-loket-opschalen");
        assertEquals("Stap loket-opschalen", loket.title());
        assertEquals(Optional.of("economische-zaken"), loket.lead());
        assertEquals(ActionStatus.RUNNING, loket.status());
        assertEquals(Optional.of(DAY), loket.start());
        assertEquals(Optional.of(LocalDate.of(2026, 12, 3)), loket.end());
        assertEquals(Optional.of("terugval"), loket.scenario());
        assertEquals(Optional.of("loket-opschalen"), loket.scenarioStep());
        assertEquals(Optional.of(LocalDate.of(2026, 12, 8)), after.actions().get("terugval-raad-informeren").end());
        Action terrassen = after.actions().get("terrassen-verruimen");
        assertEquals(ActionStatus.SUSPENDED, terrassen.status());
        assertEquals(Optional.of("terugval"), terrassen.suspendedBy());
        assertEquals(Optional.of(ActionStatus.RUNNING), terrassen.previousStatus());
        assertEquals(ActionStatus.DONE, after.actions().get("al-klaar").status());
        assertEquals(Optional.of(DAY), after.scenarios().get("terugval").activeSince());
        assertEquals(Optional.of("J. de Vries"), after.scenarios().get("terugval").activatedBy());
        assertEquals(List.of(ActionChange.Outcome.CREATED, ActionChange.Outcome.CREATED, ActionChange.Outcome.SUSPENDED,
                ActionChange.Outcome.NOT_SUSPENDED), change.actions().stream().map(ActionChange::outcome).toList(),
                "the runbook's order, then that of suspends");
        assertEquals("crisiscoördinator", change.roles().get(0).role());
    }

    @Test
    void standingDownClosesTheActionsAndRestoresTheSuspendedStatus() {
        PlanSnapshot active = ScenarioActivation.activate(BREDA, "terugval", BY_JAN).applyTo(BREDA);
        MapNode loket = (MapNode) active.document("actions/terugval-loket-opschalen.yaml").orElseThrow();
        active = active.with("actions/terugval-loket-opschalen.yaml", loket.with("progress", ScenarioPlans.node(100)));
        ScenarioChange change = ScenarioActivation.standDown(active, "terugval", DAY.plusDays(10));
        PlanContents after = valid(change.applyTo(active));
        assertEquals(ActionStatus.DONE, after.actions().get("terugval-loket-opschalen").status(), "progress 100: done");
        assertEquals(ActionStatus.STOPPED, after.actions().get("terugval-raad-informeren").status());
        assertEquals(BREDA.document("actions/terrassen-verruimen.yaml"),
                change.applyTo(active).document("actions/terrassen-verruimen.yaml"), "restored as it was");
        assertFalse(after.scenarios().get("terugval").isActive());
        assertEquals(Optional.of(DAY.plusDays(10)), after.scenarios().get("terugval").stoodDown());
    }

    @Test
    void activatingAgainAfterStandingDownReopensTheStepsActions() {
        PlanSnapshot once = ScenarioActivation.activate(BREDA, "terugval", BY_JAN).applyTo(BREDA);
        PlanSnapshot down = ScenarioActivation.standDown(once, "terugval", DAY.plusDays(30)).applyTo(once);
        ScenarioChange again = ScenarioActivation.activate(down, "terugval",
                new ScenarioActivation.Activation(DAY.plusDays(60), "A. Jansen", Optional.empty()));
        assertEquals(ActionChange.Outcome.REOPENED, again.actions().get(0).outcome());
        PlanContents after = valid(again.applyTo(down));
        assertEquals(ActionStatus.RUNNING, after.actions().get("terugval-loket-opschalen").status());
        assertEquals(Optional.of(DAY.plusDays(62)), after.actions().get("terugval-loket-opschalen").end());
    }

    @Test
    void refusals() {
        assertRefused("scenario.unknown", () -> ScenarioActivation.activate(BREDA, "lockdown", BY_JAN));
        assertRefused("scenario.notActive", () -> ScenarioActivation.standDown(BREDA, "terugval", DAY));
        PlanSnapshot active = ScenarioActivation.activate(BREDA, "terugval", BY_JAN).applyTo(BREDA);
        assertRefused("scenario.alreadyActive", () -> ScenarioActivation.activate(active, "terugval", BY_JAN));
        assertRefused("scenario.standDownBeforeActivation",
                () -> ScenarioActivation.standDown(active, "terugval", DAY.minusDays(1)));
        PlanSnapshot noOwner = ScenarioPlans.snapshot(ScenarioPlans.scenario("terugval",
                List.of(new Step("loket-opschalen", "economische-zaken", 2), new Step("raad-informeren", null, 7)),
                List.of()), List.of());
        ScenarioRefusal refusal = assertRefused("scenario.stepWithoutOwner",
                () -> ScenarioActivation.activate(noOwner, "terugval", BY_JAN));
        assertEquals(List.of("terugval", "raad-informeren"), refusal.args());
        PlanSnapshot taken = BREDA.with("actions/terugval-loket-opschalen.yaml",
                ScenarioPlans.action(new PlannedAction("terugval-loket-opschalen", "planned", null)));
        assertRefused("scenario.actionExists", () -> ScenarioActivation.activate(taken, "terugval", BY_JAN));
        PlanSnapshot other = ScenarioPlans.snapshot(ScenarioPlans.scenario("ander", List.of(), List.of("terrassen-verruimen")),
                List.of(new PlannedAction("terrassen-verruimen", "running", 75)));
        other = other.with("scenarios/terugval.yaml", BREDA.document("scenarios/terugval.yaml").orElseThrow());
        PlanSnapshot held = ScenarioActivation.activate(other, "ander", BY_JAN).applyTo(other);
        assertRefused("scenario.suspendedByOther", () -> ScenarioActivation.activate(held, "terugval", BY_JAN));
    }

    private static ScenarioRefusal assertRefused(String key, org.junit.jupiter.api.function.Executable call) {
        ScenarioRefusal refusal = assertThrows(ScenarioRefusal.class, call);
        assertEquals(key, refusal.key());
        return refusal;
    }
}
