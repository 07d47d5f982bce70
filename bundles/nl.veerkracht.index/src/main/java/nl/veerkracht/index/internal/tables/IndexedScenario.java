package nl.veerkracht.index.internal.tables;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.persistence.annotations.BatchFetch;
import org.eclipse.persistence.annotations.BatchFetchType;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import nl.veerkracht.model.Scenario;

/** A scenario ({@code scenarios/<id>.yaml}) with its triggers, crisis roles and runbook. */
@Entity
@Table(name = "vk_scenario")
public class IndexedScenario extends IndexedEntity {

    @Column(name = "title")
    private String title;

    @Column(name = "scenario_kind")
    private String kind;

    @Column(name = "reviewed")
    private LocalDate reviewed;

    @ElementCollection
    @CollectionTable(name = "vk_scenario_trigger", joinColumns = @JoinColumn(name = "entity_key"))
    @Column(name = "trigger_text")
    @BatchFetch(BatchFetchType.IN)
    private List<String> triggers = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "vk_scenario_role", joinColumns = @JoinColumn(name = "entity_key"))
    @BatchFetch(BatchFetchType.IN)
    private List<IndexedCrisisRole> roles = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "vk_runbook_step", joinColumns = @JoinColumn(name = "entity_key"))
    @BatchFetch(BatchFetchType.IN)
    private List<IndexedRunbookStep> runbook = new ArrayList<>();

    protected IndexedScenario() {
    }

    public IndexedScenario(EntitySource source, Scenario scenario) {
        super(source, scenario.id());
        title = scenario.title();
        kind = scenario.kind().code();
        reviewed = scenario.reviewed().orElse(null);
        triggers.addAll(scenario.triggers());
        scenario.roles().forEach(role -> roles.add(new IndexedCrisisRole(role.role(), role.who().orElse(null))));
        scenario.runbook().forEach(step -> runbook.add(new IndexedRunbookStep(step.id(), step.what().orElse(null),
                step.who().orElse(null), step.withinDays().orElse(null))));
    }

    @Override
    protected void describe(Facts facts) {
        facts.put("title", title).put("kind", kind).put("reviewed", reviewed).list("triggers", triggers)
                .list("roles", roles).list("runbook", runbook);
    }
}
