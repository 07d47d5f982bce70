package nl.veerkracht.format;

import java.util.List;

import nl.veerkracht.model.validation.Language;
import nl.veerkracht.model.validation.Problem;

/**
 * A plan file that cannot be read: one or more {@link Problem}s, each with file, line, column and a
 * message in Dutch or English. {@link #getMessage()} is the first problem in English,
 * {@code actions/terrassen.yaml:7:9: ...}; {@link #getMessage(Language)} in the language asked for.
 */
public final class PlanFileException extends Exception {

    private static final long serialVersionUID = 1L;

    private final transient List<Problem> problems;

    /**
     * @param problems at least one; the first is the one {@link #getMessage()} tells
     */
    public PlanFileException(List<Problem> problems) {
        super(null, null, false, false);
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("a PlanFileException has at least one problem");
        }
        this.problems = List.copyOf(problems);
    }

    /** Every problem found, in file order. */
    public List<Problem> problems() {
        return problems;
    }

    /** The file that cannot be read. */
    public String path() {
        return problems.get(0).path();
    }

    /** The first problem as {@code path:line:column: message}, in English. */
    @Override
    public String getMessage() {
        return getMessage(Language.EN);
    }

    /** The first problem as {@code path:line:column: message}, in {@code language}. */
    public String getMessage(Language language) {
        return problems.get(0).render(language);
    }
}
