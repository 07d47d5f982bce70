package nl.veerkracht.model;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * An indicator that is monitored ({@code indicators/<id>.yaml}, checklist point 4); its observations
 * are in {@code indicators/<id>.csv}.
 *
 * @param id the file name
 * @param title what is measured
 * @param source cbs, kvk, waarstaatjegemeente, arbeidsmarktinzicht or own
 * @param table the source's table (CBS StatLine: 81575NED)
 * @param measure the measure in that table
 * @param region the region code the figures are for (GM0758); for CBS by default the plan's own municipality
 * @param dimensions for CBS, each other dimension of the table (its key or title) with the category meant
 *        (its key or title), sorted by dimension
 * @param api for CBS, which of its open data services: v3 when absent
 * @param unit the unit of the values
 * @param baseline the value at the start
 * @param target the value aimed for
 */
public record Indicator(String id, String title, IndicatorSource source, Optional<String> table,
        Optional<String> measure, Optional<String> region, Map<String, String> dimensions, Optional<CbsApi> api,
        Optional<String> unit, Optional<BigDecimal> baseline, Optional<BigDecimal> target) implements Entity {

    public Indicator {
        Objects.requireNonNull(id);
        Objects.requireNonNull(title);
        Objects.requireNonNull(source);
        Objects.requireNonNull(table);
        Objects.requireNonNull(measure);
        Objects.requireNonNull(region);
        dimensions = java.util.Collections.unmodifiableSortedMap(new TreeMap<>(dimensions));
        Objects.requireNonNull(api);
        Objects.requireNonNull(unit);
        Objects.requireNonNull(baseline);
        Objects.requireNonNull(target);
    }

    /** An indicator without CBS dimensions and service, as before they were fields of the file. */
    public Indicator(String id, String title, IndicatorSource source, Optional<String> table, Optional<String> measure,
            Optional<String> region, Optional<String> unit, Optional<BigDecimal> baseline,
            Optional<BigDecimal> target) {
        this(id, title, source, table, measure, region, Map.of(), Optional.empty(), unit, baseline, target);
    }

    /** The CBS service to read it from: {@link #api()}, or v3. */
    public CbsApi cbsApi() {
        return api.orElse(CbsApi.V3);
    }

    @Override
    public EntityKind entityKind() {
        return EntityKind.INDICATOR;
    }
}
