package nl.veerkracht.index.internal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;

import nl.veerkracht.format.PlanFiles;
import nl.veerkracht.index.IndexDifference;
import nl.veerkracht.index.IndexDifference.Kind;
import nl.veerkracht.index.IndexUpdate;
import nl.veerkracht.index.Verification;
import nl.veerkracht.index.internal.tables.EntitySource;
import nl.veerkracht.index.internal.tables.IndexedEntities;
import nl.veerkracht.index.internal.tables.IndexedEntity;
import nl.veerkracht.index.internal.tables.IndexedRepository;
import nl.veerkracht.model.Entity;
import nl.veerkracht.model.EntityKind;
import nl.veerkracht.model.ObservationSeries;
import nl.veerkracht.model.PlanContents;
import nl.veerkracht.store.BlobId;
import nl.veerkracht.store.PlanRepository;
import nl.veerkracht.store.RepositoryName;
import nl.veerkracht.store.Workspace;

/**
 * Compares the index with a fresh read of every repository, by another road than the indexer takes:
 * the files come from the plan store ({@link PlanRepository#filesAt}), are read and bound as a whole
 * repository ({@link PlanFiles#readAll}), and their Git object ids are computed from their bytes. Every
 * difference is reported: repositories, commits, entities, and fields (see {@link IndexedEntity#facts()}).
 */
final class IndexVerifier {

    private final Workspace workspace;
    private final IndexDatabase database;

    IndexVerifier(Workspace workspace, IndexDatabase database) {
        this.workspace = workspace;
        this.database = database;
    }

    Verification verify(IndexUpdate update) {
        Map<String, Optional<String>> indexed = database.reading(manager -> {
            Map<String, Optional<String>> commits = new TreeMap<>();
            for (IndexedRepository row : manager.createQuery("select r from IndexedRepository r",
                    IndexedRepository.class).getResultList()) {
                commits.put(row.name(), Optional.ofNullable(row.indexedCommit()));
            }
            return commits;
        });
        Set<String> names = new LinkedHashSet<>();
        workspace.repositories().forEach(name -> names.add(name.folder()));
        List<IndexDifference> differences = new ArrayList<>();
        int entities = 0;
        for (String name : names) {
            RepositoryName repository = RepositoryName.parse(name);
            Optional<String> head;
            SortedMap<String, SortedMap<String, String>> expected;
            try (PlanRepository git = workspace.open(repository)) {
                head = git.head();
                expected = head.isPresent() ? freshRead(name, git.filesAt(head.get())) : new TreeMap<>();
            }
            entities += expected.size();
            if (!indexed.containsKey(name)) {
                differences.add(new IndexDifference(Kind.REPOSITORY_NOT_INDEXED, name, Optional.empty(), Optional.empty(),
                        Optional.empty(), head));
                continue;
            }
            if (!indexed.get(name).equals(head)) {
                differences.add(new IndexDifference(Kind.COMMIT, name, Optional.empty(), Optional.of("commit"),
                        indexed.get(name), head));
            }
            compare(name, expected, indexedFacts(name), differences);
        }
        for (String name : indexed.keySet()) {
            if (!names.contains(name)) {
                differences.add(new IndexDifference(Kind.REPOSITORY_NOT_IN_WORKSPACE, name, Optional.empty(),
                        Optional.empty(), indexed.get(name), Optional.empty()));
            }
        }
        return new Verification(update, names.size(), entities, differences);
    }

    private static void compare(String repository, SortedMap<String, SortedMap<String, String>> expected,
            SortedMap<String, SortedMap<String, String>> actual, List<IndexDifference> differences) {
        Set<String> paths = new TreeSet<>(expected.keySet());
        paths.addAll(actual.keySet());
        for (String path : paths) {
            SortedMap<String, String> fresh = expected.get(path);
            SortedMap<String, String> held = actual.get(path);
            if (held == null) {
                differences.add(new IndexDifference(Kind.ENTITY_NOT_INDEXED, repository, Optional.of(path),
                        Optional.empty(), Optional.empty(), Optional.empty()));
            } else if (fresh == null) {
                differences.add(new IndexDifference(Kind.ENTITY_NOT_IN_REPOSITORY, repository, Optional.of(path),
                        Optional.empty(), Optional.empty(), Optional.empty()));
            } else {
                Set<String> fields = new TreeSet<>(fresh.keySet());
                fields.addAll(held.keySet());
                for (String field : fields) {
                    Optional<String> inIndex = Optional.ofNullable(held.get(field));
                    Optional<String> inRepository = Optional.ofNullable(fresh.get(field));
                    if (!inIndex.equals(inRepository)) {
                        differences.add(new IndexDifference(Kind.FIELD, repository, Optional.of(path),
                                Optional.of(field), inIndex, inRepository));
                    }
                }
            }
        }
    }

    /** What the index should hold of a repository whose head has {@code files}: facts by path. */
    static SortedMap<String, SortedMap<String, String>> freshRead(String repository, Map<String, byte[]> files) {
        PlanContents contents = PlanFiles.readAll(files).contents();
        Map<String, Entity> entities = new TreeMap<>();
        contents.plan().ifPresent(plan -> entities.put(EntityKind.PLAN.pathOf(EntityKind.PLAN_ID), plan));
        contents.actions().forEach((id, entity) -> entities.put(EntityKind.ACTION.pathOf(id), entity));
        contents.needs().forEach((id, entity) -> entities.put(EntityKind.NEED.pathOf(id), entity));
        contents.stakeholders().forEach((id, entity) -> entities.put(EntityKind.STAKEHOLDER.pathOf(id), entity));
        contents.indicators().forEach((id, entity) -> entities.put(EntityKind.INDICATOR.pathOf(id), entity));
        contents.observations().forEach((id, observations) -> entities.put(EntityKind.OBSERVATIONS.pathOf(id),
                new ObservationSeries(id, observations)));
        contents.lessons().forEach((id, entity) -> entities.put(EntityKind.LESSON.pathOf(id), entity));
        contents.scenarios().forEach((id, entity) -> entities.put(EntityKind.SCENARIO.pathOf(id), entity));
        contents.tasks().forEach((id, entity) -> entities.put(EntityKind.TASK.pathOf(id), entity));
        SortedMap<String, SortedMap<String, String>> facts = new TreeMap<>();
        entities.forEach((path, entity) -> facts.put(path, IndexedEntities.of(new EntitySource(repository, path,
                BlobId.of(files.get(path))), entity).facts()));
        return facts;
    }

    /** What the index holds of a repository: facts by path. */
    private SortedMap<String, SortedMap<String, String>> indexedFacts(String repository) {
        return database.reading(manager -> {
            SortedMap<String, SortedMap<String, String>> facts = new TreeMap<>();
            for (Class<? extends IndexedEntity> type : IndexedEntities.CLASSES) {
                for (IndexedEntity entity : manager.createQuery("select e from " + type.getSimpleName()
                        + " e where e.repository = :repository", type).setParameter("repository", repository)
                        .getResultList()) {
                    facts.put(entity.path(), entity.facts());
                }
            }
            return facts;
        });
    }
}
