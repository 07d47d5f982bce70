package nl.veerkracht.model;

import java.util.List;
import java.util.Objects;

/**
 * The observations of one indicator, in file order ({@code indicators/<id>.csv}).
 *
 * @param indicator the indicator's id (the file name)
 * @param observations one per period
 */
public record ObservationSeries(String indicator, List<Observation> observations) implements Entity {

    public ObservationSeries {
        Objects.requireNonNull(indicator);
        observations = List.copyOf(observations);
    }

    @Override
    public EntityKind entityKind() {
        return EntityKind.OBSERVATIONS;
    }
}
