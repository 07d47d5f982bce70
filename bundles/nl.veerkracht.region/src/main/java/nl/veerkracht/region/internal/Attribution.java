package nl.veerkracht.region.internal;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

import nl.veerkracht.model.RegionMember;
import nl.veerkracht.model.RegionalPlan;

/**
 * Whose commit a commit of a regional plan is, as a pure function of its trailer, its author's e-mail and
 * the regional plan as its parents have it: the municipality its trailer {@code Veerkracht-Municipality}
 * names; without a trailer (a commit made with plain Git), the member whose {@code emails} take the
 * author's address, when that is exactly one member. Two or more members that take it are none: the commit
 * then has no municipality, as one whose address no member takes.
 *
 * @param municipality the commit's municipality, if it has one
 * @param byEmail whether it is the author's e-mail, not a trailer, that tells it
 * @param matching without a trailer: the members whose {@code emails} take the author's address, sorted
 */
record Attribution(Optional<String> municipality, boolean byEmail, List<String> matching) {

    Attribution {
        Objects.requireNonNull(municipality);
        matching = List.copyOf(matching);
    }

    /**
     * @param trailer the municipality the commit's trailer names, if any
     * @param authorEmail the commit author's e-mail address, as Git records it
     * @param plans the regional plan in each parent (for the first commit of a region: its own)
     */
    static Attribution of(Optional<String> trailer, String authorEmail, List<RegionalPlan> plans) {
        if (trailer.isPresent()) {
            return new Attribution(trailer, false, List.of());
        }
        List<String> matching = plans.stream().flatMap(plan -> plan.membersWithEmail(authorEmail).stream())
                .map(RegionMember::code).distinct().sorted().toList();
        return matching.size() == 1 ? new Attribution(Optional.of(matching.get(0)), true, matching)
                : new Attribution(Optional.empty(), false, matching);
    }
}
