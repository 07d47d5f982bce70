package nl.veerkracht.model;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * An entrepreneurs' need ({@code needs/<id>.yaml}, checklist point 2).
 *
 * @param id the file name
 * @param title what is needed
 * @param sector the SBI code of the sector (a code, so text: "56")
 * @param source where the need was heard (ondernemerspeiling)
 * @param date when
 * @param urgency low, medium or high
 */
public record Need(String id, String title, Optional<String> sector, Optional<String> source,
        Optional<LocalDate> date, Optional<Urgency> urgency) implements Entity {

    public Need {
        Objects.requireNonNull(id);
        Objects.requireNonNull(title);
        Objects.requireNonNull(sector);
        Objects.requireNonNull(source);
        Objects.requireNonNull(date);
        Objects.requireNonNull(urgency);
    }

    @Override
    public EntityKind entityKind() {
        return EntityKind.NEED;
    }
}
