package nl.veerkracht.index.internal;

import java.util.Optional;

import nl.veerkracht.format.PlanFileException;
import nl.veerkracht.format.PlanFiles;
import nl.veerkracht.index.internal.tables.EntitySource;
import nl.veerkracht.index.internal.tables.IndexedEntities;
import nl.veerkracht.index.internal.tables.IndexedEntity;
import nl.veerkracht.model.document.Node;
import nl.veerkracht.model.validation.PlanBinder;

/**
 * One plan file to the row the index keeps of it. A file is bound on its own, exactly as reading the
 * whole repository binds it (references to other files add problems, never change an entity), so an
 * index built file by file from tree differences equals one built from a whole read. A file that
 * cannot be read, or whose required fields are missing, has no row; a field with a problem is left out.
 */
final class EntityFiles {

    private EntityFiles() {
    }

    static Optional<IndexedEntity> row(EntitySource source, byte[] content) {
        try {
            Node document = PlanFiles.readUnpositioned(source.path(), content);
            return PlanBinder.bindFile(source.path(), document).entity()
                    .map(entity -> IndexedEntities.of(source, entity));
        } catch (PlanFileException e) {
            return Optional.empty();
        }
    }
}
