package nl.veerkracht.monitor;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

import nl.veerkracht.model.IndicatorSource;
import nl.veerkracht.model.Observation;

/**
 * Where an indicator stands: the facts that {@code monitor status} shows and point 4 of the check uses.
 *
 * @param indicator its id
 * @param title what is measured
 * @param source where its figures come from
 * @param unit its unit
 * @param latest the observation of the latest period
 * @param baseline the value at the start
 * @param target the value aimed for
 * @param progress how far from the baseline to the target the latest value is, in percent (whole, may be
 *        negative or over 100); empty without baseline, target or observation, or when they are equal
 * @param trend where the last periods go
 * @param onTrack whether it moves towards its target: empty without baseline and target
 * @param stale whether the latest observation is too old: none in the last year, or for quarterly and monthly
 *        figures none in the last two quarters (also when there is no observation at all)
 */
public record IndicatorStatus(String indicator, String title, IndicatorSource source, Optional<String> unit,
        Optional<Observation> latest, Optional<BigDecimal> baseline, Optional<BigDecimal> target,
        Optional<Integer> progress, Trend trend, Optional<Boolean> onTrack, boolean stale) {

    public IndicatorStatus {
        Objects.requireNonNull(indicator);
        Objects.requireNonNull(title);
        Objects.requireNonNull(source);
        Objects.requireNonNull(unit);
        Objects.requireNonNull(latest);
        Objects.requireNonNull(baseline);
        Objects.requireNonNull(target);
        Objects.requireNonNull(progress);
        Objects.requireNonNull(trend);
        Objects.requireNonNull(onTrack);
    }
}
