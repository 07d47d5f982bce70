package nl.veerkracht.monitor;

import java.util.Objects;
import java.util.Optional;

import nl.veerkracht.model.IndicatorSource;

/**
 * Which columns of a CSV export hold the periods and the values (by header or by number from 1; chosen
 * from the headers when absent), and the source written on each observation.
 */
public record CsvColumns(Optional<String> period, Optional<String> value, Optional<IndicatorSource> source) {

    public CsvColumns {
        Objects.requireNonNull(period);
        Objects.requireNonNull(value);
        Objects.requireNonNull(source);
    }

    /** The columns chosen from the headers, and the indicator's own source. */
    public static CsvColumns chosen() {
        return new CsvColumns(Optional.empty(), Optional.empty(), Optional.empty());
    }
}
