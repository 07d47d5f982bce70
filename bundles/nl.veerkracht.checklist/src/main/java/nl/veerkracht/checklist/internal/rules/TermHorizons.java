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
import nl.veerkracht.model.EntityKind;
import nl.veerkracht.model.LocalPlan;
import nl.veerkracht.model.Term;
import nl.veerkracht.model.TermPlan;

/**
 * Point 9: "our short term looks four weeks ahead: what is needed now?" A short-term action that is
 * not done or stopped ends within the short horizon, counted from today
 * ({@code terms.short.horizon_weeks}, or {@value #SHORT_HORIZON_KEY} weeks when the plan gives none,
 * default {@value #SHORT_HORIZON_DEFAULT}); a medium-term one ends by {@code terms.medium.until}.
 * Attention for one without an end date, and for one that ends later.
 */
@Component(service = ChecklistRule.class)
public final class TermHorizons extends BuiltInRule {

    public static final String SHORT_HORIZON_KEY = "terms.shortHorizonWeeks";
    public static final int SHORT_HORIZON_DEFAULT = 12;

    public TermHorizons() {
        super(ChecklistPoint.SHORT_AND_LONG_TERM, "term-horizons");
    }

    @Override
    public List<Finding> evaluate(PlanFacts facts, LocalDate today, RuleSettings settings) {
        int defaultHorizon = settings.wholeNumber(SHORT_HORIZON_KEY, SHORT_HORIZON_DEFAULT);
        Optional<LocalPlan> plan = facts.localPlan();
        int horizonWeeks = plan.flatMap(p -> p.term(Term.SHORT)).flatMap(TermPlan::horizonWeeks).orElse(defaultHorizon);
        LocalDate shortEnd = today.plusWeeks(horizonWeeks);
        Optional<LocalDate> mediumUntil = plan.flatMap(p -> p.term(Term.MEDIUM)).flatMap(TermPlan::until);
        List<Finding> findings = new ArrayList<>();
        for (Action action : openActions(facts)) {
            String file = facts.file(EntityKind.ACTION, action.id());
            if (action.term() == Term.SHORT) {
                if (action.end().isEmpty()) {
                    findings.add(finding(Severity.ATTENTION, file, action.id(), "shortNoEnd", action.title(), horizonWeeks)
                            .atField("end"));
                } else if (action.end().get().isAfter(shortEnd)) {
                    findings.add(finding(Severity.ATTENTION, file, action.id(), "shortTooLong", action.title(),
                            action.end().get(), horizonWeeks, shortEnd).atField("end"));
                }
            } else if (action.term() == Term.MEDIUM && mediumUntil.isPresent() && action.end().isPresent()
                    && action.end().get().isAfter(mediumUntil.get())) {
                findings.add(finding(Severity.ATTENTION, file, action.id(), "mediumTooLong", action.title(),
                        action.end().get(), mediumUntil.get()).atField("end"));
            }
        }
        return findings;
    }
}
