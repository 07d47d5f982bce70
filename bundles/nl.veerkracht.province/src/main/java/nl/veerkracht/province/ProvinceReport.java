package nl.veerkracht.province;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import nl.veerkracht.merge.FieldChange;

/**
 * What a pull of the province's programme brought that matters to this municipality.
 *
 * @param province the province's code (PV30)
 * @param from the commit the mirror was at; empty on the first pull
 * @param to the commit it is at now
 * @param changedTasks tasks that my actions link to and that changed, field by field
 * @param brokenLinks links of my actions to tasks that were removed or closed
 * @param newProgrammes programmes that appeared, with their tasks
 * @param newFundingSchemes funding schemes that appeared, with their deadlines
 */
public record ProvinceReport(String province, Optional<String> from, String to, List<TaskChange> changedTasks,
        List<BrokenLink> brokenLinks, List<NewProgramme> newProgrammes, List<NewFundingScheme> newFundingSchemes) {

    public ProvinceReport {
        changedTasks = List.copyOf(changedTasks);
        brokenLinks = List.copyOf(brokenLinks);
        newProgrammes = List.copyOf(newProgrammes);
        newFundingSchemes = List.copyOf(newFundingSchemes);
    }

    /** Whether there is nothing to tell. */
    public boolean isEmpty() {
        return changedTasks.isEmpty() && brokenLinks.isEmpty() && newProgrammes.isEmpty() && newFundingSchemes.isEmpty();
    }

    /** A task my actions link to that changed, with those actions. */
    public record TaskChange(String taskId, String title, List<FieldChange> fields, List<LinkingAction> linkedBy) {
        public TaskChange {
            fields = List.copyOf(fields);
            linkedBy = List.copyOf(linkedBy);
        }
    }

    /** Why a link broke. */
    public enum BreakReason {
        /** The task is no longer in the programme. */
        REMOVED,
        /** The task's status became closed. */
        CLOSED
    }

    /** A link of one of my actions that no longer leads to an active task. */
    public record BrokenLink(LinkingAction action, String link, String taskTitle, BreakReason reason) {
    }

    /** A programme that was not in the province's plan before. */
    public record NewProgramme(String programme, List<String> taskTitles) {
        public NewProgramme {
            taskTitles = List.copyOf(taskTitles);
        }
    }

    /** A funding scheme that was not there before. */
    public record NewFundingScheme(String taskId, String taskTitle, String id, String title, Optional<LocalDate> deadline) {
    }

    /**
     * An action that links to the province: where it lives ({@code plan}, {@code region/west-brabant}),
     * its file, id and title.
     */
    public record LinkingAction(String repository, String path, String id, String title) {
    }
}
