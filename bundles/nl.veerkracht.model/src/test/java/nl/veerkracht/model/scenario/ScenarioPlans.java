package nl.veerkracht.model.scenario;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import nl.veerkracht.model.document.ListNode;
import nl.veerkracht.model.document.MapNode;
import nl.veerkracht.model.document.Node;
import nl.veerkracht.model.document.PlanSnapshot;
import nl.veerkracht.model.document.ScalarNode;

/** Plans with a fallback scenario, as documents, for the tests of activation. */
final class ScenarioPlans {

    /** A runbook step: its id, who does it (or null) and within how many days (or null). */
    record Step(String id, String who, Integer withinDays) {
    }

    /** An action: its id, status and progress (or null). */
    record PlannedAction(String id, String status, Integer progress) {
    }

    private ScenarioPlans() {
    }

    static MapNode map(Object... keysAndValues) {
        Map<String, Node> entries = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            Object value = keysAndValues[i + 1];
            if (value != null) {
                entries.put((String) keysAndValues[i], node(value));
            }
        }
        return MapNode.of(entries);
    }

    static Node node(Object value) {
        if (value instanceof Node node) {
            return node;
        }
        if (value instanceof Integer number) {
            return ScalarNode.integer(number);
        }
        if (value instanceof List<?> list) {
            return ListNode.of(list.stream().map(ScenarioPlans::node).toList());
        }
        return ScalarNode.string(value.toString());
    }

    static MapNode plan() {
        return map("kind", "municipality", "code", "GM0758", "name", "Breda");
    }

    static MapNode scenario(String id, List<Step> steps, List<String> suspends) {
        List<Node> runbook = new ArrayList<>();
        for (Step step : steps) {
            runbook.add(map("id", step.id(), "what", "Stap " + step.id(), "who", step.who(), "within_days",
                    step.withinDays()));
        }
        return map("id", id, "title", "Terugval", "kind", "fallback", "triggers", List.of("Lockdown"),
                "roles", List.of(map("role", "crisiscoördinator", "who", "J. de Vries")),
                "runbook", ListNode.of(runbook), "suspends", suspends.isEmpty() ? null : suspends);
    }

    static MapNode action(PlannedAction action) {
        return map("id", action.id(), "title", "Actie " + action.id(), "term", "medium", "lead", "A. Jansen",
                "status", action.status(), "progress", action.progress(), "start", "2026-04-01", "end", "2026-09-30");
    }

    static PlanSnapshot snapshot(MapNode scenario, List<PlannedAction> actions) {
        Map<String, Node> documents = new LinkedHashMap<>();
        documents.put("plan.yaml", plan());
        documents.put("scenarios/" + ((ScalarNode) scenario.get("id").orElseThrow()).text() + ".yaml", scenario);
        for (PlannedAction action : actions) {
            documents.put("actions/" + action.id() + ".yaml", action(action));
        }
        return PlanSnapshot.of(documents);
    }
}
