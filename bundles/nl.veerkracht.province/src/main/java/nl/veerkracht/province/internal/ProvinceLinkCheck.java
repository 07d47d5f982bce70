package nl.veerkracht.province.internal;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.osgi.service.component.annotations.Component;

import nl.veerkracht.format.PlanFiles;
import nl.veerkracht.model.Action;
import nl.veerkracht.model.PlanContents;
import nl.veerkracht.model.ProvinceCode;
import nl.veerkracht.model.validation.Problem;
import nl.veerkracht.store.PlanCheck;
import nl.veerkracht.store.PlanRepository;
import nl.veerkracht.store.PlanVersion;
import nl.veerkracht.store.RepositoryName;
import nl.veerkracht.store.Workspace;

/**
 * {@code validate} and {@code commit} check the links of a plan's actions against the province's
 * mirror and the regional plans the workspace has (see {@link WorkspaceLinks}). Only the repositories
 * that links point into are read, and only when some action has a link.
 */
@Component(service = PlanCheck.class)
public final class ProvinceLinkCheck implements PlanCheck {

    @Override
    public List<Problem> check(Workspace workspace, PlanVersion version) {
        boolean linked = version.contents().actions().values().stream().anyMatch(action -> action.links().isPresent());
        if (!linked) {
            return List.of();
        }
        Map<String, PlanContents> provinces = new TreeMap<>();
        Map<String, PlanContents> regions = new TreeMap<>();
        for (Action action : version.contents().actions().values()) {
            if (action.links().isEmpty()) {
                continue;
            }
            for (String link : action.links().get().province()) {
                prefix(link).filter(ProvinceCode::isValid).ifPresent(code -> provinces.computeIfAbsent(code,
                        key -> headOf(workspace, RepositoryName.province(key))));
            }
            action.links().get().region().flatMap(ProvinceLinkCheck::prefix).filter(id -> id.matches("[a-z0-9][a-z0-9-]*"))
                    .ifPresent(id -> regions.computeIfAbsent(id, key -> headOf(workspace, RepositoryName.region(key))));
        }
        provinces.values().removeIf(contents -> contents == null);
        regions.values().removeIf(contents -> contents == null);
        return WorkspaceLinks.check(version.snapshot(), version.contents(), provinces, regions);
    }

    private static java.util.Optional<String> prefix(String link) {
        int slash = link.indexOf('/');
        return slash > 0 ? java.util.Optional.of(link.substring(0, slash)) : java.util.Optional.empty();
    }

    /** The committed plan of a repository of the workspace; {@code null} when the workspace has none. */
    private static PlanContents headOf(Workspace workspace, RepositoryName name) {
        if (!workspace.has(name)) {
            return null;
        }
        try (PlanRepository repository = workspace.open(name)) {
            return repository.head().map(head -> PlanFiles.readAll(repository.filesAt(head)).contents()).orElse(null);
        }
    }
}
