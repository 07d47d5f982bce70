package nl.veerkracht.store;

import java.util.Optional;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * A check of a commit that the plan store is about to record, as those who receive it will check it. A
 * whiteboard service: {@code commit} writes the commit without moving {@code main}
 * ({@link PlanRepository#stageWorkingTree}), asks every registered check, and records the commit only when
 * none refuses it. The regional sync bundle offers one that runs a region's rules on incoming changes on a
 * commit of its regional plan, so that what every other member would refuse is refused where it is made.
 */
@ConsumerType
public interface CommitCheck {

    /**
     * Checks the commit {@code commit} of {@code repository}, which is written but not on {@code main}.
     *
     * @param parent where {@code main} is, the commit's parent; empty for a repository's first commit
     * @throws StoreException when the commit may not be recorded, saying why in the user's language
     *         (a subclass of its own bundle's texts); nothing is recorded then
     */
    void check(Workspace workspace, RepositoryName repository, Optional<String> parent, String commit);
}
