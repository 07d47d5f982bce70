package nl.veerkracht.index.internal;

import java.util.SortedMap;
import java.util.TreeMap;

import nl.veerkracht.index.internal.tables.IndexedEntities;
import nl.veerkracht.index.internal.tables.IndexedEntity;
import nl.veerkracht.index.internal.tables.IndexedRepository;

/** Everything an index holds, as text: to compare two indexes of the same repositories. */
final class IndexContents {

    private IndexContents() {
    }

    /** Per repository its indexed commit, and per entity key its facts. */
    static SortedMap<String, String> of(IndexDatabase database) {
        return database.reading(manager -> {
            SortedMap<String, String> contents = new TreeMap<>();
            for (IndexedRepository repository : manager.createQuery("select r from IndexedRepository r",
                    IndexedRepository.class).getResultList()) {
                contents.put("repository " + repository.name(), repository.kind() + " " + repository.indexedCommit());
            }
            for (Class<? extends IndexedEntity> type : IndexedEntities.CLASSES) {
                for (IndexedEntity entity : manager.createQuery("select e from " + type.getSimpleName() + " e", type)
                        .getResultList()) {
                    contents.put(type.getSimpleName() + " " + entity.entityKey(), entity.repository() + " "
                            + entity.path() + " " + entity.facts());
                }
            }
            return contents;
        });
    }
}
