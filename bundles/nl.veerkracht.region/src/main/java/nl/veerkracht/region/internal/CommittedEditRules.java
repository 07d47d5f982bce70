package nl.veerkracht.region.internal;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

import nl.veerkracht.merge.FieldChange;
import nl.veerkracht.merge.SemanticDiff;
import nl.veerkracht.model.RegionalPlan;
import nl.veerkracht.model.document.Node;
import nl.veerkracht.model.document.PlanSnapshot;
import nl.veerkracht.region.EditRules;
import nl.veerkracht.region.Rule;
import nl.veerkracht.region.RuleBreach;

/**
 * The region's rules on one municipality's edits, against a regional plan as its last commit has it: the
 * municipality is a member there, and its edit keeps the {@link ChangeRules}, as {@link IncomingRules} judges
 * a commit whose parent is that last commit.
 *
 * @param municipality whose edits
 * @param plan the regional plan.yaml of the last commit, where it can be bound
 * @param committed every file of the last commit, as documents
 */
record CommittedEditRules(String municipality, Optional<RegionalPlan> plan, PlanSnapshot committed)
        implements EditRules {

    CommittedEditRules {
        Objects.requireNonNull(municipality);
        Objects.requireNonNull(plan);
        Objects.requireNonNull(committed);
    }

    @Override
    public Optional<RuleBreach> check(String path, Optional<Node> after) {
        Optional<Node> before = committed.document(path).map(Node::withoutPositions);
        Optional<Node> edited = after.map(Node::withoutPositions);
        if (before.equals(edited)) {
            return Optional.empty();
        }
        if (plan.isEmpty() || plan.get().member(municipality).isEmpty()) {
            return Optional.of(new RuleBreach(Rule.MEMBER, List.of(path)));
        }
        List<FieldChange> fields = before.isPresent() && edited.isPresent()
                ? SemanticDiff.fields(before.get(), edited.get()) : List.of();
        EntityEdit edit = new EntityEdit(path, List.of(before), before, edited, fields);
        return ChangeRules.check(municipality, plan.stream().toList(), List.of(edit))
                .map(breach -> new RuleBreach(breach.rule(), breach.subject()));
    }
}
