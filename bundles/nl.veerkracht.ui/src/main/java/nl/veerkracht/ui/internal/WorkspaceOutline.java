package nl.veerkracht.ui.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import nl.veerkracht.model.EntityKind;
import nl.veerkracht.model.document.MapNode;
import nl.veerkracht.model.document.Node;
import nl.veerkracht.model.document.ScalarNode;
import nl.veerkracht.model.validation.Problem;
import nl.veerkracht.store.PlanVersion;
import nl.veerkracht.store.RepositoryName;

/**
 * What the workspace tree shows: per repository its entities grouped by kind, each by its title, with
 * the problems of its file. Made from the plan store's reads; a value, built off the user-interface thread.
 */
public final class WorkspaceOutline {

    /** The kinds the tree groups entities by, in the order it shows them. */
    static final List<EntityKind> GROUPS = List.of(EntityKind.ACTION, EntityKind.NEED, EntityKind.STAKEHOLDER,
            EntityKind.INDICATOR, EntityKind.LESSON, EntityKind.SCENARIO, EntityKind.TASK);

    /** One repository of the workspace, as read now. */
    public record Repository(RepositoryName name, String title, PlanVersion version, List<Group> groups,
            List<Problem> planProblems) {

        public boolean isReadOnly() {
            return name.isReadOnly();
        }

        public List<Problem> problems() {
            return version.problems();
        }

        /** plan.yaml of the repository, as an entity to open. */
        public Entity planEntity() {
            return new Entity(name, EntityKind.PLAN, EntityKind.PLAN_ID, EntityKind.PLAN.pathOf(EntityKind.PLAN_ID), title,
                    planProblems);
        }

        // the same repository after a refresh is the same element of the tree (stays expanded, selected)
        @Override
        public boolean equals(Object other) {
            return other instanceof Repository repository && repository.name.equals(name);
        }

        @Override
        public int hashCode() {
            return name.hashCode();
        }
    }

    /** The entities of one kind in one repository. */
    public record Group(RepositoryName repository, EntityKind kind, List<Entity> entities) {

        public boolean isReadOnly() {
            return repository.isReadOnly();
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Group group && group.repository.equals(repository) && group.kind == kind;
        }

        @Override
        public int hashCode() {
            return repository.hashCode() * 31 + kind.hashCode();
        }
    }

    /** One entity file. */
    public record Entity(RepositoryName repository, EntityKind kind, String id, String path, String title,
            List<Problem> problems) {

        @Override
        public boolean equals(Object other) {
            return other instanceof Entity entity && entity.repository.equals(repository) && entity.path.equals(path);
        }

        @Override
        public int hashCode() {
            return repository.hashCode() * 31 + path.hashCode();
        }
    }

    private final List<Repository> repositories;

    private WorkspaceOutline(List<Repository> repositories) {
        this.repositories = List.copyOf(repositories);
    }

    public List<Repository> repositories() {
        return repositories;
    }

    public Optional<Repository> repository(RepositoryName name) {
        return repositories.stream().filter(repository -> repository.name().equals(name)).findFirst();
    }

    public Optional<Entity> entity(RepositoryName name, String path) {
        if (path.equals(EntityKind.PLAN.pathOf(EntityKind.PLAN_ID))) {
            return repository(name).map(Repository::planEntity);
        }
        return repository(name).stream()
                .flatMap(repository -> repository.groups().stream())
                .flatMap(group -> group.entities().stream())
                .filter(entity -> entity.path().equals(path))
                .findFirst();
    }

    /** Reads every repository of the session's workspace through the plan store. */
    public static WorkspaceOutline read(WorkspaceSession session) {
        List<Repository> repositories = new ArrayList<>();
        for (RepositoryName name : session.repositories()) {
            repositories.add(of(session.read(name)));
        }
        return new WorkspaceOutline(repositories);
    }

    static Repository of(PlanVersion version) {
        Map<EntityKind, List<Entity>> byKind = new EnumMap<>(EntityKind.class);
        for (Map.Entry<String, Node> document : version.snapshot().documents().entrySet()) {
            String path = document.getKey();
            Optional<EntityKind> kind = EntityKind.ofPath(path);
            if (kind.isEmpty() || !GROUPS.contains(kind.get())) {
                continue;
            }
            String id = EntityKind.idOf(path).orElse(path);
            byKind.computeIfAbsent(kind.get(), k -> new ArrayList<>())
                    .add(new Entity(version.repository(), kind.get(), id, path, titleOf(document.getValue(), id),
                            problemsOf(version, path)));
        }
        // a file that cannot be read at all is not in the snapshot, but its problems are shown on it
        for (Problem problem : version.problems()) {
            Optional<EntityKind> kind = EntityKind.ofPath(problem.path());
            if (kind.isPresent() && GROUPS.contains(kind.get()) && !version.snapshot().contains(problem.path())) {
                List<Entity> entities = byKind.computeIfAbsent(kind.get(), k -> new ArrayList<>());
                if (entities.stream().noneMatch(entity -> entity.path().equals(problem.path()))) {
                    String id = EntityKind.idOf(problem.path()).orElse(problem.path());
                    entities.add(new Entity(version.repository(), kind.get(), id, problem.path(), id,
                            problemsOf(version, problem.path())));
                }
            }
        }
        String title = version.snapshot().document(EntityKind.PLAN.pathOf(EntityKind.PLAN_ID))
                .map(plan -> text(plan, "name").orElse(version.repository().folder()))
                .orElse(version.repository().folder());
        List<Group> groups = new ArrayList<>();
        Repository repository = new Repository(version.repository(), title, version, groups,
                problemsOf(version, EntityKind.PLAN.pathOf(EntityKind.PLAN_ID)));
        for (EntityKind kind : GROUPS) {
            List<Entity> entities = byKind.getOrDefault(kind, List.of()).stream()
                    .sorted(Comparator.comparing(Entity::title, String.CASE_INSENSITIVE_ORDER).thenComparing(Entity::id))
                    .toList();
            if (!entities.isEmpty()) {
                groups.add(new Group(version.repository(), kind, entities));
            }
        }
        return repository;
    }

    private static List<Problem> problemsOf(PlanVersion version, String path) {
        return version.problems().stream().filter(problem -> problem.path().equals(path)).toList();
    }

    /** An entity's title: its title, else its organisation (a stakeholder), else its name, else its id. */
    static String titleOf(Node document, String id) {
        return text(document, "title")
                .or(() -> text(document, "organisation"))
                .or(() -> text(document, "name"))
                .orElse(id);
    }

    private static Optional<String> text(Node document, String key) {
        if (document instanceof MapNode map && map.get(key).orElse(null) instanceof ScalarNode scalar
                && scalar.type() == ScalarNode.Type.STRING && !scalar.text().isBlank()) {
            return Optional.of(scalar.text().strip());
        }
        return Optional.empty();
    }
}
