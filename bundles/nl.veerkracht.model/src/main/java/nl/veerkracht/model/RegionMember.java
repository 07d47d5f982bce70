package nl.veerkracht.model;

import java.util.Objects;
import java.util.Optional;

/**
 * A member of a region ({@code members} in a regional {@code plan.yaml}).
 *
 * @param code the member's CBS code (GM0758)
 * @param name the member's name
 * @param url where the member's clone of the regional plan can be fetched
 * @param planUrl where the member's own plan can be fetched (read-only mirror)
 * @param key the public key the member's commits are signed with
 */
public record RegionMember(String code, String name, Optional<String> url, Optional<String> planUrl,
        Optional<String> key) {

    public RegionMember {
        Objects.requireNonNull(code);
        Objects.requireNonNull(name);
        Objects.requireNonNull(url);
        Objects.requireNonNull(planUrl);
        Objects.requireNonNull(key);
    }
}
