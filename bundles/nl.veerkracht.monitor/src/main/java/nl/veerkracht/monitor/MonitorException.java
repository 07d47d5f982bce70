package nl.veerkracht.monitor;

import java.util.Objects;

/** The monitor could not start on what was asked; nothing was written. */
public final class MonitorException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient MonitorProblem problem;

    public MonitorException(MonitorProblem problem) {
        super(problem.key() + " " + problem.arguments(), null, false, false);
        this.problem = Objects.requireNonNull(problem);
    }

    public MonitorProblem problem() {
        return problem;
    }
}
