package nl.veerkracht.checklist.internal.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
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
import nl.veerkracht.model.Need;

/**
 * Point 2: an inventory of the needs of entrepreneurs and other organisations makes good choices
 * possible. Missing without any need; attention when the newest need is older than
 * {@value #MAX_AGE_KEY} months (default {@value #MAX_AGE_DEFAULT}), and for a need without a date.
 */
@Component(service = ChecklistRule.class)
public final class NeedsInventory extends BuiltInRule {

    public static final String MAX_AGE_KEY = "needs.maxAgeMonths";
    public static final int MAX_AGE_DEFAULT = 12;

    public NeedsInventory() {
        super(ChecklistPoint.ENTREPRENEURS_NEEDS, "needs-inventory");
    }

    @Override
    public List<Finding> evaluate(PlanFacts facts, LocalDate today, RuleSettings settings) {
        int maxAge = settings.wholeNumber(MAX_AGE_KEY, MAX_AGE_DEFAULT);
        List<Need> needs = List.copyOf(facts.contents().needs().values());
        if (needs.isEmpty()) {
            return List.of(about(Severity.MISSING, facts.folder(EntityKind.NEED), "none"));
        }
        List<Finding> findings = new ArrayList<>();
        Optional<LocalDate> newest = needs.stream().flatMap(need -> need.date().stream()).max(Comparator.naturalOrder());
        if (newest.isPresent() && olderThanMonths(newest.get(), today, maxAge)) {
            findings.add(about(Severity.ATTENTION, facts.folder(EntityKind.NEED), "old", newest.get(), maxAge));
        }
        for (Need need : needs) {
            if (need.date().isEmpty()) {
                findings.add(finding(Severity.ATTENTION, facts.file(EntityKind.NEED, need.id()), need.id(), "undated",
                        need.title()).atField("date"));
            }
        }
        return findings;
    }
}
