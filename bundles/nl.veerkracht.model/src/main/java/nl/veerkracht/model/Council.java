package nl.veerkracht.model;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * How the council is kept informed ({@code council}).
 *
 * @param informationIntervalWeeks the council is informed at least every so many weeks
 * @param lastInformed when the council was last informed
 */
public record Council(Optional<Integer> informationIntervalWeeks, Optional<LocalDate> lastInformed) {

    public Council {
        Objects.requireNonNull(informationIntervalWeeks);
        Objects.requireNonNull(lastInformed);
    }
}
