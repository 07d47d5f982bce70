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
import nl.veerkracht.model.Stakeholder;

/**
 * Point 6: the contact with entrepreneurs and partners was intensified in the crisis; keep that
 * level and maintain the relations. Attention for every stakeholder with no recorded consultation,
 * or none in the last {@value #MAX_AGE_KEY} months (default {@value #MAX_AGE_DEFAULT}).
 */
@Component(service = ChecklistRule.class)
public final class RelationsMaintained extends BuiltInRule {

    public static final String MAX_AGE_KEY = "relations.maxAgeMonths";
    public static final int MAX_AGE_DEFAULT = 12;

    public RelationsMaintained() {
        super(ChecklistPoint.LESSONS, "relations-maintained");
    }

    @Override
    public List<Finding> evaluate(PlanFacts facts, LocalDate today, RuleSettings settings) {
        int maxAge = settings.wholeNumber(MAX_AGE_KEY, MAX_AGE_DEFAULT);
        List<Finding> findings = new ArrayList<>();
        for (Stakeholder stakeholder : facts.contents().stakeholders().values()) {
            Optional<LocalDate> last = stakeholder.consultations().stream()
                    .flatMap(consultation -> consultation.date().stream())
                    .max(Comparator.naturalOrder());
            String file = facts.file(EntityKind.STAKEHOLDER, stakeholder.id());
            if (last.isEmpty()) {
                findings.add(finding(Severity.ATTENTION, file, stakeholder.id(), "never", stakeholder.organisation())
                        .atField("consultations"));
            } else if (olderThanMonths(last.get(), today, maxAge)) {
                findings.add(finding(Severity.ATTENTION, file, stakeholder.id(), "lapsed", stakeholder.organisation(),
                        last.get(), maxAge).atField("consultations"));
            }
        }
        return findings;
    }
}
