package nl.veerkracht.checklist.internal.rules;

import java.time.LocalDate;
import java.util.List;

import org.osgi.service.component.annotations.Component;

import nl.veerkracht.checklist.ChecklistPoint;
import nl.veerkracht.checklist.ChecklistRule;
import nl.veerkracht.checklist.Finding;
import nl.veerkracht.checklist.PlanFacts;
import nl.veerkracht.checklist.RegionFacts;
import nl.veerkracht.checklist.RuleSettings;
import nl.veerkracht.checklist.Severity;
import nl.veerkracht.model.ActionStatus;
import nl.veerkracht.model.EntityKind;
import nl.veerkracht.model.LocalPlan;

/**
 * Point 8: for some questions a regional approach makes recovery stronger and uses money and
 * capacity smartly. Attention when a plan that names a region takes part in no shared action: none
 * of its actions links to a regional action, and no regional plan in the workspace lists it as a
 * participant or lead of an action.
 */
@Component(service = ChecklistRule.class)
public final class SharedActions extends BuiltInRule {

    public SharedActions() {
        super(ChecklistPoint.REGIONAL_COOPERATION, "shared-actions");
    }

    @Override
    public List<Finding> evaluate(PlanFacts facts, LocalDate today, RuleSettings settings) {
        if (facts.localPlan().map(LocalPlan::regions).orElse(List.of()).isEmpty()) {
            return List.of();
        }
        String code = facts.localPlan().get().code();
        boolean linked = liveActions(facts).stream()
                .anyMatch(action -> action.links().flatMap(links -> links.region()).isPresent());
        boolean participating = facts.regions().stream()
                .filter(RegionFacts::listedInPlan)
                .flatMap(region -> region.contents().stream())
                .flatMap(regional -> regional.actions().values().stream())
                .filter(action -> action.status() != ActionStatus.STOPPED)
                .anyMatch(action -> action.participants().contains(code)
                        || action.leadMunicipality().filter(code::equals).isPresent());
        return linked || participating ? List.of()
                : List.of(about(Severity.ATTENTION, facts.folder(EntityKind.ACTION), "none"));
    }
}
