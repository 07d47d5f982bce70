package nl.veerkracht.checklist.internal.rules;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import nl.veerkracht.checklist.ChecklistPoint;
import nl.veerkracht.checklist.ChecklistRule;
import nl.veerkracht.checklist.Finding;
import nl.veerkracht.checklist.FindingText;
import nl.veerkracht.checklist.PlanFacts;
import nl.veerkracht.checklist.Severity;
import nl.veerkracht.checklist.internal.FindingTexts;
import nl.veerkracht.model.Action;
import nl.veerkracht.model.ActionStatus;
import nl.veerkracht.model.Scenario;
import nl.veerkracht.model.ScenarioKind;

/**
 * What every built-in rule shares: its point and id, its texts in {@code findings.properties} under
 * {@code <id>.description} and {@code <id>.<case>.problem} / {@code <id>.<case>.remedy}, and small
 * readings of the facts that several rules make.
 */
abstract class BuiltInRule implements ChecklistRule {

    private final ChecklistPoint point;
    private final String id;

    BuiltInRule(ChecklistPoint point, String id) {
        this.point = point;
        this.id = id;
    }

    @Override
    public final ChecklistPoint point() {
        return point;
    }

    @Override
    public final String id() {
        return id;
    }

    @Override
    public final FindingText description() {
        return FindingTexts.text(id + ".description");
    }

    @Override
    public String toString() {
        return id;
    }

    /** A finding about {@code entity} in {@code file}, told by the texts of case {@code key}. */
    final Finding finding(Severity severity, String file, String entity, String key, Object... args) {
        return Finding.of(point, id, severity, file, entity, problem(key, args), remedy(key, args));
    }

    /** A finding about a whole folder or file, without one entity at fault ("no needs at all"). */
    final Finding about(Severity severity, String file, String key, Object... args) {
        return new Finding(point, id, severity, Optional.of(file), Optional.empty(), Optional.empty(),
                problem(key, args), remedy(key, args));
    }

    private FindingText problem(String key, Object... args) {
        return FindingTexts.text(id + "." + key + ".problem", args);
    }

    private FindingText remedy(String key, Object... args) {
        return FindingTexts.text(id + "." + key + ".remedy", args);
    }

    /** The actions that are not stopped: what the plan means to do, is doing or did. */
    static List<Action> liveActions(PlanFacts facts) {
        return facts.contents().actions().values().stream()
                .filter(action -> action.status() != ActionStatus.STOPPED)
                .toList();
    }

    /** The actions that are still to come or under way: not done and not stopped. */
    static List<Action> openActions(PlanFacts facts) {
        return facts.contents().actions().values().stream()
                .filter(action -> action.status() != ActionStatus.STOPPED && action.status() != ActionStatus.DONE)
                .toList();
    }

    /** The scenarios of kind fallback. */
    static List<Scenario> fallbackScenarios(PlanFacts facts) {
        return facts.contents().scenarios().values().stream()
                .filter(scenario -> scenario.kind() == ScenarioKind.FALLBACK)
                .toList();
    }

    /** Whether {@code date} lies more than {@code months} months before {@code today}. */
    static boolean olderThanMonths(LocalDate date, LocalDate today, int months) {
        return date.isBefore(today.minusMonths(months));
    }
}
