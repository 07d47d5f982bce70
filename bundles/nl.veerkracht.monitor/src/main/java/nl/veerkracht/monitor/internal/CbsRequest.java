package nl.veerkracht.monitor.internal;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

import nl.veerkracht.model.document.SourcePosition;

/**
 * What an indicator file asks of CBS, with where each thing is written, so that a key or title that
 * matches nothing can be pointed at.
 *
 * @param file the indicator's file, relative to the plan
 * @param table the table's identifier (81575NED)
 * @param measure the topic's key or title
 * @param region the region's code (GM0758), padded or not
 * @param dimensions each other dimension with the category meant
 * @param dimensionsAt where {@code dimensions} is written, or the file's start
 */
public record CbsRequest(String file, String table, Typed measure, Optional<Typed> region, List<Dimension> dimensions,
        SourcePosition dimensionsAt) {

    /** A text as the user typed it, and where. */
    public record Typed(String text, SourcePosition at) {

        public Typed {
            Objects.requireNonNull(text);
            Objects.requireNonNull(at);
        }
    }

    /** A dimension (its key or title) with its category (key or title). */
    public record Dimension(Typed dimension, Typed category) {
    }

    public CbsRequest {
        Objects.requireNonNull(file);
        Objects.requireNonNull(table);
        Objects.requireNonNull(measure);
        Objects.requireNonNull(region);
        dimensions = List.copyOf(dimensions);
        Objects.requireNonNull(dimensionsAt);
    }
}
