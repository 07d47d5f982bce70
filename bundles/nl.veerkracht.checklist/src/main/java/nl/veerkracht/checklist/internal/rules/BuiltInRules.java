package nl.veerkracht.checklist.internal.rules;

import java.util.List;

import nl.veerkracht.checklist.ChecklistRule;

/**
 * Every built-in rule, for a check outside OSGi (the tests, a tool). In the framework each is a
 * component of its own; a test holds this list and the components to the same set.
 */
public final class BuiltInRules {

    private BuiltInRules() {
    }

    /** A new instance of every built-in rule, by point. */
    public static List<ChecklistRule> all() {
        return List.of(
                new DepartmentsInvolved(), new NoSeparateOrganisation(), new ExistingBudget(), new ShortTermExistingBudget(),
                new NeedsInventory(), new ShortTermActionsServeNeeds(), new UnservedNeeds(),
                new StakeholderSectors(), new RecentConsultation(), new TransitionThemes(),
                new IndicatorsPresent(), new ExternalData(), new OutputTargets(), new RecentObservations(),
                new OffTrackIndicators(),
                new OfficialLead(), new AdministrativeLead(), new CouncilInformed(),
                new LessonsRecorded(), new LessonsLinked(), new LessonSources(), new RelationsMaintained(),
                new LongTermVision(), new YearlyApproval(), new BudgetReserve(),
                new RegionMembership(), new SharedActions(), new RegionSynced(), new RegionalLinks(), new ProvinceLinks(),
                new TermsUsed(), new TermGoalsAndPrinciples(), new TermHorizons(), new RecoveryLines(),
                new FallbackScenario(), new RunbookOwned(), new ScenarioReviewed(), new CrisisRoles(),
                new ScenarioInEffect());
    }
}
