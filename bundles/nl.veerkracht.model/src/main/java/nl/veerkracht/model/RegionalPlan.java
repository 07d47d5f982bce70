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
 * @param maxFiles how many files one commit of the regional plan may hold, where the region raises
 *        the limit that every repository has ({@link #FILES_LIMIT} to {@link #MOST_FILES})
 * @param members the member municipalities with their repositories and keys
 */
public record RegionalPlan(String id, String name, Optional<String> province, Optional<String> coordinator,
        Optional<Boolean> requireSigned, Optional<String> hub, Optional<Integer> maxFiles, List<RegionMember> members)
        implements Plan {

    /** How many files one commit of any plan may hold, unless a region raises it. */
    public static final int FILES_LIMIT = 10_000;

    /** How far a region can raise it. */
    public static final int MOST_FILES = 100_000;

    public RegionalPlan {
        Objects.requireNonNull(id);
        Objects.requireNonNull(name);
        Objects.requireNonNull(province);
        Objects.requireNonNull(coordinator);
        Objects.requireNonNull(requireSigned);
        Objects.requireNonNull(hub);
        Objects.requireNonNull(maxFiles);
        members = List.copyOf(members);
    }

    /** A regional plan with the usual limit of files. */
    public RegionalPlan(String id, String name, Optional<String> province, Optional<String> coordinator,
            Optional<Boolean> requireSigned, Optional<String> hub, List<RegionMember> members) {
        this(id, name, province, coordinator, requireSigned, hub, Optional.empty(), members);
    }

    /** A regional plan without a hub (peer to peer). */
    public RegionalPlan(String id, String name, Optional<String> province, Optional<String> coordinator,
            Optional<Boolean> requireSigned, List<RegionMember> members) {
        this(id, name, province, coordinator, requireSigned, Optional.empty(), Optional.empty(), members);
    }

    /**
     * How many files one commit of this regional plan may hold: {@code max_files} within
     * {@link #FILES_LIMIT} and {@link #MOST_FILES} (validation reports a value outside them), else
     * {@link #FILES_LIMIT}.
     */
    public int filesLimit() {
        return Math.max(FILES_LIMIT, Math.min(MOST_FILES, maxFiles.orElse(FILES_LIMIT)));
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
