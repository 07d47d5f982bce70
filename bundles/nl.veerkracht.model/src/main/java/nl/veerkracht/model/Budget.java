package nl.veerkracht.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The plan's money ({@code budget}).
 *
 * @param lines the budget lines actions are paid from
 * @param reserve whole euros kept free for new investments (checklist point 7)
 */
public record Budget(List<BudgetLine> lines, Optional<Long> reserve) {

    public Budget {
        lines = List.copyOf(lines);
        Objects.requireNonNull(reserve);
    }
}
