package nl.veerkracht.store;

import java.util.Optional;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * Decides whether a commit that the plan store makes is signed, and with which key. A service: the
 * regional sync bundle offers one, which signs in regions that ask for signed commits. Without one,
 * the store signs nothing.
 */
@ConsumerType
public interface CommitSigningPolicy {

    /**
     * The key to sign the next commit of {@code repository} with, or empty for an unsigned commit.
     *
     * @param toCommit the plan as it is about to be committed (the working tree)
     * @throws StoreException when the commit must be signed but cannot be (no key): nothing is committed
     */
    Optional<SigningKey> signingKey(Workspace workspace, RepositoryName repository, PlanVersion toCommit);
}
