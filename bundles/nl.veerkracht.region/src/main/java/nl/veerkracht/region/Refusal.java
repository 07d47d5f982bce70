package nl.veerkracht.region;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

import nl.veerkracht.model.validation.Problem;

/**
 * Why an incoming tip was refused: the first commit that breaks a rule, whose municipality, which rule,
 * and where.
 *
 * @param commit the commit's id
 * @param municipality the municipality its trailer names; empty when it names none
 * @param rule the rule it breaks
 * @param subject what it touched: an entity's file ({@code actions/GM0758-fonds.yaml}), a field, or empty
 * @param problem for {@link Rule#VALID_FILES}, the first problem found
 */
public record Refusal(String commit, Optional<String> municipality, Rule rule, List<String> subject,
        Optional<Problem> problem) {

    public Refusal {
        Objects.requireNonNull(commit);
        Objects.requireNonNull(municipality);
        Objects.requireNonNull(rule);
        subject = List.copyOf(subject);
        Objects.requireNonNull(problem);
    }

    public String shortCommit() {
        return commit.substring(0, Math.min(10, commit.length()));
    }
}
