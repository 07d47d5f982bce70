package nl.veerkracht.province.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import nl.veerkracht.format.PlanFiles;
import nl.veerkracht.format.PlanRead;
import nl.veerkracht.model.Action;
import nl.veerkracht.model.EntityKind;
import nl.veerkracht.model.LocalPlan;
import nl.veerkracht.model.PlanContents;
import nl.veerkracht.province.ProvinceReport.LinkingAction;
import nl.veerkracht.province.internal.ProvinceReports.Programme;
import nl.veerkracht.store.PlanRepository;
import nl.veerkracht.store.RepositoryName;
import nl.veerkracht.store.Workspace;

/** What the province's steps read from the workspace's repositories, at their committed heads. */
final class WorkspaceFiles {

    private WorkspaceFiles() {
    }

    /** A repository's plan as committed at {@code commit}, or empty for none. */
    static Programme programme(Workspace workspace, RepositoryName name, Optional<String> commit) {
        if (commit.isEmpty()) {
            return Programme.empty();
        }
        try (PlanRepository repository = workspace.open(name)) {
            PlanRead read = PlanFiles.readAll(repository.filesAt(commit.get()));
            return new Programme(read.snapshot(), read.contents());
        }
    }

    /** The code of the workspace's own municipality, as its committed plan says. */
    static Optional<String> ownCode(Workspace workspace) {
        try (PlanRepository plan = workspace.open(RepositoryName.PLAN)) {
            if (plan.head().isEmpty()) {
                return Optional.empty();
            }
            PlanRead read = PlanFiles.readAll(Map.of(EntityKind.PLAN.pathOf(EntityKind.PLAN_ID),
                    plan.filesAt(plan.head().get()).getOrDefault("plan.yaml", new byte[0])));
            return read.contents().plan().filter(LocalPlan.class::isInstance).map(p -> ((LocalPlan) p).code());
        }
    }

    /**
     * The actions of this municipality that link to the province, by link: those of its own plan, and
     * the regional actions it takes part in or leads.
     */
    static Map<String, List<LinkingAction>> provinceLinks(Workspace workspace) {
        Map<String, List<LinkingAction>> links = new TreeMap<>();
        Optional<String> code = ownCode(workspace);
        for (RepositoryName name : workspace.repositories()) {
            if (name.kind() != RepositoryName.Kind.PLAN && name.kind() != RepositoryName.Kind.REGION) {
                continue;
            }
            PlanContents contents;
            try (PlanRepository repository = workspace.open(name)) {
                if (repository.head().isEmpty()) {
                    continue;
                }
                contents = PlanFiles.readAll(repository.filesAt(repository.head().get())).contents();
            }
            for (Action action : contents.actions().values()) {
                boolean mine = name.kind() == RepositoryName.Kind.PLAN
                        || code.isPresent() && (action.participants().contains(code.get())
                                || action.leadMunicipality().equals(code));
                if (!mine || action.links().isEmpty()) {
                    continue;
                }
                for (String link : action.links().get().province()) {
                    links.computeIfAbsent(link, key -> new ArrayList<>()).add(new LinkingAction(name.folder(),
                            EntityKind.ACTION.pathOf(action.id()), action.id(), action.title()));
                }
            }
        }
        return links;
    }
}
