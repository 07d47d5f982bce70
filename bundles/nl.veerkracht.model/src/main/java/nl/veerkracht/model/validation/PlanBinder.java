package nl.veerkracht.model.validation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import nl.veerkracht.model.PlanContents;
import nl.veerkracht.model.document.Node;
import nl.veerkracht.model.document.PlanSnapshot;
import nl.veerkracht.model.internal.FileCheck;
import nl.veerkracht.model.internal.FileChecker;
import nl.veerkracht.model.internal.SnapshotChecker;

/**
 * Binds documents to typed entities and validates them. Never throws for bad input: whatever is
 * wrong comes back as {@link Problem}s.
 *
 * <p>Checked: required fields (FORMAT.md "What is required", plus the key field of each keyed list
 * item); unknown fields (with a suggestion for a likely typo); the type of every value; values of
 * closed vocabularies; CBS codes; ids; real dates; whole euros; percentages; duplicates in sets and
 * keyed lists; an entity's id against its file name; and, for a snapshot, every reference (needs,
 * stakeholders, indicators, actions, recovery lines, budget lines, region members). Whether a plan
 * is <em>good</em> is not checked here: that is the ten-point check's job.
 */
public final class PlanBinder {

    private PlanBinder() {
    }

    /**
     * Binds one file on its own: everything but references to other files (and to plan.yaml).
     *
     * @param path the file's path in the repository; it chooses the kind of entity
     * @param document the file as read
     */
    public static BoundFile bindFile(String path, Node document) {
        FileCheck check = FileChecker.check(path, document);
        List<Problem> problems = new ArrayList<>(check.problems());
        problems.sort(Problem.ORDER);
        return new BoundFile(path, check.entity(), problems);
    }

    /** Binds a whole repository: every plan file, and every reference between them. */
    public static BoundPlan bind(PlanSnapshot snapshot) {
        return bind(snapshot, Set.of());
    }

    /**
     * Binds a whole repository of which the files {@code unreadable} exist but could not be read
     * (their syntax problems are reported by the reader): references to them count as resolved, and
     * a missing plan.yaml is not reported when it is one of them.
     */
    public static BoundPlan bind(PlanSnapshot snapshot, Set<String> unreadable) {
        Map.Entry<PlanContents, List<Problem>> result = SnapshotChecker.check(snapshot, unreadable);
        return new BoundPlan(result.getKey(), result.getValue());
    }
}
