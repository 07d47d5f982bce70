package nl.veerkracht.store;

import java.util.List;

import nl.veerkracht.model.validation.Problem;

/** A plan that may not be committed (or merged) as it is: every problem is listed. */
public final class InvalidPlanException extends StoreException {

    private static final long serialVersionUID = 1L;

    private final transient List<Problem> problems;

    public InvalidPlanException(RepositoryName repository, List<Problem> problems) {
        super("plan.invalid", repository, problems.size());
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }
}
