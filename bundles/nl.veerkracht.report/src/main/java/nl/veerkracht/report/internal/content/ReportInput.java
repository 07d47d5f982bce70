package nl.veerkracht.report.internal.content;

import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

import nl.veerkracht.checklist.RegionFacts;
import nl.veerkracht.checklist.Scorecard;
import nl.veerkracht.merge.PlanDiff;
import nl.veerkracht.model.PlanContents;
import nl.veerkracht.store.HistoryEntry;

/**
 * Everything a report is made of, gathered before: the pure builder reads nothing else.
 *
 * @param repository the reported repository's folder: {@code plan}, {@code region/west-brabant}
 * @param plan the plan at the reported commit
 * @param reported the reported commit
 * @param compared what it is compared with
 * @param diff what changed from the compared commit to the reported one
 * @param commits the commits after the compared one up to the reported one, oldest first
 * @param scorecard the ten-point check of the plan at the reported commit; empty for a regional plan
 * @param regions the regional plans the workspace holds (for a municipality's plan)
 * @param provinces the programmes of the provinces the workspace follows, by code
 * @param date the report's date
 */
public record ReportInput(String repository, PlanContents plan, HistoryEntry reported, Compared compared,
        PlanDiff diff, List<HistoryEntry> commits, Optional<Scorecard> scorecard, List<RegionFacts> regions,
        SortedMap<String, PlanContents> provinces, LocalDate date) {

    /**
     * The version a report compares with.
     *
     * @param revision as the user names it: {@code raad/2026-05-12}, a commit id, {@code HEAD~2}
     * @param commit its commit
     * @param approvalDate the council's approval of that version, when it is one
     * @param firstCommit whether it is the plan's first commit, taken because the council never approved the plan
     */
    public record Compared(String revision, String commit, Optional<LocalDate> approvalDate, boolean firstCommit) {
        public Compared {
            Objects.requireNonNull(revision);
            Objects.requireNonNull(commit);
            Objects.requireNonNull(approvalDate);
        }
    }

    public ReportInput {
        Objects.requireNonNull(repository);
        Objects.requireNonNull(plan);
        Objects.requireNonNull(reported);
        Objects.requireNonNull(compared);
        Objects.requireNonNull(diff);
        commits = List.copyOf(commits);
        Objects.requireNonNull(scorecard);
        regions = List.copyOf(regions);
        provinces = Collections.unmodifiableSortedMap(new TreeMap<>(provinces));
        Objects.requireNonNull(date);
    }
}
