package nl.veerkracht.checklist.internal.rules;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import org.osgi.service.component.annotations.Component;

import nl.veerkracht.checklist.ChecklistPoint;
import nl.veerkracht.checklist.ChecklistRule;
import nl.veerkracht.checklist.Finding;
import nl.veerkracht.checklist.LastSync;
import nl.veerkracht.checklist.PlanFacts;
import nl.veerkracht.checklist.RegionFacts;
import nl.veerkracht.checklist.RuleSettings;
import nl.veerkracht.checklist.Severity;

/**
 * Point 8: good coordination in the region needs the neighbours' changes. For every region the plan
 * names, attention when the workspace has no clone of its regional plan, when no successful sync is
 * recorded (or the record cannot be read, or lies in the future), or when the last one is more than
 * {@value #MAX_AGE_KEY} days old (default {@value #MAX_AGE_DEFAULT}).
 */
@Component(service = ChecklistRule.class)
public final class RegionSynced extends BuiltInRule {

    public static final String MAX_AGE_KEY = "regions.syncMaxAgeDays";
    public static final int MAX_AGE_DEFAULT = 14;

    public RegionSynced() {
        super(ChecklistPoint.REGIONAL_COOPERATION, "region-synced");
    }

    @Override
    public List<Finding> evaluate(PlanFacts facts, LocalDate today, RuleSettings settings) {
        int maxAge = settings.wholeNumber(MAX_AGE_KEY, MAX_AGE_DEFAULT);
        List<Finding> findings = new ArrayList<>();
        for (RegionFacts region : facts.regions()) {
            if (!region.listedInPlan()) {
                continue;
            }
            LastSync sync = region.lastSync();
            if (region.contents().isEmpty()) {
                findings.add(finding(Severity.ATTENTION, region.folder(), region.id(), "noClone", region.id()));
            } else if (sync.problem().isPresent()) {
                findings.add(finding(Severity.ATTENTION, sync.file(), region.id(), "unreadable", region.id(),
                        sync.problem().get()));
            } else if (sync.at().isEmpty()) {
                findings.add(finding(Severity.ATTENTION, sync.file(), region.id(), "never", region.id()));
            } else {
                LocalDate synced = sync.at().get().toLocalDate();
                long days = ChronoUnit.DAYS.between(synced, today);
                if (days < 0) {
                    // a record from the future says nothing about how recent the sync is (a wrong clock, an edit)
                    findings.add(finding(Severity.ATTENTION, sync.file(), region.id(), "future", region.id(), synced));
                } else if (days > maxAge) {
                    findings.add(finding(Severity.ATTENTION, sync.file(), region.id(), "old", region.id(), synced, days,
                            maxAge));
                }
            }
        }
        return findings;
    }
}
