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
 */
public record NewRegion(String id, String name, Optional<String> url, Optional<String> hub, boolean requireSigned) {

    public NewRegion {
        Objects.requireNonNull(id);
        Objects.requireNonNull(name);
        Objects.requireNonNull(url);
        Objects.requireNonNull(hub);
    }
}
