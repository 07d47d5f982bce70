package nl.veerkracht.monitor;

import java.math.BigDecimal;
import java.util.Objects;

/** A value the source revised: CBS revises provisional figures. */
public record Revision(String period, BigDecimal before, BigDecimal after) {

    public Revision {
        Objects.requireNonNull(period);
        Objects.requireNonNull(before);
        Objects.requireNonNull(after);
    }
}
