package nl.veerkracht.model;

import java.util.Optional;

/**
 * The plan itself ({@code plan.yaml}): a municipality's or a province's own plan ({@link LocalPlan}),
 * or the regional plan that the members of a region share ({@link RegionalPlan}).
 */
public sealed interface Plan extends Entity permits LocalPlan, RegionalPlan {

    /** {@code kind}: municipality, region or province. */
    PlanKind kind();

    /** {@code name}: Breda, West-Brabant, Noord-Brabant. */
    String name();

    /** {@code province}: the CBS code of the province the plan belongs to (PV30). */
    Optional<String> province();

    /** The CBS code of a municipality or province (GM0758, PV30), or the id of a region (west-brabant). */
    String identifier();

    @Override
    default EntityKind entityKind() {
        return EntityKind.PLAN;
    }
}
