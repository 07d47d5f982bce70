package nl.veerkracht.model;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * An indicator that is monitored ({@code indicators/<id>.yaml}, checklist point 4); its observations
 * are in {@code indicators/<id>.csv}.
 *
 * @param id the file name
 * @param title what is measured
 * @param source cbs, kvk, waarstaatjegemeente, arbeidsmarktinzicht or own
 * @param table the source's table (CBS StatLine: 81575NED)
 * @param measure the measure in that table
 * @param region the region code the figures are for (GM0758)
 * @param unit the unit of the values
 * @param baseline the value at the start
 * @param target the value aimed for
 */
public record Indicator(String id, String title, IndicatorSource source, Optional<String> table,
        Optional<String> measure, Optional<String> region, Optional<String> unit, Optional<BigDecimal> baseline,
        Optional<BigDecimal> target) implements Entity {

    public Indicator {
        Objects.requireNonNull(id);
        Objects.requireNonNull(title);
        Objects.requireNonNull(source);
        Objects.requireNonNull(table);
        Objects.requireNonNull(measure);
        Objects.requireNonNull(region);
        Objects.requireNonNull(unit);
        Objects.requireNonNull(baseline);
        Objects.requireNonNull(target);
    }

    @Override
    public EntityKind entityKind() {
        return EntityKind.INDICATOR;
    }
}
