package nl.veerkracht.model;

import java.util.Objects;
import java.util.Optional;

/**
 * A lead of the recovery plan.
 *
 * @param name who
 * @param role their role (projectleider herstel, wethouder economie)
 * @param hoursFreedPerWeek hours a week freed from regular work for the recovery
 */
public record Lead(Optional<String> name, Optional<String> role, Optional<Integer> hoursFreedPerWeek) {

    public Lead {
        Objects.requireNonNull(name);
        Objects.requireNonNull(role);
        Objects.requireNonNull(hoursFreedPerWeek);
    }
}
