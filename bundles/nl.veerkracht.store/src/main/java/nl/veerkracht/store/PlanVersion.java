package nl.veerkracht.store;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import nl.veerkracht.model.PlanContents;
import nl.veerkracht.model.document.PlanSnapshot;
import nl.veerkracht.model.validation.Problem;

/**
 * One version of a plan as it was read: at a commit, or the working tree as the user has it now.
 *
 * @param repository which repository of the workspace
 * @param commit the commit it was read at; empty for the working tree
 * @param files every file as bytes, by path (plan files and others)
 * @param snapshot the plan files that could be read, as documents
 * @param contents the typed plan (entities with problems are left out or partial)
 * @param problems everything wrong with it: unreadable files, invalid fields, broken references
 */
public record PlanVersion(RepositoryName repository, Optional<String> commit, Map<String, byte[]> files,
        PlanSnapshot snapshot, PlanContents contents, List<Problem> problems) {

    public PlanVersion {
        files = Map.copyOf(files);
        problems = List.copyOf(problems);
    }

    public boolean isValid() {
        return problems.isEmpty();
    }
}
