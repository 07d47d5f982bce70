package nl.veerkracht.checklist;

/**
 * What a finding does to its point. A point is {@link PointStatus#MISSING} when one of its findings
 * is {@link #MISSING}, {@link PointStatus#ATTENTION} when its findings are all {@link #ATTENTION},
 * and {@link PointStatus#OK} when it has none.
 */
public enum Severity {
    /** The point is there, but this can be better: the point needs attention. */
    ATTENTION("attention"),
    /** Something the point cannot do without is absent: the point is missing. */
    MISSING("missing");

    private final String code;

    Severity(String code) {
        this.code = code;
    }

    /** As machines read it: {@code attention}, {@code missing}. */
    public String code() {
        return code;
    }
}
