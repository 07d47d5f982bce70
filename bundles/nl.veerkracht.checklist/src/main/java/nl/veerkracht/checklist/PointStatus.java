package nl.veerkracht.checklist;

import java.util.Collection;

/**
 * How a plan scores on one point: {@link #OK}, {@link #ATTENTION} or {@link #MISSING}. It follows from
 * the point's findings alone ({@link #of(Collection)}): missing when any finding is
 * {@link Severity#MISSING}, attention when there are findings and all are {@link Severity#ATTENTION},
 * ok when there is none.
 */
public enum PointStatus {
    OK("ok"),
    ATTENTION("attention"),
    MISSING("missing");

    private final String code;

    PointStatus(String code) {
        this.code = code;
    }

    /** As machines read it: {@code ok}, {@code attention}, {@code missing}. */
    public String code() {
        return code;
    }

    /** The status that these findings (all of one point) give the point. */
    public static PointStatus of(Collection<Finding> findings) {
        PointStatus status = OK;
        for (Finding finding : findings) {
            if (finding.severity() == Severity.MISSING) {
                return MISSING;
            }
            status = ATTENTION;
        }
        return status;
    }
}
