package nl.veerkracht.index.internal.tables;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.persistence.annotations.BatchFetch;
import org.eclipse.persistence.annotations.BatchFetchType;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import nl.veerkracht.model.Budget;
import nl.veerkracht.model.Lead;
import nl.veerkracht.model.LocalPlan;
import nl.veerkracht.model.Plan;
import nl.veerkracht.model.RegionalPlan;
import nl.veerkracht.model.Term;
import nl.veerkracht.model.TermPlan;

/** plan.yaml of a repository: a municipality's, a province's or a region's plan. */
@Entity
@Table(name = "vk_plan")
public class IndexedPlan extends IndexedEntity {

    @Column(name = "plan_kind")
    private String planKind;

    /** GM0758, PV30, or the region's id. */
    @Column(name = "code")
    private String code;

    @Column(name = "name")
    private String name;

    @Column(name = "province")
    private String province;

    @Column(name = "coordinator")
    private String coordinator;

    @Column(name = "require_signed")
    private Boolean requireSigned;

    @Column(name = "vision")
    private String vision;

    @Column(name = "separate_organisation")
    private Boolean separateOrganisation;

    @Column(name = "budget_reserve")
    private Long budgetReserve;

    @Column(name = "official_lead")
    private String officialLead;

    @Column(name = "official_role")
    private String officialRole;

    @Column(name = "official_hours_per_week")
    private Integer officialHoursPerWeek;

    @Column(name = "administrative_lead")
    private String administrativeLead;

    @Column(name = "administrative_role")
    private String administrativeRole;

    @Column(name = "council_interval_weeks")
    private Integer councilIntervalWeeks;

    @Column(name = "council_last_informed")
    private LocalDate councilLastInformed;

    @ElementCollection
    @CollectionTable(name = "vk_plan_region", joinColumns = @JoinColumn(name = "entity_key"))
    @Column(name = "region_id")
    @BatchFetch(BatchFetchType.IN)
    private List<String> regions = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "vk_plan_department", joinColumns = @JoinColumn(name = "entity_key"))
    @Column(name = "department")
    @BatchFetch(BatchFetchType.IN)
    private List<String> departments = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "vk_plan_recovery_line", joinColumns = @JoinColumn(name = "entity_key"))
    @BatchFetch(BatchFetchType.IN)
    private List<IndexedRecoveryLine> recoveryLines = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "vk_plan_term", joinColumns = @JoinColumn(name = "entity_key"))
    @BatchFetch(BatchFetchType.IN)
    private List<IndexedTermPlan> terms = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "vk_plan_budget_line", joinColumns = @JoinColumn(name = "entity_key"))
    @BatchFetch(BatchFetchType.IN)
    private List<IndexedBudgetLine> budgetLines = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "vk_plan_member", joinColumns = @JoinColumn(name = "entity_key"))
    @BatchFetch(BatchFetchType.IN)
    private List<IndexedMember> members = new ArrayList<>();

    protected IndexedPlan() {
    }

    public IndexedPlan(EntitySource source, Plan plan) {
        super(source, "plan");
        this.planKind = plan.kind().code();
        this.code = plan.identifier();
        this.name = plan.name();
        this.province = plan.province().orElse(null);
        if (plan instanceof RegionalPlan region) {
            coordinator = region.coordinator().orElse(null);
            requireSigned = region.requireSigned().orElse(null);
            region.members().forEach(member -> members.add(new IndexedMember(member.code(), member.name(),
                    member.url().orElse(null), member.planUrl().orElse(null), member.key().orElse(null))));
        } else if (plan instanceof LocalPlan local) {
            regions.addAll(local.regions());
            vision = local.vision().orElse(null);
            local.recoveryLines().forEach(line -> recoveryLines.add(new IndexedRecoveryLine(line.id(),
                    line.title().orElse(null))));
            for (Map.Entry<Term, TermPlan> term : local.terms().entrySet()) {
                TermPlan value = term.getValue();
                terms.add(new IndexedTermPlan(term.getKey().code(), value.horizonWeeks().orElse(null),
                        value.until().orElse(null), lines(value.goals()), lines(value.principles())));
            }
            local.leads().ifPresent(leads -> {
                Lead official = leads.official().orElse(null);
                if (official != null) {
                    officialLead = official.name().orElse(null);
                    officialRole = official.role().orElse(null);
                    officialHoursPerWeek = official.hoursFreedPerWeek().orElse(null);
                }
                Lead administrative = leads.administrative().orElse(null);
                if (administrative != null) {
                    administrativeLead = administrative.name().orElse(null);
                    administrativeRole = administrative.role().orElse(null);
                }
            });
            local.council().ifPresent(council -> {
                councilIntervalWeeks = council.informationIntervalWeeks().orElse(null);
                councilLastInformed = council.lastInformed().orElse(null);
            });
            departments.addAll(local.departments());
            separateOrganisation = local.separateRecoveryOrganisation().orElse(null);
            Budget budget = local.budget().orElse(null);
            if (budget != null) {
                budgetReserve = budget.reserve().orElse(null);
                budget.lines().forEach(line -> budgetLines.add(new IndexedBudgetLine(line.id(), line.title().orElse(null),
                        line.source().map(value -> value.code()).orElse(null), line.amount().orElse(null))));
            }
        }
    }

    private static String lines(List<String> items) {
        return items.isEmpty() ? null : String.join("\n", items);
    }

    public String planKind() {
        return planKind;
    }

    public String code() {
        return code;
    }

    public String name() {
        return name;
    }

    @Override
    protected void describe(Facts facts) {
        facts.put("kind", planKind).put("code", code).put("name", name).put("province", province)
                .put("coordinator", coordinator).put("require_signed", requireSigned).put("vision", vision)
                .put("separate_recovery_organisation", separateOrganisation).put("budget.reserve", budgetReserve)
                .put("leads.official.name", officialLead).put("leads.official.role", officialRole)
                .put("leads.official.hours_freed_per_week", officialHoursPerWeek)
                .put("leads.administrative.name", administrativeLead)
                .put("leads.administrative.role", administrativeRole)
                .put("council.information_interval_weeks", councilIntervalWeeks)
                .put("council.last_informed", councilLastInformed)
                .list("regions", regions).list("departments", departments).list("recovery_lines", recoveryLines)
                .list("terms", terms).list("budget.lines", budgetLines).list("members", members);
    }
}
