package nl.veerkracht.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The plan of a region ({@code kind: region}), shared by its members.
 *
 * @param id the region's id (west-brabant)
 * @param name the region's name
 * @param province the province the region lies in
 * @param coordinator the CBS code of the coordinating member; only it changes membership
 * @param requireSigned whether every commit must be signed with a key listed for its member
 * @param hub the regional hub (a bare Git repository) that members fetch from and push to; without
 *        one, members fetch from each other (peer to peer)
 * @param members the member municipalities with their repositories and keys
 */
public record RegionalPlan(String id, String name, Optional<String> province, Optional<String> coordinator,
        Optional<Boolean> requireSigned, Optional<String> hub, List<RegionMember> members) implements Plan {

    public RegionalPlan {
        Objects.requireNonNull(id);
        Objects.requireNonNull(name);
        Objects.requireNonNull(province);
        Objects.requireNonNull(coordinator);
        Objects.requireNonNull(requireSigned);
        Objects.requireNonNull(hub);
        members = List.copyOf(members);
    }

    /** A regional plan without a hub (peer to peer). */
    public RegionalPlan(String id, String name, Optional<String> province, Optional<String> coordinator,
            Optional<Boolean> requireSigned, List<RegionMember> members) {
        this(id, name, province, coordinator, requireSigned, Optional.empty(), members);
    }

    /** Whether every commit must be signed ({@code require_signed: true}). */
    public boolean signedCommitsRequired() {
        return requireSigned.orElse(false);
    }

    @Override
    public PlanKind kind() {
        return PlanKind.REGION;
    }

    @Override
    public String identifier() {
        return id;
    }

    /** The member with this CBS code, if it is one. */
    public Optional<RegionMember> member(String code) {
        return members.stream().filter(member -> member.code().equals(code)).findFirst();
    }

    /** The members whose {@code emails} patterns take this author's address, in the plan's order. */
    public List<RegionMember> membersWithEmail(String address) {
        return members.stream().filter(member -> member.hasEmail(address)).toList();
    }
}
