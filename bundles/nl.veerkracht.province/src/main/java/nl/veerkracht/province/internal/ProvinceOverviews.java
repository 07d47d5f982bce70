package nl.veerkracht.province.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import nl.veerkracht.model.FundingScheme;
import nl.veerkracht.model.Task;
import nl.veerkracht.province.ProvinceOverview;
import nl.veerkracht.province.ProvinceOverview.Deadline;
import nl.veerkracht.province.ProvinceOverview.TaskEntry;
import nl.veerkracht.province.ProvinceOverview.Urgency;
import nl.veerkracht.province.ProvinceReport.LinkingAction;
import nl.veerkracht.province.internal.ProvinceReports.Programme;

/** A province's programme seen from this municipality on a given day: what {@link ProvinceOverview} holds. */
final class ProvinceOverviews {

    private static final Comparator<TaskEntry> BY_PROGRAMME_THEN_TITLE = Comparator
            .comparing((TaskEntry task) -> task.programme().isEmpty())
            .thenComparing(task -> task.programme().orElse(""))
            .thenComparing(TaskEntry::title)
            .thenComparing(TaskEntry::id);

    private static final Comparator<Deadline> BY_DATE = Comparator.comparing(Deadline::date)
            .thenComparing(Deadline::schemeTitle).thenComparing(Deadline::schemeId);

    private ProvinceOverviews() {
    }

    /**
     * @param commit the mirror's head; empty for a mirror without one
     * @param links my actions by the task links they have ({@code PV30/digitalisering-mkb} to actions)
     */
    static ProvinceOverview of(String province, Optional<String> commit, Programme programme,
            Map<String, List<LinkingAction>> links, LocalDate today) {
        List<TaskEntry> tasks = new ArrayList<>();
        List<Deadline> deadlines = new ArrayList<>();
        for (Task task : programme.contents().tasks().values()) {
            tasks.add(new TaskEntry(task.id(), task.title(), task.programme(), task.status(),
                    links.getOrDefault(province + "/" + task.id(), List.of())));
            for (FundingScheme scheme : task.funding()) {
                scheme.deadline().ifPresent(date -> deadlines.add(new Deadline(task.id(), task.title(), scheme.id(),
                        scheme.title().orElse(scheme.id()), date, Urgency.of(date, today))));
            }
        }
        tasks.sort(BY_PROGRAMME_THEN_TITLE);
        deadlines.sort(BY_DATE);
        // the broken links as the first pull of this programme would report them: missing and closed tasks
        return new ProvinceOverview(province, commit, tasks, deadlines, commit.isEmpty() ? List.of()
                : ProvinceReports.compare(province, Optional.empty(), commit.get(), Programme.empty(), programme, links)
                        .brokenLinks());
    }
}
