package nl.veerkracht.checklist.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.metatype.annotations.Designate;

import nl.veerkracht.checklist.Checklist;
import nl.veerkracht.checklist.ChecklistRule;
import nl.veerkracht.checklist.LastSyncReader;
import nl.veerkracht.checklist.PlanFacts;
import nl.veerkracht.checklist.RuleSettings;
import nl.veerkracht.checklist.Scorecard;
import nl.veerkracht.store.PlanStore;
import nl.veerkracht.store.RepositoryName;
import nl.veerkracht.store.Workspace;

/**
 * The check as a Declarative Services component: the whiteboard of {@link ChecklistRule} services
 * (dynamic, so a rule bundle installed or removed later changes the next check, without a
 * restart), the thresholds of configuration {@value Checklist#PID} (applied to the next check when
 * they change), the plan store to read the workspace, and, when the region bundle is there, its record
 * of regional syncs ({@link LastSyncReader}).
 */
@Component(service = Checklist.class, configurationPid = Checklist.PID)
@Designate(ocd = ChecklistConfiguration.class)
public final class ChecklistService implements Checklist {

    private final PlanStore planStore;
    private final List<ChecklistRule> rules = new CopyOnWriteArrayList<>();
    private volatile RuleSettings settings;
    private volatile Optional<LastSyncReader> lastSyncs = Optional.empty();

    @Activate
    public ChecklistService(@Reference PlanStore planStore, Map<String, Object> configuration) {
        this.planStore = planStore;
        this.settings = RuleSettings.of(configuration);
    }

    /** A check outside OSGi (tests, tools): these rules, with these settings, and no record of regional syncs. */
    public ChecklistService(PlanStore planStore, List<ChecklistRule> rules, RuleSettings settings) {
        this.planStore = planStore;
        this.rules.addAll(rules);
        this.settings = settings;
    }

    /** A check outside OSGi (tests, tools): these rules, with these settings, and these records of regional syncs. */
    public ChecklistService(PlanStore planStore, List<ChecklistRule> rules, RuleSettings settings,
            LastSyncReader lastSyncs) {
        this(planStore, rules, settings);
        this.lastSyncs = Optional.of(lastSyncs);
    }

    @Modified
    void modified(Map<String, Object> configuration) {
        settings = RuleSettings.of(configuration);
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void addRule(ChecklistRule rule) {
        rules.add(rule);
    }

    void removeRule(ChecklistRule rule) {
        rules.remove(rule);
    }

    /** The region bundle's record of regional syncs, when it is installed; the check still runs without. */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void setLastSyncs(LastSyncReader reader) {
        lastSyncs = Optional.of(reader);
    }

    void unsetLastSyncs(LastSyncReader reader) {
        if (lastSyncs.filter(current -> current == reader).isPresent()) {
            lastSyncs = Optional.empty();
        }
    }

    @Override
    public Scorecard check(Workspace workspace, RepositoryName repository, LocalDate today) {
        List<ChecklistRule> installed = List.copyOf(rules);
        RuleSettings forWorkspace = WorkspaceRuleSettings.of(settings, workspace, installed);
        return Assessment.run(installed, facts(workspace, repository), today, forWorkspace);
    }

    @Override
    public PlanFacts facts(Workspace workspace, RepositoryName repository) {
        return WorkspaceFacts.gather(planStore, lastSyncs, workspace, repository);
    }

    @Override
    public Scorecard assess(PlanFacts facts, LocalDate today) {
        return Assessment.run(List.copyOf(rules), facts, today, settings);
    }

    @Override
    public List<ChecklistRule> rules() {
        return Assessment.enabled(List.copyOf(rules), settings);
    }

    @Override
    public RuleSettings settings() {
        return settings;
    }
}
