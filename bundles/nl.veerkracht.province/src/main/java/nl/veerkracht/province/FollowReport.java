package nl.veerkracht.province;

import java.util.List;
import java.util.Objects;

import nl.veerkracht.merge.PlanDiff;
import nl.veerkracht.store.HistoryEntry;

/**
 * What {@code province follow} did: the mirror's update and the province's report, as a sync gives them; and,
 * when {@code --replace} put a rewritten history in the place of the mirror's, what the old history had that
 * the new one has not.
 *
 * @param pull the mirror's update ({@code CLONED}, {@code REPLACED}, {@code UPDATED} or {@code UP_TO_DATE}) and
 *        the report of what it means for this municipality
 * @param dropped the commits of the old history that the new one does not contain, newest first; empty unless
 *        the history was replaced
 * @param differences the plan as the new history has it against the old mirror's, entity by entity; empty unless
 *        the history was replaced
 */
public record FollowReport(ProvinceStepReport.Pull pull, List<HistoryEntry> dropped, PlanDiff differences) {

    public FollowReport {
        Objects.requireNonNull(pull);
        dropped = List.copyOf(dropped);
        Objects.requireNonNull(differences);
    }
}
