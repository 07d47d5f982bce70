package nl.veerkracht.model;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * One line of {@code indicators/<id>.csv}.
 *
 * @param period the period the value is for: 2025, 2025-Q1, 2025-03 or 2025-03-31
 * @param value the value
 * @param source where the value came from
 */
public record Observation(String period, BigDecimal value, Optional<IndicatorSource> source) {

    public Observation {
        Objects.requireNonNull(period);
        Objects.requireNonNull(value);
        Objects.requireNonNull(source);
    }
}
