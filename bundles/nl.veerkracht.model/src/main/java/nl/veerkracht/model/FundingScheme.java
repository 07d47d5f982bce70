package nl.veerkracht.model;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/** A funding scheme of a provincial task: id, title and the deadline to apply. */
public record FundingScheme(String id, Optional<String> title, Optional<LocalDate> deadline) {

    public FundingScheme {
        Objects.requireNonNull(id);
        Objects.requireNonNull(title);
        Objects.requireNonNull(deadline);
    }
}
