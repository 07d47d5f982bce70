package nl.veerkracht.checklist.internal.rules;

import java.time.LocalDate;
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

/**
 * Point 3: make the choices, trade-offs and priorities together with the network. Attention when
 * the plan has stakeholders but no dated consultation, or when the last consultation of any of them
 * is older than {@value #MAX_AGE_KEY} months (default {@value #MAX_AGE_DEFAULT}).
 */
@Component(service = ChecklistRule.class)
public final class RecentConsultation extends BuiltInRule {

    public static final String MAX_AGE_KEY = "consultations.maxAgeMonths";
    public static final int MAX_AGE_DEFAULT = 6;

    public RecentConsultation() {
        super(ChecklistPoint.NETWORK, "recent-consultation");
    }

    @Override
    public List<Finding> evaluate(PlanFacts facts, LocalDate today, RuleSettings settings) {
        int maxAge = settings.wholeNumber(MAX_AGE_KEY, MAX_AGE_DEFAULT);
        if (facts.contents().stakeholders().isEmpty()) {
            return List.of();
        }
        Optional<LocalDate> last = facts.contents().stakeholders().values().stream()
                .flatMap(stakeholder -> stakeholder.consultations().stream())
                .flatMap(consultation -> consultation.date().stream())
                .max(Comparator.naturalOrder());
        String folder = facts.folder(EntityKind.STAKEHOLDER);
        if (last.isEmpty()) {
            return List.of(about(Severity.ATTENTION, folder, "none"));
        }
        if (olderThanMonths(last.get(), today, maxAge)) {
            return List.of(about(Severity.ATTENTION, folder, "old", last.get(), maxAge));
        }
        return List.of();
    }
}
