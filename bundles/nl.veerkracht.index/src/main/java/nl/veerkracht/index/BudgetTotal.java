package nl.veerkracht.index;

import java.util.Objects;
import java.util.Optional;

/**
 * The money of a group of actions of one repository.
 *
 * @param repository the repository the actions are in
 * @param owner the code in its plan.yaml (GM0758, west-brabant, PV30); empty when it has no readable plan
 * @param group the term, the source or the municipality (see {@link BudgetGrouping}); empty for actions
 *        without a source, or a municipal plan without a code
 * @param amount the sum of {@code budget.amount} of the group's actions, or of the member's
 *        contributions; whole euros
 * @param actions how many actions are in the group
 * @param withoutAmount how many of them have no {@code budget.amount} (always 0 for contributions)
 */
public record BudgetTotal(String repository, Optional<String> owner, Optional<String> group, long amount, int actions,
        int withoutAmount) {

    public BudgetTotal {
        Objects.requireNonNull(repository);
        Objects.requireNonNull(owner);
        Objects.requireNonNull(group);
    }
}
