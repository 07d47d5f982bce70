package nl.veerkracht.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

import nl.veerkracht.model.internal.EmailPatterns;

/**
 * A member of a region ({@code members} in a regional {@code plan.yaml}).
 *
 * @param code the member's CBS code (GM0758)
 * @param name the member's name
 * @param url where the member's clone of the regional plan can be fetched
 * @param planUrl where the member's own plan can be fetched (read-only mirror)
 * @param key the public key the member's commits are signed with
 * @param emails the authors whose commits without a municipality trailer are the member's: addresses
 *        ({@code j.devries@breda.nl}) or whole domains ({@code *@etten-leur.nl})
 */
public record RegionMember(String code, String name, Optional<String> url, Optional<String> planUrl,
        Optional<String> key, List<String> emails) {

    public RegionMember {
        Objects.requireNonNull(code);
        Objects.requireNonNull(name);
        Objects.requireNonNull(url);
        Objects.requireNonNull(planUrl);
        Objects.requireNonNull(key);
        emails = List.copyOf(emails);
    }

    /** A member without e-mail patterns. */
    public RegionMember(String code, String name, Optional<String> url, Optional<String> planUrl,
            Optional<String> key) {
        this(code, name, url, planUrl, key, List.of());
    }

    /**
     * Whether an author with this e-mail address is this member's by its {@link #emails() patterns}
     * (ignoring case; {@code *@etten-leur.nl} takes every address at exactly that domain).
     */
    public boolean hasEmail(String address) {
        return emails.stream().anyMatch(pattern -> EmailPatterns.matches(pattern, address));
    }
}
