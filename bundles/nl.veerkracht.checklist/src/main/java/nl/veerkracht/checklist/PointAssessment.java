package nl.veerkracht.checklist;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * How a plan scores on one point.
 *
 * @param point the checklist point
 * @param status follows from the findings ({@link PointStatus#of})
 * @param findings what the rules found, in {@link Finding#ORDER}
 * @param rules the rules that judged the point, by id
 */
public record PointAssessment(ChecklistPoint point, PointStatus status, List<Finding> findings,
        List<RuleSummary> rules) {

    public PointAssessment {
        Objects.requireNonNull(point);
        Objects.requireNonNull(status);
        findings = List.copyOf(findings);
        rules = List.copyOf(rules);
        if (status != PointStatus.of(findings)) {
            throw new IllegalArgumentException("point " + point.number() + " is " + status + ", but its findings make it "
                    + PointStatus.of(findings));
        }
    }

    /** The assessment of {@code point} from its findings (in any order) and the rules that judged it. */
    public static PointAssessment of(ChecklistPoint point, List<Finding> findings, List<RuleSummary> rules) {
        List<Finding> ordered = findings.stream().sorted(Finding.ORDER).toList();
        return new PointAssessment(point, PointStatus.of(ordered), ordered,
                rules.stream().sorted(Comparator.comparing(RuleSummary::id)).toList());
    }
}
