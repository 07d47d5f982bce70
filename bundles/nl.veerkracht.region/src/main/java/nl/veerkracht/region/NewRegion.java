package nl.veerkracht.region;

import java.util.Objects;
import java.util.Optional;

/**
 * What {@code region create} starts: a regional plan with this municipality as coordinator and first member.
 *
 * @param id the region's id, also its folder {@code region/<id>} ({@code west-brabant})
 * @param name the region's name ({@code West-Brabant})
 * @param url where the other members fetch this municipality's clone; by default the clone's folder
 * @param hub the regional hub (a bare Git repository) that every member fetches from and pushes to;
 *        without one, members fetch from each other
 * @param requireSigned whether every commit must be signed with its municipality's SSH key
 * @param planUrl where the other members fetch this municipality's own plan (for their mirrors); by
 *        default the plan's folder
 */
public record NewRegion(String id, String name, Optional<String> url, Optional<String> hub, boolean requireSigned,
        Optional<String> planUrl) {

    public NewRegion {
        Objects.requireNonNull(id);
        Objects.requireNonNull(name);
        Objects.requireNonNull(url);
        Objects.requireNonNull(hub);
        Objects.requireNonNull(planUrl);
    }

    /** A region whose coordinator's own plan is fetched from its folder. */
    public NewRegion(String id, String name, Optional<String> url, Optional<String> hub, boolean requireSigned) {
        this(id, name, url, hub, requireSigned, Optional.empty());
    }
}
