package nl.veerkracht.format;

import java.util.List;
import java.util.Objects;

import nl.veerkracht.model.PlanContents;
import nl.veerkracht.model.document.PlanSnapshot;
import nl.veerkracht.model.validation.Problem;

/**
 * A whole repository's files, read: see {@link PlanFiles#readAll(java.util.Map)}.
 *
 * @param snapshot every plan file that could be read, as a document
 * @param contents the typed plan (an entity whose file has problems is left out, or in without its
 *        faulty fields; see {@link PlanContents})
 * @param problems what is wrong, read and validation problems together, sorted by file, line and column
 */
public record PlanRead(PlanSnapshot snapshot, PlanContents contents, List<Problem> problems) {

    public PlanRead {
        Objects.requireNonNull(snapshot);
        Objects.requireNonNull(contents);
        problems = List.copyOf(problems);
    }

    /** Whether no file has any problem. */
    public boolean isValid() {
        return problems.isEmpty();
    }
}
