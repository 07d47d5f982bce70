package nl.veerkracht.model;

import java.util.Objects;
import java.util.Optional;

/** A crisis role of a scenario and who fills it ({@code roles}). */
public record CrisisRole(String role, Optional<String> who) {

    public CrisisRole {
        Objects.requireNonNull(role);
        Objects.requireNonNull(who);
    }
}
