package nl.veerkracht.store;

import java.util.List;

import org.osgi.annotation.versioning.ConsumerType;

import nl.veerkracht.model.validation.Problem;

/**
 * A check of a plan against the rest of its workspace, beyond what its own files say: links to a
 * province's mirrored programme, to a regional plan. A whiteboard service: the plan store runs every
 * registered check when it reads a working tree (so {@code validate} reports its problems) and before
 * it commits (so a plan with such problems is not committed).
 */
@ConsumerType
public interface PlanCheck {

    /** The problems of {@code version} (a working tree), with file, line and column; empty when none. */
    List<Problem> check(Workspace workspace, PlanVersion version);
}
