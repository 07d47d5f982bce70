package nl.veerkracht.region.internal;

import java.util.Optional;

import org.osgi.service.component.annotations.Component;

import nl.veerkracht.model.RegionalPlan;
import nl.veerkracht.store.CommitSigningPolicy;
import nl.veerkracht.store.PlanVersion;
import nl.veerkracht.store.RepositoryName;
import nl.veerkracht.store.SigningKey;
import nl.veerkracht.store.StoreException;
import nl.veerkracht.store.Workspace;

/**
 * Signs {@code veerkracht commit --repo region/<id>} in a region that asks for signed commits (as the
 * plan being committed, or the one committed last, says), with the municipality's key
 * {@code .veerkracht/keys/<code>}.
 */
@Component(service = CommitSigningPolicy.class)
public final class RegionCommitSigning implements CommitSigningPolicy {

    @Override
    public Optional<SigningKey> signingKey(Workspace workspace, RepositoryName repository, PlanVersion toCommit) {
        if (repository.kind() != RepositoryName.Kind.REGION) {
            return Optional.empty();
        }
        boolean required = requires(toCommit) || committedRequires(workspace, repository);
        return required ? Optional.of(Municipality.of(workspace).signingKey(workspace)) : Optional.empty();
    }

    private static boolean requires(PlanVersion version) {
        return version.contents().plan().filter(RegionalPlan.class::isInstance).map(RegionalPlan.class::cast)
                .map(RegionalPlan::signedCommitsRequired).orElse(false);
    }

    private static boolean committedRequires(Workspace workspace, RepositoryName repository) {
        try (RegionRepository region = new RegionRepository(workspace.open(repository))) {
            return region.git().head().flatMap(head -> RegionalPlans.at(region, head))
                    .map(RegionalPlan::signedCommitsRequired).orElse(false);
        } catch (StoreException e) {
            return false;
        }
    }
}
