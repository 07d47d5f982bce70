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
import nl.veerkracht.model.Theme;

/**
 * Point 3: the network helps to embed the broader tasks of society (circularity, the energy
 * transition, innovation, digitalisation) in regular work. Attention when the actions (not
 * stopped) serve fewer than {@value #MINIMUM_KEY} of those themes (default {@value #MINIMUM_DEFAULT}).
 */
@Component(service = ChecklistRule.class)
public final class TransitionThemes extends BuiltInRule {

    public static final String MINIMUM_KEY = "themes.minimum";
    public static final int MINIMUM_DEFAULT = 2;

    public TransitionThemes() {
        super(ChecklistPoint.NETWORK, "transition-themes");
    }

    @Override
    public List<Finding> evaluate(PlanFacts facts, LocalDate today, RuleSettings settings) {
        int minimum = settings.wholeNumber(MINIMUM_KEY, MINIMUM_DEFAULT);
        Set<Theme> themes = EnumSet.noneOf(Theme.class);
        liveActions(facts).forEach(action -> themes.addAll(action.themes()));
        if (themes.size() >= minimum) {
            return List.of();
        }
        String folder = facts.folder(EntityKind.ACTION);
        return List.of(themes.isEmpty() ? about(Severity.ATTENTION, folder, "none", List.of(Theme.values()))
                : about(Severity.ATTENTION, folder, "few", List.copyOf(themes), minimum));
    }
}
