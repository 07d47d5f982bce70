package nl.veerkracht.monitor.status;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import nl.veerkracht.model.Indicator;
import nl.veerkracht.model.Observation;
import nl.veerkracht.model.PlanContents;
import nl.veerkracht.monitor.IndicatorStatus;
import nl.veerkracht.monitor.Trend;

/**
 * An indicator's status from its file and its observations on a day: what {@code monitor status} shows and
 * point 4 of the ten-point check judges by.
 *
 * <ul>
 * <li>latest: the observation whose period ends last;
 * <li>progress: (latest - baseline) / (target - baseline), in whole percent, rounded half up;
 * <li>trend: the latest value against the one of the period before it of the same kind (years with years,
 * quarters with quarters);
 * <li>on track: the latest value is not on the far side of the baseline, and the trend does not go away from
 * the target, unless the target is reached;
 * <li>stale: no observation, or the latest period ended more than a year ago, or for quarterly and monthly
 * figures more than two quarters (six months) ago.
 * </ul>
 */
public final class StatusCalculation {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private StatusCalculation() {
    }

    /** Every indicator of a plan with its status on {@code today}, by id. */
    public static List<IndicatorStatus> of(PlanContents contents, LocalDate today) {
        return contents.indicators().values().stream()
                .map(indicator -> of(indicator, contents.observationsOf(indicator.id()), today)).toList();
    }

    /** One indicator's status on {@code today} from its file and its observations (in any order). */
    public static IndicatorStatus of(Indicator indicator, List<Observation> observations, LocalDate today) {
        List<Observation> dated = observations.stream().filter(o -> ObservationPeriods.end(o.period()).isPresent())
                .sorted(Comparator.comparing((Observation o) -> o.period(), ObservationPeriods.ORDER)).toList();
        Optional<Observation> latest = dated.isEmpty() ? Optional.empty() : Optional.of(dated.get(dated.size() - 1));
        Optional<BigDecimal> baseline = indicator.baseline();
        Optional<BigDecimal> target = indicator.target();
        Optional<Integer> progress = Optional.empty();
        Optional<Boolean> onTrack = Optional.empty();
        Trend trend = trend(dated);
        if (latest.isPresent() && baseline.isPresent() && target.isPresent()
                && target.get().compareTo(baseline.get()) != 0) {
            BigDecimal span = target.get().subtract(baseline.get());
            progress = Optional.of(latest.get().value().subtract(baseline.get()).multiply(HUNDRED)
                    .divide(span, 0, RoundingMode.HALF_UP).intValueExact());
        }
        if (latest.isPresent() && baseline.isPresent() && target.isPresent()) {
            int direction = target.get().compareTo(baseline.get());
            int moved = latest.get().value().compareTo(baseline.get());
            boolean reached = direction == 0 ? latest.get().value().compareTo(target.get()) == 0
                    : latest.get().value().compareTo(target.get()) * direction >= 0;
            boolean farSide = direction != 0 && moved != 0 && moved != direction;
            int going = switch (trend) {
                case RISING -> 1;
                case FALLING -> -1;
                default -> 0;
            };
            boolean away = direction != 0 && going != 0 && going != direction;
            onTrack = Optional.of(reached || !farSide && !away);
        }
        boolean stale = latest.map(o -> isStale(o.period(), today)).orElse(true);
        return new IndicatorStatus(indicator.id(), indicator.title(), indicator.source(), indicator.unit(), latest,
                baseline, target, progress, trend, onTrack, stale);
    }

    /**
     * How many months after its end a period's figure stays fresh: a year for yearly figures, two quarters for
     * quarterly, monthly and daily ones.
     */
    public static int monthsFresh(ObservationPeriods.Kind kind) {
        return kind == ObservationPeriods.Kind.YEAR ? 12 : 6;
    }

    static boolean isStale(String period, LocalDate today) {
        LocalDate end = ObservationPeriods.end(period).orElseThrow();
        ObservationPeriods.Kind kind = ObservationPeriods.kindOf(period).orElseThrow();
        return today.isAfter(end.plusMonths(monthsFresh(kind)));
    }

    private static Trend trend(List<Observation> dated) {
        if (dated.isEmpty()) {
            return Trend.UNKNOWN;
        }
        Observation latest = dated.get(dated.size() - 1);
        ObservationPeriods.Kind kind = ObservationPeriods.kindOf(latest.period()).orElseThrow();
        List<Observation> same = dated.stream()
                .filter(o -> ObservationPeriods.kindOf(o.period()).orElseThrow() == kind).toList();
        if (same.size() < 2) {
            return Trend.UNKNOWN;
        }
        int c = latest.value().compareTo(same.get(same.size() - 2).value());
        return c > 0 ? Trend.RISING : c < 0 ? Trend.FALLING : Trend.FLAT;
    }
}
