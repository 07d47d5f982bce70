package nl.veerkracht.model;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The plan of a municipality ({@code kind: municipality}) or of a province ({@code kind: province}).
 *
 * @param kind municipality or province
 * @param code CBS code: GM and four digits for a municipality, PV and two digits for a province
 * @param name the municipality's or province's name
 * @param province the province a municipality belongs to
 * @param regions ids of the regions the municipality is a member of (none for a province)
 * @param vision the long-term vision, multi-line text (checklist point 7)
 * @param recoveryLines the recovery lines (herstellijnen) that actions are grouped by
 * @param terms per term its horizon, goals and principles (checklist point 9)
 * @param leads the official and the administrative lead (checklist point 5)
 * @param council how often the council is informed, and when it last was
 * @param departments the departments involved (checklist point 1)
 * @param separateRecoveryOrganisation whether recovery is organised apart from the existing structure
 * @param budget budget lines and the reserve (checklist points 1 and 7)
 */
public record LocalPlan(PlanKind kind, String code, String name, Optional<String> province, List<String> regions,
        Optional<String> vision, List<RecoveryLine> recoveryLines, Map<Term, TermPlan> terms, Optional<Leads> leads,
        Optional<Council> council, List<String> departments, Optional<Boolean> separateRecoveryOrganisation,
        Optional<Budget> budget) implements Plan {

    public LocalPlan {
        Objects.requireNonNull(kind);
        if (kind == PlanKind.REGION) {
            throw new IllegalArgumentException("a regional plan is a RegionalPlan");
        }
        Objects.requireNonNull(code);
        Objects.requireNonNull(name);
        Objects.requireNonNull(province);
        regions = List.copyOf(regions);
        Objects.requireNonNull(vision);
        recoveryLines = List.copyOf(recoveryLines);
        terms = terms.isEmpty() ? Map.of() : Collections.unmodifiableMap(new EnumMap<>(terms));
        Objects.requireNonNull(leads);
        Objects.requireNonNull(council);
        departments = List.copyOf(departments);
        Objects.requireNonNull(separateRecoveryOrganisation);
        Objects.requireNonNull(budget);
    }

    @Override
    public String identifier() {
        return code;
    }

    /** The plan for {@code term}, if the plan says anything about it. */
    public Optional<TermPlan> term(Term term) {
        return Optional.ofNullable(terms.get(term));
    }
}
