package nl.veerkracht.region.internal;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import nl.veerkracht.merge.FieldChange;
import nl.veerkracht.model.EntityKind;
import nl.veerkracht.model.RegionalPlan;
import nl.veerkracht.model.document.FieldPath;
import nl.veerkracht.model.document.MapNode;
import nl.veerkracht.model.document.Node;
import nl.veerkracht.region.Rule;

/**
 * The rules on what a member may change in a regional plan, as pure functions of one commit's edits and
 * the regional plan as its parents have it:
 * <ul>
 * <li>a shared action is changed only by a member that takes part in it (its participants or its lead
 * municipality in a parent); creating one is allowed; deleting one only by its lead municipality;</li>
 * <li>a member's own contribution ({@code contributions.<code>}) is changed only by that member;</li>
 * <li>the membership, the coordinator, the hub, {@code require_signed} and {@code max_files} are changed only by the
 * coordinator.</li>
 * </ul>
 */
final class ChangeRules {

    /** The fields of the regional plan.yaml that only the coordinator changes. */
    static final Set<String> COORDINATOR_FIELDS = Set.of("members", "coordinator", "hub", "require_signed", "max_files");

    /** A broken rule, and what broke it. */
    record Breach(Rule rule, List<String> subject) {
    }

    private ChangeRules() {
    }

    /**
     * The first rule that {@code municipality}'s edits break, given the regional plan in each parent.
     */
    static Optional<Breach> check(String municipality, List<RegionalPlan> parentPlans, List<EntityEdit> edits) {
        for (EntityEdit edit : edits) {
            Optional<Breach> breach = edit.path().equals(EntityKind.PLAN.pathOf(EntityKind.PLAN_ID))
                    ? plan(municipality, parentPlans, edit)
                    : EntityKind.ofPath(edit.path()).filter(kind -> kind == EntityKind.ACTION).isPresent()
                            ? action(municipality, edit) : Optional.empty();
            if (breach.isPresent()) {
                return breach;
            }
        }
        return Optional.empty();
    }

    private static Optional<Breach> plan(String municipality, List<RegionalPlan> parentPlans, EntityEdit edit) {
        boolean coordinator = parentPlans.stream()
                .anyMatch(plan -> plan.coordinator().filter(municipality::equals).isPresent());
        if (coordinator) {
            return Optional.empty();
        }
        if (edit.before().isEmpty() || edit.after().isEmpty()) {
            return Optional.of(new Breach(Rule.COORDINATOR, List.of(edit.path())));
        }
        for (FieldChange change : edit.fields()) {
            String first = first(change.field());
            if (first == null) {
                return Optional.of(new Breach(Rule.COORDINATOR, List.of(edit.path())));
            }
            if (COORDINATOR_FIELDS.contains(first)) {
                return Optional.of(new Breach(Rule.COORDINATOR, List.of(edit.path(), change.field().toString())));
            }
        }
        return Optional.empty();
    }

    private static Optional<Breach> action(String municipality, EntityEdit edit) {
        if (edit.deleted()) {
            boolean lead = edit.parents().stream()
                    .anyMatch(parent -> FieldValues.text(parent, "lead_municipality").filter(municipality::equals)
                            .isPresent());
            return lead ? Optional.empty() : Optional.of(new Breach(Rule.DELETE_BY_LEAD, List.of(edit.path())));
        }
        if (edit.created()) {
            Optional<Node> contributions = FieldValues.at(edit.after(), FieldPath.of("contributions"));
            if (contributions.orElse(null) instanceof MapNode map) {
                for (String code : map.keys()) {
                    if (!code.equals(municipality)) {
                        return Optional.of(new Breach(Rule.OWN_CONTRIBUTION,
                                List.of(edit.path(), "contributions." + code)));
                    }
                }
            }
            return Optional.empty();
        }
        if (edit.fields().isEmpty()) {
            return Optional.empty();
        }
        boolean takesPart = edit.parents().stream().anyMatch(parent ->
                FieldValues.texts(parent, "participants").contains(municipality)
                        || FieldValues.text(parent, "lead_municipality").filter(municipality::equals).isPresent());
        if (!takesPart) {
            return Optional.of(new Breach(Rule.PARTICIPANT, List.of(edit.path(), edit.fields().get(0).field().toString())));
        }
        for (FieldChange change : edit.fields()) {
            List<FieldPath.Segment> segments = change.field().segments();
            if (segments.isEmpty() || !segments.get(0).name().equals("contributions")) {
                continue;
            }
            if (segments.size() >= 2) {
                if (!segments.get(1).name().equals(municipality)) {
                    return Optional.of(new Breach(Rule.OWN_CONTRIBUTION, List.of(edit.path(), change.field().toString())));
                }
                continue;
            }
            for (Optional<Node> side : List.of(change.before(), change.after())) {
                if (side.orElse(null) instanceof MapNode map) {
                    for (String code : map.keys()) {
                        if (!code.equals(municipality)) {
                            return Optional.of(new Breach(Rule.OWN_CONTRIBUTION,
                                    List.of(edit.path(), "contributions." + code)));
                        }
                    }
                }
            }
        }
        return Optional.empty();
    }

    private static String first(FieldPath field) {
        return field.isRoot() ? null : field.segments().get(0).name();
    }
}
