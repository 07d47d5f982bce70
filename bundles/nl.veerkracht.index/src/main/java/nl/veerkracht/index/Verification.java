package nl.veerkracht.index;

import java.util.List;
import java.util.Objects;

/**
 * The index compared with a fresh read of the repositories.
 *
 * @param update what catching up did before the comparison
 * @param repositories how many repositories were compared
 * @param entities how many entities the repositories have
 * @param differences every difference, by repository and file
 */
public record Verification(IndexUpdate update, int repositories, int entities, List<IndexDifference> differences) {

    public Verification {
        Objects.requireNonNull(update);
        differences = List.copyOf(differences);
    }

    public boolean matches() {
        return differences.isEmpty();
    }
}
