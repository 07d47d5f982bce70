package nl.veerkracht.checklist.internal.rules;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.osgi.service.component.annotations.Component;

import nl.veerkracht.checklist.ChecklistPoint;
import nl.veerkracht.checklist.ChecklistRule;
import nl.veerkracht.checklist.Finding;
import nl.veerkracht.checklist.PlanFacts;
import nl.veerkracht.checklist.RuleSettings;
import nl.veerkracht.checklist.Severity;
import nl.veerkracht.model.EntityKind;
import nl.veerkracht.model.Lead;

/**
 * Point 5: appoint an official lead of the recovery, freed from regular work as much as possible.
 * Missing without a named official lead; attention when the hours freed per week are not recorded
 * or fewer than {@value #MINIMUM_HOURS_KEY} (default {@value #MINIMUM_HOURS_DEFAULT}).
 */
@Component(service = ChecklistRule.class)
public final class OfficialLead extends BuiltInRule {

    public static final String MINIMUM_HOURS_KEY = "officialLead.minimumHoursFreed";
    public static final int MINIMUM_HOURS_DEFAULT = 16;

    public OfficialLead() {
        super(ChecklistPoint.LEAD, "official-lead");
    }

    @Override
    public List<Finding> evaluate(PlanFacts facts, LocalDate today, RuleSettings settings) {
        int minimum = settings.wholeNumber(MINIMUM_HOURS_KEY, MINIMUM_HOURS_DEFAULT);
        Optional<Lead> lead = facts.localPlan().flatMap(plan -> plan.leads()).flatMap(leads -> leads.official())
                .filter(official -> official.name().isPresent());
        if (lead.isEmpty()) {
            return List.of(finding(Severity.MISSING, facts.planFile(), EntityKind.PLAN_ID, "none")
                    .atField("leads.official"));
        }
        String name = lead.get().name().get();
        Optional<Integer> hours = lead.get().hoursFreedPerWeek();
        if (hours.isEmpty()) {
            return List.of(finding(Severity.ATTENTION, facts.planFile(), EntityKind.PLAN_ID, "hoursUnknown", name)
                    .atField("leads.official.hours_freed_per_week"));
        }
        if (hours.get() < minimum) {
            return List.of(finding(Severity.ATTENTION, facts.planFile(), EntityKind.PLAN_ID, "fewHours", name,
                    hours.get(), minimum).atField("leads.official.hours_freed_per_week"));
        }
        return List.of();
    }
}
