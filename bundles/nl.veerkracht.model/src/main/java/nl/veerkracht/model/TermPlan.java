package nl.veerkracht.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What the plan says about one term ({@code terms.short}, ...).
 *
 * @param horizonWeeks how many weeks the term spans, counted from now (short term)
 * @param until the date the term ends (medium term)
 * @param goals what the term should achieve
 * @param principles how the term is approached
 */
public record TermPlan(Optional<Integer> horizonWeeks, Optional<LocalDate> until, List<String> goals,
        List<String> principles) {

    public TermPlan {
        Objects.requireNonNull(horizonWeeks);
        Objects.requireNonNull(until);
        goals = List.copyOf(goals);
        principles = List.copyOf(principles);
    }
}
