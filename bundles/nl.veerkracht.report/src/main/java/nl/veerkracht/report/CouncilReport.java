package nl.veerkracht.report;

import org.osgi.annotation.versioning.ProviderType;

import nl.veerkracht.store.Workspace;

/**
 * Writes the council report of a plan as committed: a cover, a summary on one page (the ten-point
 * scorecard, actions per status and term, the budget per term and source, the indicators on and off
 * track), what changed since the compared version as a redline per entity and field, progress per term,
 * the indicators and the budget as charts, the region and the province, the lessons and the fallback
 * scenario.
 */
@ProviderType
public interface CouncilReport {

    /**
     * Writes the report, whole or not at all.
     *
     * @throws nl.veerkracht.store.StoreException when the workspace has no such repository, or the revision
     *         to compare with does not exist (as {@code diff} says it)
     * @throws ReportException when the plan cannot be reported on or the file cannot be written
     */
    WrittenReport write(Workspace workspace, ReportRequest request);
}
