package nl.veerkracht.model;

import java.util.Objects;
import java.util.Optional;

/** The two leads of checklist point 5: {@code leads.official} and {@code leads.administrative}. */
public record Leads(Optional<Lead> official, Optional<Lead> administrative) {

    public Leads {
        Objects.requireNonNull(official);
        Objects.requireNonNull(administrative);
    }
}
