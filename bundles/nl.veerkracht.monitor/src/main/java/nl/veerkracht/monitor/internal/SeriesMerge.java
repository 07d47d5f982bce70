package nl.veerkracht.monitor.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import nl.veerkracht.model.IndicatorSource;
import nl.veerkracht.model.Observation;
import nl.veerkracht.monitor.Revision;
import nl.veerkracht.monitor.status.ObservationPeriods;

/**
 * New figures into an indicator's series, so that the file changes as little as possible: rows keep their
 * order, a revised value is replaced where it stands, new periods are appended in time order, and periods
 * the source no longer gives stay (they may be typed by hand). Equal values ({@code 14420} and
 * {@code 14420.0}) are no revision.
 */
public final class SeriesMerge {

    /** The merged series and what changed. */
    public record Result(List<Observation> series, List<Observation> added, List<Revision> revised) {

        public boolean changed() {
            return !added.isEmpty() || !revised.isEmpty();
        }
    }

    private SeriesMerge() {
    }

    /**
     * @param existing the file's rows
     * @param fetched the source's figures by CSV period
     * @param source what to write in the source column of a new or revised row
     */
    public static Result merge(List<Observation> existing, Map<String, BigDecimal> fetched,
            Optional<IndicatorSource> source) {
        Map<String, BigDecimal> remaining = new LinkedHashMap<>(fetched);
        List<Observation> series = new ArrayList<>();
        List<Revision> revised = new ArrayList<>();
        for (Observation row : existing) {
            BigDecimal now = remaining.remove(row.period());
            if (now == null || now.compareTo(row.value()) == 0) {
                series.add(row);
            } else {
                series.add(new Observation(row.period(), normal(now), source.or(row::source)));
                revised.add(new Revision(row.period(), row.value(), normal(now)));
            }
        }
        List<Observation> added = remaining.entrySet().stream()
                .sorted(Map.Entry.comparingByKey(PERIOD_ORDER))
                .map(entry -> new Observation(entry.getKey(), normal(entry.getValue()), source))
                .toList();
        series.addAll(added);
        return new Result(series, added, revised);
    }

    /** Periods in time order: by their last day, then by their text. */
    public static final Comparator<String> PERIOD_ORDER = ObservationPeriods.ORDER;

    private static BigDecimal normal(BigDecimal value) {
        return new BigDecimal(Numbers.csv(value));
    }

    /** The periods of {@code result} that were added or revised and are among {@code provisional}. */
    public static List<String> provisional(Result result, Set<String> provisional) {
        List<String> periods = new ArrayList<>();
        result.added().stream().map(Observation::period).filter(provisional::contains).forEach(periods::add);
        result.revised().stream().map(Revision::period).filter(provisional::contains).forEach(periods::add);
        return periods;
    }
}
