package nl.veerkracht.checklist;

import java.util.Comparator;
import java.util.Objects;
import java.util.Optional;

/**
 * What a rule found: on which point, by which rule, how bad, where (the file and the entity, and
 * the field when one field is at fault), what is wrong and what to do about it.
 *
 * <p>Files are named from the workspace root, as the user finds them:
 * {@code plan/actions/terrassen-verruimen.yaml}, {@code region/west-brabant/plan.yaml},
 * {@code .veerkracht/repositories/region/west-brabant/last-sync}. {@link PlanFacts#file} and
 * {@link RegionFacts#file} give these paths.
 *
 * @param point the checklist point the finding counts for
 * @param rule the id of the rule that found it
 * @param severity whether it makes the point missing or needs attention
 * @param file the file to open, from the workspace root; empty when no file is at fault
 * @param entity the entity's id ({@code plan} for plan.yaml); empty when no entity is at fault
 * @param field the field of the entity, as written in the file ({@code leads.official},
 *        {@code runbook.loket-opschalen.who}); empty when the whole entity or file is meant
 * @param problem what is wrong, in one sentence
 * @param remedy what to do about it, in one sentence
 */
public record Finding(ChecklistPoint point, String rule, Severity severity, Optional<String> file,
        Optional<String> entity, Optional<String> field, FindingText problem, FindingText remedy) {

    /** Findings in the order they are shown: missing before attention, then by file, entity, field and rule. */
    public static final Comparator<Finding> ORDER = Comparator.comparing(Finding::severity, Comparator.reverseOrder())
            .thenComparing(finding -> finding.file().orElse(""))
            .thenComparing(finding -> finding.entity().orElse(""))
            .thenComparing(finding -> finding.field().orElse(""))
            .thenComparing(Finding::rule);

    public Finding {
        Objects.requireNonNull(point);
        Objects.requireNonNull(rule);
        Objects.requireNonNull(severity);
        Objects.requireNonNull(file);
        Objects.requireNonNull(entity);
        Objects.requireNonNull(field);
        Objects.requireNonNull(problem);
        Objects.requireNonNull(remedy);
    }

    /** A finding about an entity in a file (the whole entity; add a field with {@link #atField}). */
    public static Finding of(ChecklistPoint point, String rule, Severity severity, String file, String entity,
            FindingText problem, FindingText remedy) {
        return new Finding(point, rule, severity, Optional.of(file), Optional.of(entity), Optional.empty(), problem,
                remedy);
    }

    /** The same finding, about one field of its entity. */
    public Finding atField(String name) {
        return new Finding(point, rule, severity, file, entity, Optional.of(name), problem, remedy);
    }
}
