package nl.veerkracht.model;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * A whole plan repository, typed: the plan and every entity by id (sorted). An entity whose file has
 * problems is here when its required fields could be read; a field with a problem is left out. The
 * problems themselves come with the binding result ({@code PlanBinder}).
 *
 * @param plan plan.yaml, unless it is missing or unusable
 * @param actions by id
 * @param needs by id
 * @param stakeholders by id
 * @param indicators by id
 * @param observations the observations of each indicator, by indicator id
 * @param lessons by id
 * @param scenarios by id
 * @param tasks by id (a province's repository)
 */
public record PlanContents(Optional<Plan> plan, SortedMap<String, Action> actions, SortedMap<String, Need> needs,
        SortedMap<String, Stakeholder> stakeholders, SortedMap<String, Indicator> indicators,
        SortedMap<String, List<Observation>> observations, SortedMap<String, Lesson> lessons,
        SortedMap<String, Scenario> scenarios, SortedMap<String, Task> tasks) {

    public PlanContents {
        Objects.requireNonNull(plan);
        actions = sorted(actions);
        needs = sorted(needs);
        stakeholders = sorted(stakeholders);
        indicators = sorted(indicators);
        TreeMap<String, List<Observation>> series = new TreeMap<>();
        observations.forEach((id, list) -> series.put(id, List.copyOf(list)));
        observations = Collections.unmodifiableSortedMap(series);
        lessons = sorted(lessons);
        scenarios = sorted(scenarios);
        tasks = sorted(tasks);
    }

    /** A repository without any entity. */
    public static PlanContents empty() {
        return new PlanContents(Optional.empty(), new TreeMap<>(), new TreeMap<>(), new TreeMap<>(), new TreeMap<>(),
                new TreeMap<>(), new TreeMap<>(), new TreeMap<>(), new TreeMap<>());
    }

    /** The observations of the indicator {@code id}, oldest first as in the file; empty when there are none. */
    public List<Observation> observationsOf(String id) {
        return observations.getOrDefault(id, List.of());
    }

    private static <V> SortedMap<String, V> sorted(Map<String, V> map) {
        return Collections.unmodifiableSortedMap(new TreeMap<>(map));
    }
}
