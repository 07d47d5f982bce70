package nl.veerkracht.checklist;

import java.time.LocalDate;
import java.util.List;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * One rule of the ten-point check, registered as an OSGi service: the {@link Checklist} runs every
 * {@code ChecklistRule} service there is (a whiteboard), so a bundle that registers one adds it to
 * the next check, without a restart, and uninstalling it takes it away.
 *
 * <p>A rule is a pure function: it judges {@link PlanFacts} as of {@code today} with the thresholds
 * of {@link RuleSettings}, and never reads the disk, Git or the clock. It is called from any thread,
 * possibly at once from several. It reports what it finds as {@link Finding}s of its own
 * {@link #point()}; a rule that finds nothing returns an empty list. A rule that throws is reported
 * as a finding that needs attention, and the others still run.
 */
@ConsumerType
public interface ChecklistRule {

    /** The checklist point the rule belongs to. */
    ChecklistPoint point();

    /**
     * The rule's id: lowercase words with hyphens, unique among rules ({@code short-term-existing-budget};
     * a rule of another bundle is best prefixed with its maker: {@code breda.action-lead}). Findings
     * name it, and {@code rules.disabled} in the configuration turns the rule off by it.
     */
    String id();

    /** What the rule checks, in one sentence, for the list of rules that judged a point. */
    FindingText description();

    /**
     * Judges the plan.
     *
     * @param facts what the workspace knows of the plan
     * @param today the date the check is made on
     * @param settings the configured thresholds
     * @return what is wrong, with what to do about it; empty when the rule is satisfied
     * @throws InvalidSettingException when a threshold the rule reads is configured wrongly
     */
    List<Finding> evaluate(PlanFacts facts, LocalDate today, RuleSettings settings);
}
