package nl.veerkracht.model;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/** A consultation of a stakeholder: when, and on what. */
public record Consultation(Optional<LocalDate> date, Optional<String> topic) {

    public Consultation {
        Objects.requireNonNull(date);
        Objects.requireNonNull(topic);
    }
}
