package nl.veerkracht.demo.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.UnaryOperator;

import nl.veerkracht.format.PlanFileException;
import nl.veerkracht.format.PlanFiles;
import nl.veerkracht.model.document.MapNode;
import nl.veerkracht.store.StoreException;

/** An edit of one plan file as a user makes it in an editor: read, change a field, write it back canonically. */
final class DocumentEdit {

    private DocumentEdit() {
    }

    static void edit(Path file, String path, UnaryOperator<MapNode> change) {
        try {
            MapNode document = (MapNode) PlanFiles.read(path, Files.readAllBytes(file));
            Files.write(file, PlanFiles.write(path, change.apply(document)));
        } catch (PlanFileException e) {
            throw new IllegalStateException("the demo's own file " + path + " is not valid: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new StoreException(e, "commit.failed", file, e.getMessage());
        }
    }
}
