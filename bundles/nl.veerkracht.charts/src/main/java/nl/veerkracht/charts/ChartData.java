package nl.veerkracht.charts;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What one chart shows, before any drawing: a line of values over periods (an indicator's observations,
 * with its baseline and target as level lines), or bars per category stacked by series (the budget per
 * term and source, the members' contributions, the actions per status and term).
 *
 * @param id unique among a plan's charts: {@code indicator-vestigingen}, {@code budget}, {@code contributions},
 *        {@code actions}
 * @param title the chart's title
 * @param kind line or bars
 * @param valueAxis the label of the value axis (the unit)
 * @param categories the periods or categories along the other axis, in order
 * @param series each series' name and its value per category (empty where it has none)
 * @param levels level lines: name and value (baseline, target)
 */
public record ChartData(String id, String title, Kind kind, String valueAxis, List<String> categories,
        List<Series> series, List<Level> levels) {

    /** A line over periods, or stacked bars of amounts, or stacked bars of counts (whole numbers on the axis). */
    public enum Kind {
        LINE, STACKED_BARS, STACKED_COUNTS
    }

    /** One series: its name and a value per category. */
    public record Series(String name, List<Optional<BigDecimal>> values) {
        public Series {
            Objects.requireNonNull(name);
            values = List.copyOf(values);
        }
    }

    /** A level line across the chart. */
    public record Level(String name, BigDecimal value) {
        public Level {
            Objects.requireNonNull(name);
            Objects.requireNonNull(value);
        }
    }

    public ChartData {
        Objects.requireNonNull(id);
        Objects.requireNonNull(title);
        Objects.requireNonNull(kind);
        Objects.requireNonNull(valueAxis);
        categories = List.copyOf(categories);
        series = List.copyOf(series);
        levels = List.copyOf(levels);
        for (Series each : series) {
            if (each.values().size() != categories.size()) {
                throw new IllegalArgumentException("series " + each.name() + " has " + each.values().size()
                        + " values for " + categories.size() + " categories");
            }
        }
    }
}
