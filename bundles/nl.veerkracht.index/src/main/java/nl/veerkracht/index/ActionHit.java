package nl.veerkracht.index;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

import nl.veerkracht.model.ActionStatus;
import nl.veerkracht.model.BudgetSource;
import nl.veerkracht.model.Term;
import nl.veerkracht.model.Theme;

/**
 * An action that answers a question, and where it comes from.
 *
 * @param repository {@code plan}, {@code region/west-brabant}, {@code members/GM0777}, {@code province/PV30}
 * @param commit the commit of the repository the index read it at
 * @param path its file in the repository: {@code actions/<id>.yaml}
 * @param id the action's id
 * @param title its title
 * @param term its term
 * @param status its status
 * @param themes its themes, in the order of {@link Theme}
 * @param budget {@code budget.amount}, whole euros
 * @param budgetSource {@code budget.source}
 * @param municipalities whose action it is: for a municipal or provincial plan the plan's code; for a
 *        regional action its lead municipality first, then the other participants by code (none when it
 *        names neither)
 */
public record ActionHit(String repository, String commit, String path, String id, String title, Term term,
        ActionStatus status, List<Theme> themes, Optional<Long> budget, Optional<BudgetSource> budgetSource,
        List<String> municipalities) {

    public ActionHit {
        Objects.requireNonNull(repository);
        Objects.requireNonNull(commit);
        Objects.requireNonNull(path);
        Objects.requireNonNull(id);
        Objects.requireNonNull(title);
        Objects.requireNonNull(term);
        Objects.requireNonNull(status);
        themes = List.copyOf(themes);
        Objects.requireNonNull(budget);
        Objects.requireNonNull(budgetSource);
        municipalities = List.copyOf(municipalities);
    }

    /** The file from the workspace root: {@code region/west-brabant/actions/GM0758-fonds.yaml}. */
    public String file() {
        return repository + "/" + path;
    }
}
