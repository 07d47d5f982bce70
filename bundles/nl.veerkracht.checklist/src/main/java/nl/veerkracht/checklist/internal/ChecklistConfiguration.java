package nl.veerkracht.checklist.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

import nl.veerkracht.checklist.Checklist;
import nl.veerkracht.checklist.internal.rules.BudgetReserve;
import nl.veerkracht.checklist.internal.rules.DepartmentsInvolved;
import nl.veerkracht.checklist.internal.rules.NeedsInventory;
import nl.veerkracht.checklist.internal.rules.OfficialLead;
import nl.veerkracht.checklist.internal.rules.RecentConsultation;
import nl.veerkracht.checklist.internal.rules.RegionSynced;
import nl.veerkracht.checklist.internal.rules.RelationsMaintained;
import nl.veerkracht.checklist.internal.rules.ScenarioReviewed;
import nl.veerkracht.checklist.internal.rules.ShortTermExistingBudget;
import nl.veerkracht.checklist.internal.rules.StakeholderSectors;
import nl.veerkracht.checklist.internal.rules.TermHorizons;
import nl.veerkracht.checklist.internal.rules.TransitionThemes;
import nl.veerkracht.checklist.internal.rules.YearlyApproval;

/**
 * The configuration {@value Checklist#PID}: the thresholds of the built-in rules, with their
 * defaults (the key of a method is its name with {@code _} read as {@code .}), and the rules that
 * are not run. Rules of other bundles read their own keys from the same configuration. The check
 * reads every key through {@link nl.veerkracht.checklist.RuleSettings}; this interface documents
 * them (as OSGi metatype) for whoever writes the configuration.
 */
@ObjectClassDefinition(name = "Veerkracht ten-point check",
        description = "Thresholds of the rules of the ten-point check, and rules that are not run.")
public @interface ChecklistConfiguration {

    @AttributeDefinition(description = "Point 1: at least this many departments work on the recovery.")
    int departments_minimum() default DepartmentsInvolved.MINIMUM_DEFAULT;

    @AttributeDefinition(description = "Point 1: actions of this term (short, medium, long) or later may be paid from extra money.")
    String budget_extraMoneyFromTerm() default ShortTermExistingBudget.EXTRA_MONEY_FROM_DEFAULT;

    @AttributeDefinition(description = "Point 2: the newest need is at most this many months old.")
    int needs_maxAgeMonths() default NeedsInventory.MAX_AGE_DEFAULT;

    @AttributeDefinition(description = "Point 3: the stakeholders come from at least this many sectors.")
    int stakeholders_minimumSectors() default StakeholderSectors.MINIMUM_DEFAULT;

    @AttributeDefinition(description = "Point 3: the last consultation of stakeholders is at most this many months old.")
    int consultations_maxAgeMonths() default RecentConsultation.MAX_AGE_DEFAULT;

    @AttributeDefinition(description = "Point 3: the actions serve at least this many of the broad themes.")
    int themes_minimum() default TransitionThemes.MINIMUM_DEFAULT;

    @AttributeDefinition(description = "Point 5: the official lead is freed at least this many hours a week.")
    int officialLead_minimumHoursFreed() default OfficialLead.MINIMUM_HOURS_DEFAULT;

    @AttributeDefinition(description = "Point 6: every stakeholder was consulted at most this many months ago.")
    int relations_maxAgeMonths() default RelationsMaintained.MAX_AGE_DEFAULT;

    @AttributeDefinition(description = "Point 7: the council approved a version at most this many months ago.")
    int approvals_maxAgeMonths() default YearlyApproval.MAX_AGE_DEFAULT;

    @AttributeDefinition(description = "Point 7: the budget reserve is at least this percentage of the budget lines.")
    int reserve_minimumPercent() default BudgetReserve.MINIMUM_PERCENT_DEFAULT;

    @AttributeDefinition(description = "Point 8: every regional plan was synced at most this many days ago.")
    int regions_syncMaxAgeDays() default RegionSynced.MAX_AGE_DEFAULT;

    @AttributeDefinition(description = "Point 9: the short term in weeks, when plan.yaml gives no terms.short.horizon_weeks.")
    int terms_shortHorizonWeeks() default TermHorizons.SHORT_HORIZON_DEFAULT;

    @AttributeDefinition(description = "Point 10: a fallback scenario was reviewed at most this many months ago.")
    int scenarios_reviewMaxAgeMonths() default ScenarioReviewed.MAX_AGE_DEFAULT;

    @AttributeDefinition(description = "Ids of rules that are not run.", required = false)
    String[] rules_disabled() default {};
}
