package nl.veerkracht.region.internal;

import java.util.Optional;

import org.osgi.service.component.annotations.Component;

import nl.veerkracht.model.RegionalPlan;
import nl.veerkracht.region.Refusal;
import nl.veerkracht.region.RefusedException;
import nl.veerkracht.store.CommitCheck;
import nl.veerkracht.store.ReceivedRefusedException;
import nl.veerkracht.store.RepositoryName;
import nl.veerkracht.store.TreeRules;
import nl.veerkracht.store.Workspace;

/**
 * Runs the region's rules on incoming changes ({@link IncomingRules}) on {@code veerkracht commit --repo
 * region/<id>} before it is recorded, as every other member's {@code sync} will run them on it: against its
 * parent, where {@code main} is. What they would refuse is refused here, naming the rule, and nothing is
 * recorded; otherwise the member would be stuck with a tip that every peer refuses (a fix-up commit does not
 * help, since the rules check every commit). The checks every member's fetch makes first (well-formed
 * objects, only plan files where the layout puts them, the size and count limits) come before them.
 */
@Component(service = CommitCheck.class)
public final class RegionCommitRules implements CommitCheck {

    @Override
    public void check(Workspace workspace, RepositoryName repository, Optional<String> parent, String commit) {
        if (repository.kind() != RepositoryName.Kind.REGION) {
            return;
        }
        try (RegionRepository region = new RegionRepository(workspace.open(repository))) {
            try {
                // what every member's fetch checks first: well-formed objects, only plan files in their place
                // within the limits the members apply: those of the regional plan the commit builds on
                int files = parent.flatMap(before -> RegionalPlans.at(region, before)).map(RegionalPlan::filesLimit)
                        .orElse(RegionalPlan.FILES_LIMIT);
                region.git().checkIncoming(commit, TreeRules.Limits.DEFAULT.withFiles(files));
            } catch (ReceivedRefusedException e) {
                throw refused(repository, IncomingRules.refusal(e));
            }
            Optional<Refusal> refusal = new IncomingRules(region, new MergeBase(region)).check(parent, commit);
            if (refusal.isPresent()) {
                throw refused(repository, refusal.get());
            }
        }
    }

    private static RefusedException refused(RepositoryName repository, Refusal refusal) {
        if (refusal.problem().isPresent()) {
            return new RefusedException(refusal, "region.commitRefusedAt", repository.folder(), refusal.rule(),
                    refusal.problem().get());
        }
        if (!refusal.subject().isEmpty()) {
            return new RefusedException(refusal, "region.commitRefusedAt", repository.folder(), refusal.rule(),
                    String.join(" ", refusal.subject()));
        }
        return new RefusedException(refusal, "region.commitRefused", repository.folder(), refusal.rule());
    }
}
