package nl.veerkracht.ui.internal;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import nl.veerkracht.charts.ChartData;
import nl.veerkracht.charts.PlanCharts;
import nl.veerkracht.index.ActionHit;
import nl.veerkracht.index.ActionQuery;
import nl.veerkracht.index.BudgetGrouping;
import nl.veerkracht.index.BudgetTotal;
import nl.veerkracht.index.WorkspaceIndex;
import nl.veerkracht.model.LocalPlan;
import nl.veerkracht.model.PlanContents;
import nl.veerkracht.model.RegionalPlan;
import nl.veerkracht.model.validation.Language;
import nl.veerkracht.province.ProvinceOverview;
import nl.veerkracht.province.ProvinceReport;
import nl.veerkracht.province.ProvinceService;
import nl.veerkracht.report.CouncilReport;
import nl.veerkracht.report.ReportRequest;
import nl.veerkracht.report.WrittenReport;
import nl.veerkracht.store.RepositoryName;

/**
 * What the client shows beside the plan's own files, each from the service the command line asks: the
 * province's programme ({@code ProvinceService}), the questions across the workspace (the index, as
 * {@code query actions} and {@code query budget}), the numbers as charts (the report's chart definitions) and the
 * council report ({@code CouncilReport}, as {@code veerkracht report}). Safe to call from a background thread.
 */
public final class Overviews {

    private final WorkspaceSession session;
    private final ProvinceService provinces;
    private final WorkspaceIndex index;
    private final CouncilReport reports;
    private final Supplier<LocalDate> today;

    /**
     * @param today the day deadlines are judged on and the report is dated: today, or the day a test tells
     */
    public Overviews(WorkspaceSession session, ProvinceService provinces, WorkspaceIndex index, CouncilReport reports,
            Supplier<LocalDate> today) {
        this.session = session;
        this.provinces = provinces;
        this.index = index;
        this.reports = reports;
        this.today = today;
    }

    public WorkspaceSession session() {
        return session;
    }

    public LocalDate today() {
        return today.get();
    }

    /** The provinces the workspace follows, by code (PV30), as their mirrors are named. */
    public List<String> provinces() {
        return session.repositories().stream().filter(name -> name.kind() == RepositoryName.Kind.PROVINCE)
                .map(RepositoryName::name).toList();
    }

    /** A followed province's programme seen from this workspace's plan today, as {@code ProvinceService} tells it. */
    public ProvinceOverview province(String code) {
        return provinces.overview(session.workspace(), code, today());
    }

    /** The reports of a province's past pulls, newest first. */
    public List<ProvinceReport> provinceReports(String code) {
        return provinces.reports(session.workspace(), code);
    }

    /** The actions that answer a question, from the index (as {@code query actions}). */
    public List<ActionHit> actions(ActionQuery query) {
        return index.actions(session.workspace(), query);
    }

    /** The budget totals per repository and group, from the index (as {@code query budget}). */
    public List<BudgetTotal> budget(BudgetGrouping grouping) {
        return index.budget(session.workspace(), grouping);
    }

    /**
     * The charts of a repository as its working tree has it now, with the report's definitions: for a
     * municipality's plan each indicator, the budget per term and source, the actions per status and term and its
     * contributions to the regional plans it takes part in; for a regional plan the budget, the members'
     * contributions and the actions.
     */
    public List<ChartData> charts(RepositoryName repository, Language language) {
        PlanCharts charts = PlanCharts.in(language);
        PlanContents plan = session.read(repository).contents();
        List<ChartData> shown = new ArrayList<>(charts.indicators(plan));
        Map<RegionalPlan, PlanContents> regions = new LinkedHashMap<>();
        Optional<String> municipality = Optional.empty();
        if (plan.plan().orElse(null) instanceof RegionalPlan region) {
            regions.put(region, plan);
        } else if (plan.plan().orElse(null) instanceof LocalPlan local && repository.equals(RepositoryName.PLAN)) {
            municipality = Optional.of(local.code());
            for (RepositoryName name : session.repositories()) {
                if (name.kind() == RepositoryName.Kind.REGION) {
                    PlanContents contents = session.read(name).contents();
                    if (contents.plan().orElse(null) instanceof RegionalPlan region) {
                        regions.put(region, contents);
                    }
                }
            }
        }
        shown.add(charts.budget(plan));
        charts.contributions(regions, municipality).ifPresent(shown::add);
        shown.add(charts.actions(plan));
        return shown;
    }

    /** Writes the council report of the plan as committed, as {@code veerkracht report} does. */
    public WrittenReport writeReport(RepositoryName repository, ReportRequestForm form) {
        return reports.write(session.workspace(), new ReportRequest(repository, Optional.empty(), form.format(),
                Optional.of(form.file()), form.file().toAbsolutePath().getParent(), today(), form.language(),
                form.informed()));
    }

    /** What the report dialog asks: the format, the file and whether the council is informed with it. */
    public record ReportRequestForm(nl.veerkracht.report.ReportFormat format, Path file, Language language,
            boolean informed) {
    }
}
