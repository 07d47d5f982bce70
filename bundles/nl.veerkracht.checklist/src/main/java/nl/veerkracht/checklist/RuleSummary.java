package nl.veerkracht.checklist;

import java.util.Objects;

/**
 * A rule that judged a point, as the scorecard names it: its id and what it checks.
 *
 * @param id the rule's id
 * @param description what the rule checks, in one sentence
 */
public record RuleSummary(String id, FindingText description) {

    public RuleSummary {
        Objects.requireNonNull(id);
        Objects.requireNonNull(description);
    }

    /** The summary of {@code rule}. */
    public static RuleSummary of(ChecklistRule rule) {
        return new RuleSummary(rule.id(), rule.description());
    }
}
