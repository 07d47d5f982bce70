package nl.veerkracht.province.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import nl.veerkracht.merge.FieldChange;
import nl.veerkracht.merge.SemanticDiff;
import nl.veerkracht.model.EntityKind;
import nl.veerkracht.model.FundingScheme;
import nl.veerkracht.model.PlanContents;
import nl.veerkracht.model.Task;
import nl.veerkracht.model.TaskStatus;
import nl.veerkracht.model.document.Node;
import nl.veerkracht.model.document.PlanSnapshot;
import nl.veerkracht.province.ProvinceReport;
import nl.veerkracht.province.ProvinceReport.BrokenLink;
import nl.veerkracht.province.ProvinceReport.LinkingAction;
import nl.veerkracht.province.ProvinceReport.NewFundingScheme;
import nl.veerkracht.province.ProvinceReport.NewProgramme;
import nl.veerkracht.province.ProvinceReport.TaskChange;

/**
 * The report of one pull of a province's programme: a pure function of the programme before and
 * after, and of the links my actions have to it.
 */
public final class ProvinceReports {

    private ProvinceReports() {
    }

    /** One version of a province's programme: its documents (for field changes) and its typed tasks. */
    public record Programme(PlanSnapshot snapshot, PlanContents contents) {

        public static Programme empty() {
            return new Programme(PlanSnapshot.empty(), PlanContents.empty());
        }
    }

    /**
     * @param links my actions by the task links they have ({@code PV30/digitalisering-mkb} to actions)
     */
    public static ProvinceReport compare(String province, Optional<String> from, String to, Programme before,
            Programme after, Map<String, List<LinkingAction>> links) {
        List<TaskChange> changed = new ArrayList<>();
        List<BrokenLink> broken = new ArrayList<>();
        for (Map.Entry<String, List<LinkingAction>> link : new TreeMap<>(links).entrySet()) {
            Optional<String> taskId = taskOf(province, link.getKey());
            if (taskId.isEmpty()) {
                continue;
            }
            Task old = before.contents().tasks().get(taskId.get());
            Task now = after.contents().tasks().get(taskId.get());
            if (now == null) {
                if (old != null || from.isEmpty()) {
                    for (LinkingAction action : link.getValue()) {
                        broken.add(new BrokenLink(action, link.getKey(), old == null ? taskId.get() : old.title(),
                                ProvinceReport.BreakReason.REMOVED));
                    }
                }
                continue;
            }
            if (now.status() == TaskStatus.CLOSED && (old == null || old.status() != TaskStatus.CLOSED)) {
                // a task that closed is told as a broken link, not again as a changed task
                for (LinkingAction action : link.getValue()) {
                    broken.add(new BrokenLink(action, link.getKey(), now.title(), ProvinceReport.BreakReason.CLOSED));
                }
                continue;
            }
            if (old != null) {
                String path = EntityKind.TASK.pathOf(taskId.get());
                Optional<Node> oldDocument = before.snapshot().document(path);
                Optional<Node> newDocument = after.snapshot().document(path);
                if (oldDocument.isPresent() && newDocument.isPresent() && !oldDocument.equals(newDocument)) {
                    List<FieldChange> fields = SemanticDiff.fields(oldDocument.get(), newDocument.get());
                    if (!fields.isEmpty()) {
                        changed.add(new TaskChange(taskId.get(), now.title(), fields, link.getValue()));
                    }
                }
            }
        }
        return new ProvinceReport(province, from, to, changed, broken, newProgrammes(before, after),
                newFundingSchemes(before, after));
    }

    /** The task id a link names when it points into {@code province}: {@code PV30/x} gives {@code x}. */
    static Optional<String> taskOf(String province, String link) {
        String prefix = province + "/";
        return link.startsWith(prefix) && link.length() > prefix.length()
                ? Optional.of(link.substring(prefix.length())) : Optional.empty();
    }

    private static List<NewProgramme> newProgrammes(Programme before, Programme after) {
        Set<String> known = new TreeSet<>();
        before.contents().tasks().values().forEach(task -> task.programme().ifPresent(known::add));
        Map<String, List<String>> added = new LinkedHashMap<>();
        for (Task task : after.contents().tasks().values()) {
            task.programme().filter(programme -> !known.contains(programme))
                    .ifPresent(programme -> added.computeIfAbsent(programme, key -> new ArrayList<>()).add(task.title()));
        }
        return new TreeMap<>(added).entrySet().stream()
                .map(entry -> new NewProgramme(entry.getKey(), entry.getValue()))
                .toList();
    }

    private static List<NewFundingScheme> newFundingSchemes(Programme before, Programme after) {
        Set<String> known = new TreeSet<>();
        before.contents().tasks().values().forEach(task -> task.funding().forEach(scheme -> known.add(scheme.id())));
        List<NewFundingScheme> added = new ArrayList<>();
        for (Task task : after.contents().tasks().values()) {
            for (FundingScheme scheme : task.funding()) {
                if (!known.contains(scheme.id())) {
                    added.add(new NewFundingScheme(task.id(), task.title(), scheme.id(), scheme.title().orElse(scheme.id()),
                            scheme.deadline()));
                }
            }
        }
        return added;
    }
}
