package nl.veerkracht.index.internal.tables;

import java.math.BigDecimal;
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
import nl.veerkracht.model.Action;
import nl.veerkracht.model.ActionBudget;
import nl.veerkracht.model.ActionLinks;
import nl.veerkracht.model.Theme;

/** An action ({@code actions/<id>.yaml}) of a municipal, regional or provincial plan. */
@Entity
@Table(name = "vk_action")
public class IndexedAction extends IndexedEntity {

    @Column(name = "title")
    private String title;

    @Column(name = "description")
    private String description;

    @Column(name = "term")
    private String term;

    @Column(name = "recovery_line")
    private String recoveryLine;

    @Column(name = "department")
    private String department;

    @Column(name = "action_lead")
    private String lead;

    @Column(name = "budget_amount")
    private Long budgetAmount;

    @Column(name = "budget_source")
    private String budgetSource;

    @Column(name = "budget_line")
    private String budgetLine;

    @Column(name = "status")
    private String status;

    @Column(name = "progress")
    private Integer progress;

    @Column(name = "start_date")
    private LocalDate start;

    @Column(name = "end_date")
    private LocalDate end;

    /** {@code links.region}: the shared regional action, {@code <region id>/<action id>}. */
    @Column(name = "region_link")
    private String regionLink;

    @Column(name = "lead_municipality")
    private String leadMunicipality;

    /** {@code themes}: their codes, in {@link WordList} form. */
    @Column(name = "themes")
    private String themes;

    /** {@code needs}: their ids, in {@link WordList} form. */
    @Column(name = "needs")
    private String needs;

    /** {@code stakeholders}: their ids, in {@link WordList} form. */
    @Column(name = "stakeholders")
    private String stakeholders;

    /** {@code indicators}: {@code <id>=<target>} or {@code <id>}, in {@link WordList} form. */
    @Column(name = "indicators")
    private String indicators;

    /** {@code links.province}: provincial tasks, each {@code <province code>/<task id>}. */
    @ElementCollection
    @CollectionTable(name = "vk_action_province_link", joinColumns = @JoinColumn(name = "entity_key"))
    @Column(name = "task_link")
    @BatchFetch(BatchFetchType.IN)
    private List<String> provinceLinks = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "vk_action_participant", joinColumns = @JoinColumn(name = "entity_key"))
    @Column(name = "municipality")
    @BatchFetch(BatchFetchType.IN)
    private List<String> participants = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "vk_action_contribution", joinColumns = @JoinColumn(name = "entity_key"))
    @BatchFetch(BatchFetchType.IN)
    private List<IndexedContribution> contributions = new ArrayList<>();

    protected IndexedAction() {
    }

    public IndexedAction(EntitySource source, Action action) {
        super(source, action.id());
        title = action.title();
        description = action.description().orElse(null);
        term = action.term().code();
        recoveryLine = action.recoveryLine().orElse(null);
        themes = WordList.join(action.themes().stream().map(Theme::code).toList());
        department = action.department().orElse(null);
        lead = action.lead().orElse(null);
        needs = WordList.join(action.needs());
        stakeholders = WordList.join(action.stakeholders());
        ActionBudget budget = action.budget().orElse(null);
        if (budget != null) {
            budgetAmount = budget.amount().orElse(null);
            budgetSource = budget.source().map(value -> value.code()).orElse(null);
            budgetLine = budget.line().orElse(null);
        }
        indicators = WordList.join(action.indicators().stream()
                .map(indicator -> indicator.id() + indicator.target().map(target -> "=" + Facts.text(target)).orElse(""))
                .toList());
        status = action.status().code();
        progress = action.progress().orElse(null);
        start = action.start().orElse(null);
        end = action.end().orElse(null);
        ActionLinks links = action.links().orElse(null);
        if (links != null) {
            regionLink = links.region().orElse(null);
            provinceLinks.addAll(links.province());
        }
        leadMunicipality = action.leadMunicipality().orElse(null);
        participants.addAll(action.participants());
        for (Map.Entry<String, Long> contribution : action.contributions().entrySet()) {
            contributions.add(new IndexedContribution(contribution.getKey(), contribution.getValue()));
        }
    }

    /** An indicator of the action as {@code index verify} compares it: {@code id=...; target=...}. */
    private static String indicatorFact(String word) {
        int equals = word.indexOf('=');
        return equals < 0 ? Facts.item("id", word)
                : Facts.item("id", word.substring(0, equals), "target", new BigDecimal(word.substring(equals + 1)));
    }

    @Override
    protected void describe(Facts facts) {
        facts.put("title", title).put("description", description).put("term", term)
                .put("recovery_line", recoveryLine).list("themes", WordList.split(themes)).put("department", department)
                .put("lead", lead).list("needs", WordList.split(needs)).list("stakeholders", WordList.split(stakeholders))
                .put("budget.amount", budgetAmount).put("budget.source", budgetSource).put("budget.line", budgetLine)
                .list("indicators", WordList.split(indicators).stream().map(IndexedAction::indicatorFact).toList())
                .put("status", status).put("progress", progress).put("start", start)
                .put("end", end).put("links.region", regionLink).list("links.province", provinceLinks)
                .put("lead_municipality", leadMunicipality).list("participants", participants)
                .list("contributions", contributions);
    }
}
