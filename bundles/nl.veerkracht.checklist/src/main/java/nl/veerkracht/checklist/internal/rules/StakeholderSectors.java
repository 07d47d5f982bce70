package nl.veerkracht.checklist.internal.rules;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.osgi.service.component.annotations.Component;

import nl.veerkracht.checklist.ChecklistPoint;
import nl.veerkracht.checklist.ChecklistRule;
import nl.veerkracht.checklist.Finding;
import nl.veerkracht.checklist.PlanFacts;
import nl.veerkracht.checklist.RuleSettings;
import nl.veerkracht.checklist.Severity;
import nl.veerkracht.model.EntityKind;
import nl.veerkracht.model.Stakeholder;
import nl.veerkracht.model.StakeholderSector;

/**
 * Point 3: bring the stakeholders of the local economy and society together, across sectors.
 * Missing without any stakeholder; attention when they come from fewer than
 * {@value #MINIMUM_KEY} sectors (default {@value #MINIMUM_DEFAULT}).
 */
@Component(service = ChecklistRule.class)
public final class StakeholderSectors extends BuiltInRule {

    public static final String MINIMUM_KEY = "stakeholders.minimumSectors";
    public static final int MINIMUM_DEFAULT = 3;

    public StakeholderSectors() {
        super(ChecklistPoint.NETWORK, "stakeholder-sectors");
    }

    @Override
    public List<Finding> evaluate(PlanFacts facts, LocalDate today, RuleSettings settings) {
        int minimum = settings.wholeNumber(MINIMUM_KEY, MINIMUM_DEFAULT);
        if (facts.contents().stakeholders().isEmpty()) {
            return List.of(about(Severity.MISSING, facts.folder(EntityKind.STAKEHOLDER), "none"));
        }
        Set<StakeholderSector> sectors = EnumSet.noneOf(StakeholderSector.class);
        facts.contents().stakeholders().values().stream().map(Stakeholder::sector).forEach(sectors::add);
        if (sectors.size() < minimum) {
            return List.of(about(Severity.ATTENTION, facts.folder(EntityKind.STAKEHOLDER), "few", sectors.size(),
                    List.copyOf(sectors), minimum));
        }
        return List.of();
    }
}
