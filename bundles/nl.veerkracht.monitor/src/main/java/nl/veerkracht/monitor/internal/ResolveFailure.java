package nl.veerkracht.monitor.internal;

import nl.veerkracht.monitor.MonitorProblem;

/** A measure, dimension, category or region of an indicator file that CBS's table does not have, or has more than once. */
public final class ResolveFailure extends Exception {

    private static final long serialVersionUID = 1L;

    private final transient MonitorProblem problem;

    ResolveFailure(MonitorProblem problem) {
        super(problem.key() + " " + problem.arguments(), null, false, false);
        this.problem = problem;
    }

    public MonitorProblem problem() {
        return problem;
    }
}
