package nl.veerkracht.checklist.internal.rules;

import java.time.LocalDate;
import java.util.ArrayList;
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
import nl.veerkracht.model.Action;
import nl.veerkracht.model.EntityKind;
import nl.veerkracht.model.Term;

/**
 * Point 9: distinguish short-, medium- and long-term actions: results on the short term, and the
 * flywheel for the longer term. Missing when the plan has no action (that is not stopped);
 * attention for every term without one.
 */
@Component(service = ChecklistRule.class)
public final class TermsUsed extends BuiltInRule {

    public TermsUsed() {
        super(ChecklistPoint.SHORT_AND_LONG_TERM, "terms-used");
    }

    @Override
    public List<Finding> evaluate(PlanFacts facts, LocalDate today, RuleSettings settings) {
        List<Action> actions = liveActions(facts);
        String folder = facts.folder(EntityKind.ACTION);
        if (actions.isEmpty()) {
            return List.of(about(Severity.MISSING, folder, "none"));
        }
        Set<Term> used = EnumSet.noneOf(Term.class);
        actions.forEach(action -> used.add(action.term()));
        List<Finding> findings = new ArrayList<>();
        for (Term term : Term.values()) {
            if (!used.contains(term)) {
                findings.add(about(Severity.ATTENTION, folder, "unused", term));
            }
        }
        return findings;
    }
}
