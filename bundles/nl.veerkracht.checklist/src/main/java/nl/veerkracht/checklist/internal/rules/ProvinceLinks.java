package nl.veerkracht.checklist.internal.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;

import org.osgi.service.component.annotations.Component;

import nl.veerkracht.checklist.ChecklistPoint;
import nl.veerkracht.checklist.ChecklistRule;
import nl.veerkracht.checklist.Finding;
import nl.veerkracht.checklist.PlanFacts;
import nl.veerkracht.checklist.RuleSettings;
import nl.veerkracht.checklist.Severity;
import nl.veerkracht.model.Action;
import nl.veerkracht.model.ActionStatus;
import nl.veerkracht.model.EntityKind;
import nl.veerkracht.model.PlanContents;
import nl.veerkracht.model.PlanKind;
import nl.veerkracht.model.Task;
import nl.veerkracht.model.TaskStatus;

/**
 * Point 8: connect with the province's recovery approach, where the transition tasks are central.
 * Attention when a municipality's plan links no action to a provincial task; for a link to a task
 * that the province's programme (mirrored in {@code province/<code>/}) does not have, or has closed while
 * the action is not done;
 * and when the links cannot be checked because the workspace mirrors no programme of that province.
 */
@Component(service = ChecklistRule.class)
public final class ProvinceLinks extends BuiltInRule {

    public ProvinceLinks() {
        super(ChecklistPoint.REGIONAL_COOPERATION, "province-links");
    }

    @Override
    public List<Finding> evaluate(PlanFacts facts, LocalDate today, RuleSettings settings) {
        List<Finding> findings = new ArrayList<>();
        TreeMap<String, Integer> unchecked = new TreeMap<>();
        boolean anyLink = false;
        for (Action action : liveActions(facts)) {
            List<String> links = action.links().map(linksOf -> linksOf.province()).orElse(List.of());
            for (String link : links) {
                anyLink = true;
                int slash = link.indexOf('/');
                if (slash < 0) {
                    continue;
                }
                String province = link.substring(0, slash);
                Optional<PlanContents> programme = facts.province(province);
                if (programme.isEmpty()) {
                    unchecked.merge(province, 1, Integer::sum);
                    continue;
                }
                Task task = programme.get().tasks().get(link.substring(slash + 1));
                String file = facts.file(EntityKind.ACTION, action.id());
                if (task == null) {
                    findings.add(finding(Severity.ATTENTION, file, action.id(), "unknown", action.title(), link, province)
                            .atField("links.province"));
                } else if (task.status() == TaskStatus.CLOSED && action.status() != ActionStatus.DONE) {
                    findings.add(finding(Severity.ATTENTION, file, action.id(), "closed", action.title(), link,
                            task.title()).atField("links.province"));
                }
            }
        }
        boolean municipality = facts.localPlan().filter(plan -> plan.kind() == PlanKind.MUNICIPALITY).isPresent();
        if (municipality && !anyLink) {
            findings.add(about(Severity.ATTENTION, facts.folder(EntityKind.ACTION), "none",
                    facts.localPlan().get().province().orElse("PVxx")));
        }
        unchecked.forEach((province, count) -> findings.add(finding(Severity.ATTENTION, "province/" + province, province,
                "noMirror", province, count)));
        return findings;
    }
}
