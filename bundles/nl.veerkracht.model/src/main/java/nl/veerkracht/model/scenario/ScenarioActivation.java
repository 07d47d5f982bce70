package nl.veerkracht.model.scenario;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

import nl.veerkracht.model.Action;
import nl.veerkracht.model.ActionStatus;
import nl.veerkracht.model.EntityKind;
import nl.veerkracht.model.PlanContents;
import nl.veerkracht.model.RegionMember;
import nl.veerkracht.model.RegionalPlan;
import nl.veerkracht.model.RunbookStep;
import nl.veerkracht.model.Scenario;
import nl.veerkracht.model.Term;
import nl.veerkracht.model.document.ListNode;
import nl.veerkracht.model.document.MapNode;
import nl.veerkracht.model.document.Node;
import nl.veerkracht.model.document.PlanSnapshot;
import nl.veerkracht.model.document.ScalarNode;
import nl.veerkracht.model.validation.PlanBinder;

/**
 * A fallback scenario put into effect, and stood down, as the documents of one commit.
 *
 * <p>Activating turns every runbook step into an action {@code actions/<scenario>-<step>.yaml} (title from
 * {@code what}, lead from {@code who}, term short, status running, from the date to {@code within_days}
 * later, linked back by {@code scenario} and {@code scenario_step}), puts every action of {@code suspends}
 * on hold (status {@code suspended}, {@code suspended_by} the scenario, {@code previous_status} what it was)
 * and records {@code active_since} and {@code activated_by} on the scenario. Standing down closes the
 * scenario's actions (done at progress 100, otherwise stopped), gives every action it suspended its
 * previous status back and records {@code stood_down} instead of {@code active_since}.
 *
 * <p>Both are functions of the plan as committed: they change only the scenario's file and its actions'
 * files, and refuse ({@link ScenarioRefusal}) before anything is decided when they cannot be done whole.
 */
public final class ScenarioActivation {

    private ScenarioActivation() {
    }

    /**
     * Who activates, and when.
     *
     * @param date the day the scenario takes effect; the runbook's days count from it
     * @param activatedBy who activates it, as recorded in {@code activated_by}
     * @param municipality on a regional plan, the member that activates it: it leads the new actions, in
     *        which every member takes part; ignored on a municipality's plan
     */
    public record Activation(LocalDate date, String activatedBy, Optional<String> municipality) {

        public Activation {
            Objects.requireNonNull(date);
            Objects.requireNonNull(activatedBy);
            Objects.requireNonNull(municipality);
        }
    }

    /** The id of the action that carries out a runbook step: {@code <scenario>-<step>}. */
    public static String actionId(String scenarioId, String stepId) {
        return scenarioId + "-" + stepId;
    }

    /**
     * The changes that put {@code scenarioId} into effect.
     *
     * @throws ScenarioRefusal {@code scenario.unknown}, {@code scenario.alreadyActive},
     *         {@code scenario.stepWithoutOwner}, {@code scenario.actionExists}, {@code scenario.suspendedByOther}
     */
    public static ScenarioChange activate(PlanSnapshot plan, String scenarioId, Activation activation) {
        PlanContents contents = PlanBinder.bind(plan).contents();
        Scenario scenario = scenario(contents, scenarioId);
        if (scenario.activeSince().isPresent()) {
            throw new ScenarioRefusal("scenario.alreadyActive", scenarioId, scenario.activeSince().get().toString());
        }
        for (RunbookStep step : scenario.runbook()) {
            if (step.who().filter(who -> !who.isBlank()).isEmpty()) {
                throw new ScenarioRefusal("scenario.stepWithoutOwner", scenarioId, step.id());
            }
        }
        LocalDate date = activation.date();
        TreeMap<String, Node> documents = new TreeMap<>();
        List<ActionChange> changes = new ArrayList<>();
        for (RunbookStep step : scenario.runbook()) {
            String id = actionId(scenarioId, step.id());
            String path = EntityKind.ACTION.pathOf(id);
            Optional<Action> existing = Optional.ofNullable(contents.actions().get(id));
            if (plan.contains(path) && !(existing.isPresent() && isClosedStepOf(existing.get(), scenarioId, step.id()))) {
                throw new ScenarioRefusal("scenario.actionExists", scenarioId, path);
            }
            String title = step.what().filter(what -> !what.isBlank()).orElse(step.id());
            Optional<LocalDate> end = step.withinDays().map(date::plusDays);
            MapNode action = existing.isPresent() ? map(plan, path).without("progress") : newAction(id, contents, activation);
            action = action.with("title", ScalarNode.string(title))
                    .with("lead", ScalarNode.string(step.who().get()))
                    .with("status", ScalarNode.string(ActionStatus.RUNNING.code()))
                    .with("start", ScalarNode.string(date.toString()))
                    .with("scenario", ScalarNode.string(scenarioId))
                    .with("scenario_step", ScalarNode.string(step.id()));
            action = end.isPresent() ? action.with("end", ScalarNode.string(end.get().toString())) : action.without("end");
            documents.put(path, action);
            changes.add(new ActionChange(id, title,
                    existing.isPresent() ? ActionChange.Outcome.REOPENED : ActionChange.Outcome.CREATED,
                    existing.map(Action::status), ActionStatus.RUNNING, step.who(), end));
        }
        for (String id : scenario.suspends()) {
            Action action = contents.actions().get(id);
            String path = EntityKind.ACTION.pathOf(id);
            if (action == null || documents.containsKey(path)) {
                continue; // validation names a suspended action that does not exist; a step's own action is not on hold
            }
            if (action.status() == ActionStatus.DONE || action.status() == ActionStatus.STOPPED) {
                changes.add(new ActionChange(id, action.title(), ActionChange.Outcome.NOT_SUSPENDED,
                        Optional.of(action.status()), action.status(), action.lead(), action.end()));
                continue;
            }
            if (action.status() == ActionStatus.SUSPENDED) {
                throw new ScenarioRefusal("scenario.suspendedByOther", scenarioId, id,
                        action.suspendedBy().orElse("?"));
            }
            documents.put(path, map(plan, path)
                    .with("status", ScalarNode.string(ActionStatus.SUSPENDED.code()))
                    .with("suspended_by", ScalarNode.string(scenarioId))
                    .with("previous_status", ScalarNode.string(action.status().code())));
            changes.add(new ActionChange(id, action.title(), ActionChange.Outcome.SUSPENDED,
                    Optional.of(action.status()), ActionStatus.SUSPENDED, action.lead(), action.end()));
        }
        String scenarioPath = EntityKind.SCENARIO.pathOf(scenarioId);
        documents.put(scenarioPath, map(plan, scenarioPath)
                .with("active_since", ScalarNode.string(date.toString()))
                .with("activated_by", ScalarNode.string(activation.activatedBy())));
        return new ScenarioChange(scenarioId, scenario.title(), ScenarioChange.Direction.ACTIVATED, date,
                withoutPositions(documents), changes, scenario.roles());
    }

    /**
     * The changes that stand {@code scenarioId} down on {@code date}.
     *
     * @throws ScenarioRefusal {@code scenario.unknown}, {@code scenario.notActive},
     *         {@code scenario.standDownBeforeActivation}
     */
    public static ScenarioChange standDown(PlanSnapshot plan, String scenarioId, LocalDate date) {
        PlanContents contents = PlanBinder.bind(plan).contents();
        Scenario scenario = scenario(contents, scenarioId);
        if (scenario.activeSince().isEmpty()) {
            throw new ScenarioRefusal("scenario.notActive", scenarioId);
        }
        if (date.isBefore(scenario.activeSince().get())) {
            throw new ScenarioRefusal("scenario.standDownBeforeActivation", scenarioId, date.toString(),
                    scenario.activeSince().get().toString());
        }
        TreeMap<String, Node> documents = new TreeMap<>();
        List<ActionChange> changes = new ArrayList<>();
        for (Action action : stepActions(contents, scenario)) {
            String path = EntityKind.ACTION.pathOf(action.id());
            if (action.status() == ActionStatus.DONE || action.status() == ActionStatus.STOPPED) {
                changes.add(new ActionChange(action.id(), action.title(), ActionChange.Outcome.ALREADY_CLOSED,
                        Optional.of(action.status()), action.status(), action.lead(), action.end()));
                continue;
            }
            ActionStatus closed = action.progress().filter(progress -> progress == 100).isPresent()
                    ? ActionStatus.DONE : ActionStatus.STOPPED;
            MapNode document = map(plan, path).with("status", ScalarNode.string(closed.code()));
            if (action.status() == ActionStatus.SUSPENDED) {
                document = document.without("suspended_by").without("previous_status");
            }
            documents.put(path, document);
            changes.add(new ActionChange(action.id(), action.title(), ActionChange.Outcome.CLOSED,
                    Optional.of(action.status()), closed, action.lead(), action.end()));
        }
        for (Action action : contents.actions().values()) {
            String path = EntityKind.ACTION.pathOf(action.id());
            if (!action.suspendedBy().filter(scenarioId::equals).isPresent() || documents.containsKey(path)) {
                continue;
            }
            ActionStatus previous = action.previousStatus().orElse(ActionStatus.RUNNING);
            documents.put(path, map(plan, path).with("status", ScalarNode.string(previous.code()))
                    .without("suspended_by").without("previous_status"));
            changes.add(new ActionChange(action.id(), action.title(), ActionChange.Outcome.RESTORED,
                    Optional.of(action.status()), previous, action.lead(), action.end()));
        }
        String scenarioPath = EntityKind.SCENARIO.pathOf(scenarioId);
        documents.put(scenarioPath, map(plan, scenarioPath).without("active_since").without("activated_by")
                .with("stood_down", ScalarNode.string(date.toString())));
        return new ScenarioChange(scenarioId, scenario.title(), ScenarioChange.Direction.STOOD_DOWN, date,
                withoutPositions(documents), changes, scenario.roles());
    }

    /**
     * The actions that carry out the scenario's runbook ({@code scenario} names it), in the order of the
     * runbook's steps, then any others that name it.
     */
    public static List<Action> stepActions(PlanContents contents, Scenario scenario) {
        List<Action> actions = new ArrayList<>();
        for (RunbookStep step : scenario.runbook()) {
            Action action = contents.actions().get(actionId(scenario.id(), step.id()));
            if (action != null && action.scenario().filter(scenario.id()::equals).isPresent()) {
                actions.add(action);
            }
        }
        contents.actions().values().stream()
                .filter(action -> action.scenario().filter(scenario.id()::equals).isPresent())
                .filter(action -> !actions.contains(action))
                .forEach(actions::add);
        return actions;
    }

    private static Scenario scenario(PlanContents contents, String scenarioId) {
        Scenario scenario = contents.scenarios().get(scenarioId);
        if (scenario == null) {
            throw new ScenarioRefusal("scenario.unknown", scenarioId);
        }
        return scenario;
    }

    /** An action an earlier activation made for this step, closed since: activating again reopens it. */
    private static boolean isClosedStepOf(Action action, String scenarioId, String stepId) {
        return action.scenario().filter(scenarioId::equals).isPresent()
                && action.scenarioStep().filter(stepId::equals).isPresent()
                && (action.status() == ActionStatus.DONE || action.status() == ActionStatus.STOPPED);
    }

    private static MapNode newAction(String id, PlanContents contents, Activation activation) {
        MapNode action = MapNode.empty().with("id", ScalarNode.string(id))
                .with("term", ScalarNode.string(Term.SHORT.code()));
        if (contents.plan().orElse(null) instanceof RegionalPlan region && activation.municipality().isPresent()) {
            action = action.with("lead_municipality", ScalarNode.string(activation.municipality().get()))
                    .with("participants", ListNode.of(region.members().stream().map(RegionMember::code).sorted()
                            .map(ScalarNode::string).toList()));
        }
        return action;
    }

    private static MapNode map(PlanSnapshot plan, String path) {
        return (MapNode) plan.document(path).orElseThrow();
    }

    private static TreeMap<String, Node> withoutPositions(TreeMap<String, Node> documents) {
        TreeMap<String, Node> plain = new TreeMap<>();
        documents.forEach((path, document) -> plain.put(path, document.withoutPositions()));
        return plain;
    }
}
