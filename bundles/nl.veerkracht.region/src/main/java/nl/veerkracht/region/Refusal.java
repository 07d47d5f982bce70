package nl.veerkracht.region;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

import nl.veerkracht.model.validation.Problem;
import nl.veerkracht.store.Author;

/**
 * Why an incoming tip was refused: the first commit that breaks a rule, whose municipality, which rule,
 * and where.
 *
 * @param commit the commit's id
 * @param municipality the commit's municipality: the one its trailer names, or, without a trailer, the member
 *        whose {@code emails} take its author's address; empty when it has none
 * @param rule the rule it breaks
 * @param subject what it touched: an entity's file ({@code actions/GM0758-fonds.yaml}), a field, or empty
 * @param problem for {@link Rule#VALID_FILES}, the first problem found
 * @param author who made the commit, as Git records it
 * @param missingMunicipality for {@link Rule#MUNICIPALITY}, why the commit names none and how to add it
 */
public record Refusal(String commit, Optional<String> municipality, Rule rule, List<String> subject,
        Optional<Problem> problem, Optional<Author> author, Optional<MissingMunicipality> missingMunicipality) {

    public Refusal {
        Objects.requireNonNull(commit);
        Objects.requireNonNull(municipality);
        Objects.requireNonNull(rule);
        subject = List.copyOf(subject);
        Objects.requireNonNull(problem);
        Objects.requireNonNull(author);
        Objects.requireNonNull(missingMunicipality);
    }

    /** A refusal that does not say who made the commit. */
    public Refusal(String commit, Optional<String> municipality, Rule rule, List<String> subject,
            Optional<Problem> problem) {
        this(commit, municipality, rule, subject, problem, Optional.empty(), Optional.empty());
    }

    public String shortCommit() {
        return commit.substring(0, Math.min(10, commit.length()));
    }
}
