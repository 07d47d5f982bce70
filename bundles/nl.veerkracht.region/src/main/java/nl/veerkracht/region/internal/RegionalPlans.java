package nl.veerkracht.region.internal;

import java.util.Map;
import java.util.Optional;

import nl.veerkracht.model.EntityKind;
import nl.veerkracht.model.RegionalPlan;
import nl.veerkracht.model.validation.PlanBinder;

/** The regional {@code plan.yaml} of a commit, bound on its own. */
final class RegionalPlans {

    private RegionalPlans() {
    }

    static Optional<RegionalPlan> at(RegionRepository repository, String commit) {
        return of(repository, repository.files(commit));
    }

    static Optional<RegionalPlan> of(RegionRepository repository, Map<String, String> files) {
        String path = EntityKind.PLAN.pathOf(EntityKind.PLAN_ID);
        String blob = files.get(path);
        if (blob == null) {
            return Optional.empty();
        }
        return repository.document(path, blob)
                .flatMap(document -> PlanBinder.bindFile(path, document).entity())
                .filter(RegionalPlan.class::isInstance).map(RegionalPlan.class::cast);
    }
}
