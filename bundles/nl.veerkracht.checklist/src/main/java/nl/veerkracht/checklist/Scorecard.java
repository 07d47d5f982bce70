package nl.veerkracht.checklist;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A plan held against the ten points: per point its status and findings.
 *
 * @param repository the checked repository's folder in the workspace ({@code plan})
 * @param code the plan's CBS code, when plan.yaml could be read
 * @param name the plan's name, when plan.yaml could be read
 * @param date the date the check was made on
 * @param fileProblems how many problems the plan's files have ({@code veerkracht validate} lists them)
 * @param points the ten points in the checklist's order
 */
public record Scorecard(String repository, Optional<String> code, Optional<String> name, LocalDate date,
        int fileProblems, List<PointAssessment> points) {

    public Scorecard {
        Objects.requireNonNull(repository);
        Objects.requireNonNull(code);
        Objects.requireNonNull(name);
        Objects.requireNonNull(date);
        points = List.copyOf(points);
        if (points.size() != ChecklistPoint.values().length) {
            throw new IllegalArgumentException("a scorecard has all ten points, not " + points.size());
        }
        for (int i = 0; i < points.size(); i++) {
            if (points.get(i).point() != ChecklistPoint.values()[i]) {
                throw new IllegalArgumentException("the points are in the checklist's order");
            }
        }
    }

    /** The assessment of one point. */
    public PointAssessment point(ChecklistPoint point) {
        return points.get(point.ordinal());
    }

    /** How many points have {@code status}. */
    public int count(PointStatus status) {
        return (int) points.stream().filter(point -> point.status() == status).count();
    }

    /** Whether any point is missing: the check's exit code is then 1. */
    public boolean anyMissing() {
        return count(PointStatus.MISSING) > 0;
    }

    /** Every finding of every point, in point order. */
    public List<Finding> findings() {
        return points.stream().flatMap(point -> point.findings().stream()).toList();
    }
}
