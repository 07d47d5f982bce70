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
import nl.veerkracht.model.Action;
import nl.veerkracht.model.EntityKind;
import nl.veerkracht.model.LocalPlan;
import nl.veerkracht.model.PlanContents;

/**
 * Point 8: a link to a shared regional action ({@code links.region: <region>/<action>}) must lead
 * somewhere. Attention when the plan does not name that region, when the regional plan in the
 * workspace has no such action, or when the action does not list the municipality as participant or
 * lead.
 */
@Component(service = ChecklistRule.class)
public final class RegionalLinks extends BuiltInRule {

    public RegionalLinks() {
        super(ChecklistPoint.REGIONAL_COOPERATION, "regional-links");
    }

    @Override
    public List<Finding> evaluate(PlanFacts facts, LocalDate today, RuleSettings settings) {
        List<String> regions = facts.localPlan().map(LocalPlan::regions).orElse(List.of());
        Optional<String> code = facts.localPlan().map(LocalPlan::code);
        List<Finding> findings = new ArrayList<>();
        for (Action action : liveActions(facts)) {
            Optional<String> link = action.links().flatMap(links -> links.region());
            if (link.isEmpty() || link.get().indexOf('/') < 0) {
                continue;
            }
            String regionId = link.get().substring(0, link.get().indexOf('/'));
            String regionalId = link.get().substring(link.get().indexOf('/') + 1);
            String file = facts.file(EntityKind.ACTION, action.id());
            if (!regions.contains(regionId)) {
                findings.add(finding(Severity.ATTENTION, file, action.id(), "otherRegion", action.title(), regionId)
                        .atField("links.region"));
                continue;
            }
            Optional<PlanContents> regional = facts.region(regionId).flatMap(RegionFacts::contents);
            if (regional.isEmpty()) {
                continue;
            }
            Action shared = regional.get().actions().get(regionalId);
            if (shared == null) {
                findings.add(finding(Severity.ATTENTION, file, action.id(), "unknown", action.title(), link.get())
                        .atField("links.region"));
            } else if (code.isPresent() && !shared.participants().contains(code.get())
                    && shared.leadMunicipality().filter(code.get()::equals).isEmpty()) {
                findings.add(finding(Severity.ATTENTION, file, action.id(), "notParticipant", action.title(), link.get(),
                        code.get()).atField("links.region"));
            }
        }
        return findings;
    }
}
