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
import nl.veerkracht.checklist.RuleSettings;
import nl.veerkracht.checklist.Severity;
import nl.veerkracht.model.EntityKind;
import nl.veerkracht.model.LocalPlan;
import nl.veerkracht.model.Term;
import nl.veerkracht.model.TermPlan;

/**
 * Point 9: formulate principles and goals per term. Missing when plan.yaml has no {@code terms} at
 * all; attention for every term without goals, and every term without principles.
 */
@Component(service = ChecklistRule.class)
public final class TermGoalsAndPrinciples extends BuiltInRule {

    public TermGoalsAndPrinciples() {
        super(ChecklistPoint.SHORT_AND_LONG_TERM, "term-goals-principles");
    }

    @Override
    public List<Finding> evaluate(PlanFacts facts, LocalDate today, RuleSettings settings) {
        Optional<LocalPlan> plan = facts.localPlan();
        String file = facts.planFile();
        if (plan.isEmpty() || plan.get().terms().isEmpty()) {
            return List.of(finding(Severity.MISSING, file, EntityKind.PLAN_ID, "none").atField("terms"));
        }
        List<Finding> findings = new ArrayList<>();
        for (Term term : Term.values()) {
            Optional<TermPlan> termPlan = plan.get().term(term);
            if (termPlan.map(TermPlan::goals).orElse(List.of()).isEmpty()) {
                findings.add(finding(Severity.ATTENTION, file, EntityKind.PLAN_ID, "noGoals", term)
                        .atField("terms." + term.code() + ".goals"));
            }
            if (termPlan.map(TermPlan::principles).orElse(List.of()).isEmpty()) {
                findings.add(finding(Severity.ATTENTION, file, EntityKind.PLAN_ID, "noPrinciples", term)
                        .atField("terms." + term.code() + ".principles"));
            }
        }
        return findings;
    }
}
