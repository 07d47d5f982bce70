package nl.veerkracht.province;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import nl.veerkracht.model.TaskStatus;
import nl.veerkracht.province.ProvinceReport.BrokenLink;
import nl.veerkracht.province.ProvinceReport.LinkingAction;

/**
 * A followed province's programme as it stands, seen from this municipality: its tasks with the actions of
 * mine that link to each, its funding deadlines in date order with the ones closing soon marked, and the
 * links of my actions that lead nowhere any more. What the desktop client's province view shows.
 *
 * @param province the province's code (PV30)
 * @param commit the mirror's commit the overview was read at; empty when the mirror has none
 * @param tasks every task, by programme (tasks without one last) and then by title
 * @param deadlines every funding scheme with a deadline, earliest first
 * @param brokenLinks links of my actions (in my plan and in the regional actions I take part in) to tasks of
 *        this province that are not in the programme or are closed
 */
public record ProvinceOverview(String province, Optional<String> commit, List<TaskEntry> tasks,
        List<Deadline> deadlines, List<BrokenLink> brokenLinks) {

    /** How far ahead a deadline counts as closing soon: eight weeks. */
    public static final Period CLOSING_SOON = Period.ofWeeks(8);

    public ProvinceOverview {
        Objects.requireNonNull(province);
        Objects.requireNonNull(commit);
        tasks = List.copyOf(tasks);
        deadlines = List.copyOf(deadlines);
        brokenLinks = List.copyOf(brokenLinks);
    }

    /** One task of the programme and the actions of mine that link to it. */
    public record TaskEntry(String id, String title, Optional<String> programme, TaskStatus status,
            List<LinkingAction> linkedBy) {

        public TaskEntry {
            Objects.requireNonNull(id);
            Objects.requireNonNull(title);
            Objects.requireNonNull(programme);
            Objects.requireNonNull(status);
            linkedBy = List.copyOf(linkedBy);
        }
    }

    /** The deadline of one funding scheme, and where it stands on the day the overview was made. */
    public record Deadline(String taskId, String taskTitle, String schemeId, String schemeTitle, LocalDate date,
            Urgency urgency) {

        public Deadline {
            Objects.requireNonNull(taskId);
            Objects.requireNonNull(taskTitle);
            Objects.requireNonNull(schemeId);
            Objects.requireNonNull(schemeTitle);
            Objects.requireNonNull(date);
            Objects.requireNonNull(urgency);
        }
    }

    /** Where a deadline stands on a given day. */
    public enum Urgency {
        /** The last day to apply has gone by. */
        PASSED,
        /** Today or within {@link ProvinceOverview#CLOSING_SOON}. */
        CLOSING_SOON,
        /** Later than that. */
        LATER;

        /** Where {@code deadline} stands on {@code today}. */
        public static Urgency of(LocalDate deadline, LocalDate today) {
            if (deadline.isBefore(today)) {
                return PASSED;
            }
            return deadline.isAfter(today.plus(ProvinceOverview.CLOSING_SOON)) ? LATER : CLOSING_SOON;
        }
    }
}
