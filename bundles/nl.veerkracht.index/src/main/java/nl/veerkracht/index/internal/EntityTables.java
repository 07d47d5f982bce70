package nl.veerkracht.index.internal;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Table;
import nl.veerkracht.index.internal.tables.IndexedEntities;
import nl.veerkracht.index.internal.tables.IndexedEntity;

/**
 * The tables of one kind of entity, read from its mapping: the entity table and the collection tables
 * of its lists. The indexer removes rows with plain SQL on these (the collection tables first), since
 * a JPQL bulk delete would leave the collection rows behind.
 *
 * @param type the entity class
 * @param table its table
 * @param collectionTables the tables of its lists, each keyed by {@code entity_key}
 */
record EntityTables(Class<? extends IndexedEntity> type, String table, List<String> collectionTables) {

    /** The tables of every kind of entity. */
    static final List<EntityTables> ALL = IndexedEntities.CLASSES.stream().map(EntityTables::of).toList();

    static EntityTables of(Class<? extends IndexedEntity> type) {
        List<String> collections = new ArrayList<>();
        for (Field field : type.getDeclaredFields()) {
            CollectionTable collection = field.getAnnotation(CollectionTable.class);
            if (collection != null) {
                collections.add(collection.name());
            }
        }
        return new EntityTables(type, type.getAnnotation(Table.class).name(), List.copyOf(collections));
    }

    static EntityTables of(nl.veerkracht.model.EntityKind kind) {
        Class<? extends IndexedEntity> type = IndexedEntities.classOf(kind);
        return ALL.stream().filter(tables -> tables.type() == type).findFirst().orElseThrow();
    }
}
