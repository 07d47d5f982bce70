package nl.veerkracht.index.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

import org.eclipse.persistence.descriptors.ClassDescriptor;
import org.eclipse.persistence.internal.helper.DatabaseField;
import org.eclipse.persistence.jpa.JpaHelper;
import org.eclipse.persistence.mappings.AggregateCollectionMapping;
import org.eclipse.persistence.mappings.DatabaseMapping;
import org.eclipse.persistence.mappings.DirectCollectionMapping;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import nl.veerkracht.index.RepositoryState;
import nl.veerkracht.index.RepositoryUpdate.How;
import nl.veerkracht.junit.workspace.WorkspaceExtension;
import nl.veerkracht.store.Workspace;

/**
 * The tables come from schema.sql, match the JPA mapping column for column (and the indexer's own inserts
 * write every column of it), and are rebuilt when they change.
 */
class IndexSchemaTest {

    @TempDir
    Path temp;

    private static final IndexOwner TEST_OWNER = new IndexOwner("0b5c2f7e-1d2a-4c3b-9e8f-0123456789ab", "/test");

    @Test
    void everyMappedColumnIsInTheSchemaAndEveryColumnOfTheSchemaIsMapped() throws Exception {
        DatabaseSettings settings = new DatabaseSettings("jdbc:h2:file:" + temp.resolve("schema"), java.util.Optional.empty(),
                java.util.Optional.empty());
        try (IndexDatabase database = IndexDatabase.open(settings, TEST_OWNER); Connection connection = IndexDatabase.connect(settings)) {
            Set<String> mapped = mappedColumns(database);
            Set<String> created = new TreeSet<>();
            for (String table : IndexSchema.indexTables(connection)) {
                try (ResultSet columns = connection.getMetaData().getColumns(null, connection.getSchema(), table, "%")) {
                    while (columns.next()) {
                        created.add((table + "." + columns.getString("COLUMN_NAME")).toLowerCase(Locale.ROOT));
                    }
                }
            }
            created.removeIf(column -> column.startsWith("vk_index_meta."));
            assertEquals(created, mapped);
            assertEquals(27, IndexSchema.indexTables(connection).size(), "meta, repositories, 9 entity tables, 16 list tables");
        }
    }

    @Test
    void theIndexerInsertsEveryColumnEclipseLinkMaps() throws Exception {
        DatabaseSettings settings = new DatabaseSettings("jdbc:h2:file:" + temp.resolve("inserts"), java.util.Optional.empty(),
                java.util.Optional.empty());
        try (IndexDatabase database = IndexDatabase.open(settings, TEST_OWNER)) {
            Set<String> mapped = mappedColumns(database);
            mapped.removeIf(column -> column.startsWith("vk_repository."));
            Set<String> inserted = new TreeSet<>();
            for (EntityTables tables : EntityTables.ALL) {
                tables.columns().forEach(column -> inserted.add(tables.table() + "." + column.name()));
                for (EntityTables.ListTable list : tables.lists()) {
                    inserted.add(list.table() + "." + list.keyColumn());
                    list.columns().forEach(column -> inserted.add(list.table() + "." + column.name()));
                }
            }
            assertEquals(mapped, inserted);
        }
    }

    /** Every column of the JPA mapping, as EclipseLink reads it: {@code table.column}. */
    private static Set<String> mappedColumns(IndexDatabase database) {
        Set<String> mapped = new TreeSet<>();
        for (ClassDescriptor descriptor : JpaHelper.getServerSession(database.factory()).getDescriptors().values()) {
            if (descriptor.isAggregateDescriptor()) {
                continue;
            }
            descriptor.getFields().forEach(field -> mapped.add(column(field)));
            for (DatabaseMapping mapping : descriptor.getMappings()) {
                if (mapping instanceof DirectCollectionMapping collection) {
                    mapped.add(column(collection.getDirectField()));
                    collection.getReferenceKeyFields().forEach(field -> mapped.add(column(field)));
                } else if (mapping instanceof AggregateCollectionMapping collection) {
                    collection.getReferenceDescriptor().getFields().forEach(field -> mapped.add(column(field)));
                    collection.getTargetForeignKeyFields().forEach(field -> mapped.add(column(field)));
                }
            }
        }
        return mapped;
    }

    private static String column(DatabaseField field) {
        return (field.getTable().getName() + "." + field.getName()).toLowerCase(Locale.ROOT);
    }

    @Test
    @ExtendWith(WorkspaceExtension.class)
    void aSchemaOfAnotherVersionIsDroppedWithItsTablesAndTheIndexIsBuiltAgain(Workspace workspace) throws Exception {
        DatabaseSettings settings = DatabaseSettings.embedded(workspace);
        try (EclipseLinkWorkspaceIndex index = EclipseLinkWorkspaceIndex.choosing(DatabaseSettings::embedded)) {
            index.rebuild(workspace);
        }
        try (Connection connection = IndexDatabase.connect(settings); Statement sql = connection.createStatement()) {
            sql.execute("UPDATE vk_index_meta SET meta_value = 'made-by-an-older-veerkracht' WHERE meta_name = 'schema.sha256'");
            sql.execute("CREATE TABLE vk_table_of_an_older_version (id INTEGER)");
            sql.execute("CREATE TABLE someone_elses_table (id INTEGER)");
        }
        try (EclipseLinkWorkspaceIndex index = EclipseLinkWorkspaceIndex.choosing(DatabaseSettings::embedded)) {
            List<RepositoryState> states = index.status(workspace);
            assertTrue(states.stream().noneMatch(RepositoryState::inIndex), "the index is empty again: " + states);
            assertTrue(index.update(workspace).repositories().stream().allMatch(update -> update.how() == How.FULL));
            assertTrue(index.verify(workspace).matches());
        }
        try (Connection connection = IndexDatabase.connect(settings)) {
            List<String> tables = IndexSchema.indexTables(connection);
            assertFalse(tables.contains("VK_TABLE_OF_AN_OLDER_VERSION"), tables.toString());
            try (ResultSet other = connection.getMetaData().getTables(null, null, "SOMEONE_ELSES_TABLE", null)) {
                assertTrue(other.next(), "tables that are not the index's are left alone");
            }
        }
    }
}
