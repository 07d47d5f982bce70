package nl.veerkracht.index;

import java.math.BigInteger;
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
 *        contributions; whole euros, exact however large (amounts beyond 10^12 are a validation
 *        problem, but a repository may still hold them, and a sum never wraps around)
 * @param actions how many actions are in the group
 * @param withoutAmount how many of them have no {@code budget.amount} (always 0 for contributions)
 */
public record BudgetTotal(String repository, Optional<String> owner, Optional<String> group, BigInteger amount, int actions,
        int withoutAmount) {

    public BudgetTotal {
        Objects.requireNonNull(repository);
        Objects.requireNonNull(owner);
        Objects.requireNonNull(group);
        Objects.requireNonNull(amount);
    }
}
