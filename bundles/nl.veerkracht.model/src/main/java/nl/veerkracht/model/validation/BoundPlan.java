package nl.veerkracht.model.validation;

import java.util.List;
import java.util.Objects;

import nl.veerkracht.model.PlanContents;

/**
 * A whole plan repository bound.
 *
 * @param contents the typed plan and entities (see {@link PlanContents} for what is left out)
 * @param problems every problem of every file and every reference that does not resolve, sorted by
 *        {@link Problem#ORDER}
 */
public record BoundPlan(PlanContents contents, List<Problem> problems) {

    public BoundPlan {
        Objects.requireNonNull(contents);
        problems = List.copyOf(problems);
    }

    /** Whether the repository has no problem. */
    public boolean isValid() {
        return problems.isEmpty();
    }
}
