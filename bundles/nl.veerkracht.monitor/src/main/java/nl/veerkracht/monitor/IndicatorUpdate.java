package nl.veerkracht.monitor;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

import nl.veerkracht.model.Observation;

/**
 * What updating one indicator did.
 *
 * @param indicator its id
 * @param file the observations file, relative to the plan: {@code indicators/<id>.csv}
 * @param added periods that were not in the file, in the order written
 * @param revised values that changed
 * @param provisional the periods among {@code added} and {@code revised} that the source marks as provisional
 * @param failure why the source failed; the file was not touched then
 */
public record IndicatorUpdate(String indicator, String file, List<Observation> added, List<Revision> revised,
        List<String> provisional, Optional<MonitorProblem> failure) {

    public IndicatorUpdate {
        Objects.requireNonNull(indicator);
        Objects.requireNonNull(file);
        added = List.copyOf(added);
        revised = List.copyOf(revised);
        provisional = List.copyOf(provisional);
        Objects.requireNonNull(failure);
    }

    public static IndicatorUpdate failed(String indicator, String file, MonitorProblem problem) {
        return new IndicatorUpdate(indicator, file, List.of(), List.of(), List.of(), Optional.of(problem));
    }

    /** Whether it succeeded without a new period or a revised value: the file did not change. */
    public boolean nothingNew() {
        return failure.isEmpty() && added.isEmpty() && revised.isEmpty();
    }
}
