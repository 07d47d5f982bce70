package nl.veerkracht.monitor.internal;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Set;

/**
 * What CBS gave for one indicator: a value per CSV period, and the periods CBS marks as provisional
 * ({@code Voorlopig}).
 */
public record CbsFigures(Map<String, BigDecimal> values, Set<String> provisional) {

    public CbsFigures {
        values = Map.copyOf(values);
        provisional = Set.copyOf(provisional);
    }
}
