package nl.veerkracht.model;

import java.util.Objects;
import java.util.Optional;

/**
 * The money of an action ({@code budget} in an action).
 *
 * @param amount whole euros
 * @param source where the money comes from
 * @param line the budget line of plan.yaml it is paid from
 */
public record ActionBudget(Optional<Long> amount, Optional<BudgetSource> source, Optional<String> line) {

    public ActionBudget {
        Objects.requireNonNull(amount);
        Objects.requireNonNull(source);
        Objects.requireNonNull(line);
    }
}
