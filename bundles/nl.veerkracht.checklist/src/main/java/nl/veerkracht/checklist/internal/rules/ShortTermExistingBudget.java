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
import nl.veerkracht.model.Action;
import nl.veerkracht.model.ActionBudget;
import nl.veerkracht.model.BudgetLine;
import nl.veerkracht.model.BudgetSource;
import nl.veerkracht.model.EntityKind;
import nl.veerkracht.model.Term;
import nl.veerkracht.model.Vocabulary;

/**
 * Point 1: for the short term especially, fund recovery from existing budgets, to keep up the
 * pace; make extra money available only for the longer term. Attention for an action before the
 * term {@value #EXTRA_MONEY_FROM_KEY} (default {@value #EXTRA_MONEY_FROM_DEFAULT}) paid from extra
 * money, and for an action with money whose source is not known (neither {@code budget.source} nor
 * the source of its {@code budget.line}).
 */
@Component(service = ChecklistRule.class)
public final class ShortTermExistingBudget extends BuiltInRule {

    public static final String EXTRA_MONEY_FROM_KEY = "budget.extraMoneyFromTerm";
    public static final String EXTRA_MONEY_FROM_DEFAULT = "long";

    public ShortTermExistingBudget() {
        super(ChecklistPoint.EXISTING_STRUCTURE, "short-term-existing-budget");
    }

    @Override
    public List<Finding> evaluate(PlanFacts facts, LocalDate today, RuleSettings settings) {
        Term extraFrom = Vocabulary.fromCode(Term.class, settings.choice(EXTRA_MONEY_FROM_KEY, EXTRA_MONEY_FROM_DEFAULT,
                Vocabulary.codes(Term.class))).orElseThrow();
        List<BudgetLine> lines = facts.localPlan().flatMap(plan -> plan.budget()).map(budget -> budget.lines())
                .orElse(List.of());
        List<Finding> findings = new ArrayList<>();
        for (Action action : liveActions(facts)) {
            if (action.budget().isEmpty()) {
                continue;
            }
            ActionBudget budget = action.budget().get();
            Optional<BudgetLine> line = budget.line()
                    .flatMap(id -> lines.stream().filter(candidate -> candidate.id().equals(id)).findFirst());
            Optional<BudgetSource> source = budget.source().or(() -> line.flatMap(BudgetLine::source));
            String file = facts.file(EntityKind.ACTION, action.id());
            if (source.isEmpty()) {
                if (budget.amount().orElse(0L) > 0) {
                    findings.add(finding(Severity.ATTENTION, file, action.id(), "unknownSource", action.title())
                            .atField("budget.source"));
                }
            } else if (source.get() == BudgetSource.EXTRA && action.term().compareTo(extraFrom) < 0) {
                findings.add(finding(Severity.ATTENTION, file, action.id(), "extra", action.title(), action.term())
                        .atField(budget.source().isPresent() ? "budget.source" : "budget.line"));
            }
        }
        return findings;
    }
}
