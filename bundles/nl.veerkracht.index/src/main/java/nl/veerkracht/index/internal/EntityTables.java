package nl.veerkracht.index.internal;

import java.lang.reflect.Field;
import java.lang.reflect.ParameterizedType;
import java.math.BigDecimal;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Table;
import nl.veerkracht.index.internal.tables.IndexedEntities;
import nl.veerkracht.index.internal.tables.IndexedEntity;

/**
 * The tables of one kind of entity and their columns, read from its mapping annotations (the ones
 * EclipseLink reads): the entity table with a column per {@code @Column} field, and a collection table
 * per list, keyed by {@code entity_key}, with the list's item or the {@code @Column} fields of its
 * embeddable items. The indexer removes rows with plain SQL on these tables (the collection tables
 * first, since a JPQL bulk delete would leave their rows behind), and inserts new rows with plain JDBC
 * batches ({@link RowInserts}).
 *
 * @param type the entity class
 * @param table its table
 * @param columns the columns of its table
 * @param lists its lists, each in a collection table
 */
record EntityTables(Class<? extends IndexedEntity> type, String table, List<MappedColumn> columns, List<ListTable> lists) {

    /** The tables of every kind of entity. */
    static final List<EntityTables> ALL = IndexedEntities.CLASSES.stream().map(EntityTables::read).toList();

    private static final Map<Class<?>, EntityTables> BY_TYPE = ALL.stream()
            .collect(Collectors.toUnmodifiableMap(EntityTables::type, tables -> tables));

    /**
     * A column and the field that holds its value.
     *
     * @param name the column
     * @param field the field, on the entity or on an embeddable item; null for a list's item itself
     * @param sqlType its {@link Types} constant
     */
    record MappedColumn(String name, Field field, int sqlType) {

        /** The column's value in {@code source}: the field's value, or the list item itself. */
        Object valueIn(Object source) {
            return field == null ? source : valueOf(field, source);
        }
    }

    /**
     * A list of an entity and its collection table: one row per item, keyed by {@code entity_key}.
     *
     * @param table the collection table
     * @param keyColumn the column holding the entity's key
     * @param list the field holding the list
     * @param columns the columns of each item
     */
    record ListTable(String table, String keyColumn, Field list, List<MappedColumn> columns) {

        List<?> itemsOf(IndexedEntity entity) {
            return (List<?>) valueOf(list, entity);
        }
    }

    EntityTables {
        columns = List.copyOf(columns);
        lists = List.copyOf(lists);
    }

    /** The collection tables of the lists. */
    List<String> collectionTables() {
        return lists.stream().map(ListTable::table).toList();
    }

    /** The tables of the entities of {@code type}, one of {@link IndexedEntities#CLASSES}. */
    static EntityTables of(Class<? extends IndexedEntity> type) {
        EntityTables tables = BY_TYPE.get(type);
        if (tables == null) {
            throw new IllegalArgumentException("not an entity table: " + type.getName());
        }
        return tables;
    }

    static EntityTables of(nl.veerkracht.model.EntityKind kind) {
        return of(IndexedEntities.classOf(kind));
    }

    private static EntityTables read(Class<? extends IndexedEntity> type) {
        List<MappedColumn> columns = new ArrayList<>();
        List<ListTable> lists = new ArrayList<>();
        for (Class<?> level = type; level != Object.class; level = level.getSuperclass()) {
            for (Field field : level.getDeclaredFields()) {
                CollectionTable collection = field.getAnnotation(CollectionTable.class);
                if (collection != null) {
                    lists.add(listTable(field, collection));
                } else if (field.isAnnotationPresent(Column.class)) {
                    columns.add(column(field));
                }
            }
        }
        return new EntityTables(type, type.getAnnotation(Table.class).name(), columns, lists);
    }

    private static ListTable listTable(Field list, CollectionTable collection) {
        list.setAccessible(true);
        Class<?> item = (Class<?>) ((ParameterizedType) list.getGenericType()).getActualTypeArguments()[0];
        List<MappedColumn> columns = new ArrayList<>();
        Column column = list.getAnnotation(Column.class);
        if (column != null) {
            columns.add(new MappedColumn(column.name(), null, sqlType(item, list)));
        } else {
            for (Field field : item.getDeclaredFields()) {
                if (field.isAnnotationPresent(Column.class)) {
                    columns.add(column(field));
                }
            }
        }
        return new ListTable(collection.name(), collection.joinColumns()[0].name(), list, columns);
    }

    /** The value of a mapped field (made accessible when it was read from the mapping). */
    private static Object valueOf(Field field, Object source) {
        try {
            return field.get(source);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException("cannot read " + field, e);
        }
    }

    private static MappedColumn column(Field field) {
        field.setAccessible(true);
        return new MappedColumn(field.getAnnotation(Column.class).name(), field, sqlType(field.getType(), field));
    }

    private static int sqlType(Class<?> type, Field field) {
        if (type == String.class) {
            return Types.VARCHAR;
        } else if (type == Long.class || type == long.class) {
            return Types.BIGINT;
        } else if (type == Integer.class || type == int.class) {
            return Types.INTEGER;
        } else if (type == Boolean.class || type == boolean.class) {
            return Types.BOOLEAN;
        } else if (type == LocalDate.class) {
            return Types.DATE;
        } else if (type == BigDecimal.class) {
            return Types.NUMERIC;
        }
        throw new IllegalStateException("no column type for " + type.getName() + " of " + field);
    }
}
