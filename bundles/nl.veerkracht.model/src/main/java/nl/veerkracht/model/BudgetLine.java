package nl.veerkracht.model;

import java.util.Objects;
import java.util.Optional;

/**
 * A budget line ({@code budget.lines}).
 *
 * @param id what actions name in {@code budget.line}
 * @param title the line's name in the municipal budget
 * @param source where the money comes from
 * @param amount whole euros
 */
public record BudgetLine(String id, Optional<String> title, Optional<BudgetSource> source, Optional<Long> amount) {

    public BudgetLine {
        Objects.requireNonNull(id);
        Objects.requireNonNull(title);
        Objects.requireNonNull(source);
        Objects.requireNonNull(amount);
    }
}
