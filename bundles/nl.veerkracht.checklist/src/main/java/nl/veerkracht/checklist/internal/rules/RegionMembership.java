package nl.veerkracht.checklist.internal.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.osgi.service.component.annotations.Component;

import nl.veerkracht.checklist.ChecklistPoint;
import nl.veerkracht.checklist.ChecklistRule;
import nl.veerkracht.checklist.Finding;
import nl.veerkracht.checklist.PlanFacts;
import nl.veerkracht.checklist.RegionFacts;
import nl.veerkracht.checklist.RuleSettings;
import nl.veerkracht.checklist.Severity;
import nl.veerkracht.model.EntityKind;
import nl.veerkracht.model.LocalPlan;
import nl.veerkracht.model.RegionalPlan;

/**
 * Point 8: entrepreneurs are not bound by municipal borders; work together in the region. Missing
 * when the plan names no region; attention when the workspace holds a regional plan that the plan
 * does not name, and when a named regional plan does not list the municipality as a member.
 */
@Component(service = ChecklistRule.class)
public final class RegionMembership extends BuiltInRule {

    public RegionMembership() {
        super(ChecklistPoint.REGIONAL_COOPERATION, "region-membership");
    }

    @Override
    public List<Finding> evaluate(PlanFacts facts, LocalDate today, RuleSettings settings) {
        List<Finding> findings = new ArrayList<>();
        Optional<LocalPlan> plan = facts.localPlan();
        if (plan.map(LocalPlan::regions).orElse(List.of()).isEmpty()) {
            findings.add(finding(Severity.MISSING, facts.planFile(), EntityKind.PLAN_ID, "none").atField("regions"));
        }
        for (RegionFacts region : facts.regions()) {
            if (!region.listedInPlan()) {
                findings.add(finding(Severity.ATTENTION, region.folder(), region.id(), "unlisted", region.id()));
                continue;
            }
            Optional<RegionalPlan> regional = region.plan();
            if (plan.isPresent() && regional.isPresent() && regional.get().member(plan.get().code()).isEmpty()) {
                findings.add(finding(Severity.ATTENTION, region.file(EntityKind.PLAN, EntityKind.PLAN_ID), region.id(),
                        "notMember", plan.get().code(), regional.get().name(),
                        regional.get().coordinator().orElse("?")).atField("members"));
            }
        }
        return findings;
    }
}
