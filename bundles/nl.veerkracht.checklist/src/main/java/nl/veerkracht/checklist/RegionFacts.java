package nl.veerkracht.checklist;

import java.util.Objects;
import java.util.Optional;

import nl.veerkracht.model.EntityKind;
import nl.veerkracht.model.PlanContents;
import nl.veerkracht.model.RegionalPlan;

/**
 * What the workspace knows of one region: whether the checked plan names it, the regional plan
 * as the workspace's clone {@code region/<id>/} has it, and when it was last synced.
 *
 * @param id the region's id (west-brabant)
 * @param listedInPlan whether the checked plan's {@code regions} names it
 * @param contents the regional plan in {@code region/<id>/}; empty when the workspace has no clone of it
 * @param lastSync the last successful sync, as recorded in the workspace
 */
public record RegionFacts(String id, boolean listedInPlan, Optional<PlanContents> contents, LastSync lastSync) {

    public RegionFacts {
        Objects.requireNonNull(id);
        Objects.requireNonNull(contents);
        Objects.requireNonNull(lastSync);
    }

    /** The folder of the regional plan in the workspace: {@code region/<id>}. */
    public String folder() {
        return "region/" + id;
    }

    /** The path from the workspace root of an entity of the regional plan: {@code region/<id>/actions/<action>.yaml}. */
    public String file(EntityKind kind, String entityId) {
        return folder() + "/" + kind.pathOf(entityId);
    }

    /** The regional plan's plan.yaml, when the clone has a readable one. */
    public Optional<RegionalPlan> plan() {
        return contents.flatMap(PlanContents::plan)
                .filter(RegionalPlan.class::isInstance)
                .map(RegionalPlan.class::cast);
    }
}
