package nl.veerkracht.model.validation;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

import nl.veerkracht.model.Entity;

/**
 * One plan file bound on its own.
 *
 * @param path the file
 * @param entity the typed entity, present when its required fields could be read (fields with a
 *        problem are left out of it)
 * @param problems what is wrong with the file on its own, in file order
 */
public record BoundFile(String path, Optional<Entity> entity, List<Problem> problems) {

    public BoundFile {
        Objects.requireNonNull(path);
        Objects.requireNonNull(entity);
        problems = List.copyOf(problems);
    }

    /** Whether the file has no problem. */
    public boolean isValid() {
        return problems.isEmpty();
    }
}
