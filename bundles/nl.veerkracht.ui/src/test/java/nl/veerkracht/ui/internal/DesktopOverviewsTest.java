package nl.veerkracht.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.TreeItem;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.ui.Layer;
import org.jfree.data.category.CategoryDataset;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

import nl.veerkracht.charts.ChartData;
import nl.veerkracht.index.StandaloneWorkspaceIndex;
import nl.veerkracht.model.Action;
import nl.veerkracht.model.Indicator;
import nl.veerkracht.model.Observation;
import nl.veerkracht.model.PlanContents;
import nl.veerkracht.model.RegionalPlan;
import nl.veerkracht.model.Term;
import nl.veerkracht.model.validation.Language;
import nl.veerkracht.province.ProvinceService;
import nl.veerkracht.report.internal.CouncilReportService;
import nl.veerkracht.store.RepositoryName;
import nl.veerkracht.store.Workspace;

/**
 * The desktop client's numbers, province, questions and council report on the demo's workspaces, driven
 * through the real SWT widgets under Xvfb: each chart is checked on the dataset JFreeChart shows, the province
 * view on the demo's changed deadline and broken link, a question's table on its filters, search and sorting,
 * and the report entry on the file it writes. Each view is saved as a screenshot in target/screenshots/.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DesktopOverviewsTest {

    /** The day the province's deadlines are judged on: the demo's voucher (30 April 2027) then closes within eight weeks. */
    private static final LocalDate DAY = LocalDate.of(2027, 3, 10);

    @TempDir
    static Path temp;

    private static DemoServices services;
    private static StandaloneWorkspaceIndex index;
    private static ProvinceService provinces;
    private static CouncilReportService reports;
    private static MainWindow window;
    private static final List<Path> opened = new ArrayList<>();

    @BeforeAll
    static void openBreda() throws Exception {
        Path home = Files.createDirectories(Path.of(System.getProperty("user.home")));
        Files.writeString(home.resolve(".gitconfig"), "[user]\n\tname = J. de Vries\n\temail = j.devries@breda.nl\n");
        SwtHarness.display();
        services = DemoServices.build(temp);
        index = StandaloneWorkspaceIndex.embedded();
        provinces = services.services().provinces();
        reports = new CouncilReportService(services.store(), services.checklist());
        window = open(services.bredaSession());
        window.useReportViewer(file -> opened.add(file));
    }

    private static MainWindow open(WorkspaceSession session) {
        MainWindow opening = new MainWindow(session, Optional.of(new Overviews(session, provinces, index, reports,
                () -> DAY)), Texts.of(Language.NL), () -> { });
        opening.setBlockOnOpen(false);
        opening.open();
        SwtHarness.waitUntil("the workspace read, its charts and its province", () -> opening.outline().isPresent()
                && opening.background().isIdle() && opening.charts().shown() != null
                && opening.province().shown() != null, () -> opening.failures().toString());
        return opening;
    }

    @AfterAll
    static void close() {
        if (window != null) {
            window.close();
        }
        if (index != null) {
            index.close();
        }
    }

    @Test
    @Order(1)
    void eachChartOfThePlanIsDrawnWithTheDemosData() throws Exception {
        window.runAction("action.charts");
        PlanContents breda = services.store().readWorkingTree(services.demo().breda(), RepositoryName.PLAN).contents();
        ChartsView view = window.charts();
        List<String> ids = view.charts().stream().map(ChartData::id).toList();
        List<String> expected = new ArrayList<>();
        breda.indicators().keySet().forEach(id -> expected.add("indicator-" + id));
        expected.addAll(List.of("budget", "contributions", "actions"));
        assertEquals(expected, ids);
        for (int i = 0; i < ids.size(); i++) {
            view.select(i);
            SwtHarness.settle();
            JFreeChart drawn = view.drawn();
            assertEquals(view.charts().get(i).title(), drawn.getTitle().getText());
            CategoryPlot plot = drawn.getCategoryPlot();
            String id = ids.get(i);
            if (id.startsWith("indicator-")) {
                Indicator indicator = breda.indicators().get(id.substring("indicator-".length()));
                assertIndicator(plot, indicator, breda.observationsOf(indicator.id()));
            } else if (id.equals("budget")) {
                assertBudget(plot.getDataset(), breda);
            } else if (id.equals("contributions")) {
                assertContributions(plot.getDataset());
            } else {
                assertActions(plot.getDataset(), breda);
            }
            SwtHarness.screenshot(window.getShell(), "chart-" + id);
        }
        // the demo's known numbers, as a person reads them off the charts
        view.select(ids.indexOf("indicator-terrassen-vergund"));
        CategoryDataset terrassen = view.drawn().getCategoryPlot().getDataset();
        assertEquals(List.of("2026-03", "2026-04", "2026-06"), terrassen.getColumnKeys());
        assertEquals(118.0, terrassen.getValue("Waarnemingen", "2026-06").doubleValue());
    }

    private static void assertIndicator(CategoryPlot plot, Indicator indicator, List<Observation> observations) {
        CategoryDataset dataset = plot.getDataset();
        Map<String, BigDecimal> byPeriod = new TreeMap<>();
        observations.forEach(observation -> byPeriod.put(observation.period(), observation.value()));
        assertEquals(byPeriod.size(), dataset.getColumnCount(), indicator.id());
        for (Map.Entry<String, BigDecimal> observed : byPeriod.entrySet()) {
            assertEquals(observed.getValue().doubleValue(), dataset.getValue("Waarnemingen", observed.getKey())
                    .doubleValue(), indicator.id() + " " + observed.getKey());
        }
        List<String> levels = plot.getRangeMarkers(Layer.FOREGROUND) == null ? List.of()
                : plot.getRangeMarkers(Layer.FOREGROUND).stream().map(marker -> ((ValueMarker) marker).getLabel())
                        .toList();
        assertEquals(indicator.baseline().isPresent(), levels.stream().anyMatch(l -> l.startsWith("Nulmeting ")),
                indicator.id() + " " + levels);
        assertEquals(indicator.target().isPresent(), levels.stream().anyMatch(l -> l.startsWith("Doel ")),
                indicator.id() + " " + levels);
    }

    /** The bars of a term add up to the amounts of that term's actions, each amount under its source. */
    private static void assertBudget(CategoryDataset dataset, PlanContents breda) {
        Map<String, Long> perTerm = new LinkedHashMap<>();
        for (Action action : breda.actions().values()) {
            action.budget().flatMap(budget -> budget.amount())
                    .ifPresent(amount -> perTerm.merge(termName(action.term()), amount, Long::sum));
        }
        for (Term term : Term.values()) {
            double shown = 0;
            for (Object source : dataset.getRowKeys()) {
                Number value = dataset.getValue((Comparable<?>) source, termName(term));
                shown += value == null ? 0 : value.doubleValue();
            }
            assertEquals(perTerm.getOrDefault(termName(term), 0L).doubleValue(), shown, termName(term));
        }
        assertTrue(dataset.getRowKeys().contains("bestaande middelen"), dataset.getRowKeys().toString());
    }

    /** Each member's bar holds its contributions to the regional actions Breda takes part in. */
    private static void assertContributions(CategoryDataset dataset) {
        PlanContents region = services.store().readWorkingTree(services.demo().breda(),
                RepositoryName.region("west-brabant")).contents();
        RegionalPlan plan = (RegionalPlan) region.plan().orElseThrow();
        assertEquals(plan.members().stream().map(member -> member.name()).toList(), dataset.getColumnKeys());
        Action fund = region.actions().values().stream().filter(a -> a.title().startsWith("Regionaal ondernemersfonds"))
                .findFirst().orElseThrow();
        for (var member : plan.members()) {
            Long contribution = fund.contributions().get(member.code());
            Number shown = dataset.getValue(fund.title(), member.name());
            assertEquals(contribution == null ? null : contribution.doubleValue(),
                    shown == null ? null : shown.doubleValue(), member.name());
        }
    }

    /** Every action is counted once, in its term and under its status. */
    private static void assertActions(CategoryDataset dataset, PlanContents breda) {
        for (Term term : Term.values()) {
            long expected = breda.actions().values().stream().filter(action -> action.term() == term).count();
            double shown = 0;
            for (Object status : dataset.getRowKeys()) {
                Number value = dataset.getValue((Comparable<?>) status, termName(term));
                shown += value == null ? 0 : value.doubleValue();
            }
            assertEquals(expected, (long) shown, termName(term));
        }
    }

    private static String termName(Term term) {
        return switch (term) {
            case SHORT -> "korte termijn";
            case MEDIUM -> "middellange termijn";
            case LONG -> "lange termijn";
        };
    }

    @Test
    @Order(2)
    void theRegionalPlansChartsShowEveryMembersContribution() throws Exception {
        window.runAction("action.charts");
        window.charts().repositoryChoice().select(RepositoryName.region("west-brabant"));
        SwtHarness.waitUntil("the regional plan's charts", () -> window.background().isIdle()
                && RepositoryName.region("west-brabant").equals(window.charts().shown()));
        List<String> ids = window.charts().charts().stream().map(ChartData::id).toList();
        assertEquals(List.of("budget", "contributions", "actions"), ids);
        window.charts().select(1);
        SwtHarness.settle();
        CategoryDataset dataset = window.charts().drawn().getCategoryPlot().getDataset();
        assertEquals(List.of("Breda", "Etten-Leur", "Roosendaal", "Bergen op Zoom"), dataset.getColumnKeys());
        assertContributions(dataset);
        SwtHarness.screenshot(window.getShell(), "chart-region-contributions");
        window.charts().repositoryChoice().select(RepositoryName.PLAN);
        SwtHarness.waitUntil("the plan's charts again", () -> window.background().isIdle()
                && RepositoryName.PLAN.equals(window.charts().shown()));
    }

    @Test
    @Order(3)
    void theProvinceViewListsTheDeadlinesInDateOrderTheClosingSoonMarkedAndThePullThatMovedOne() throws Exception {
        window.runAction("action.province");
        ProvinceView view = window.province();
        List<TreeItem> deadlines = Arrays.asList(view.deadlines().viewer().getTree().getItems());
        List<String> dates = deadlines.stream().map(item -> item.getText(0)).toList();
        assertEquals(dates.stream().sorted().toList(), dates, "in date order");
        TreeItem voucher = deadlines.stream().filter(item -> item.getText(2).equals("Digitaliseringsvoucher"))
                .findFirst().orElseThrow();
        assertEquals("2027-04-30", voucher.getText(0), "the deadline the province moved");
        assertEquals("sluit binnenkort", voucher.getText(1));
        assertEquals(view.deadlines().mark().getRGB(), voucher.getBackground(0).getRGB(), "closing soon is marked");
        TreeItem energy = deadlines.stream().filter(item -> item.getText(0).equals("2027-03-01")).findFirst().orElseThrow();
        assertEquals("verlopen", energy.getText(1));
        assertFalse(energy.getBackground(0).getRGB().equals(view.deadlines().mark().getRGB()));

        // the task Breda's action links to, with that action under it
        TreeItem digital = Arrays.stream(view.tasks().viewer().getTree().getItems())
                .filter(item -> item.getText(0).equals("Digitalisering van het mkb")).findFirst().orElseThrow();
        assertEquals("actief", digital.getText(2));
        assertEquals(1, digital.getItemCount());
        assertTrue(digital.getItem(0).getText(3).equals("plan/actions/binnenstad-digitaal.yaml"), digital.getItem(0).getText(3));

        // the last pull's report: the voucher's deadline, before and after
        TreeItem pull = view.reports().viewer().getTree().getItem(0);
        List<String> lines = new ArrayList<>();
        collect(pull, lines);
        assertTrue(lines.contains("funding[voucher-2027].deadline | 2027-01-31 | 2027-04-30"), lines.toString());
        SwtHarness.screenshot(window.getShell(), "province");
    }

    private static void collect(TreeItem item, List<String> lines) {
        lines.add(item.getText(0) + " | " + item.getText(1) + " | " + item.getText(2));
        for (TreeItem child : item.getItems()) {
            collect(child, lines);
        }
    }

    @Test
    @Order(4)
    void aBrokenLinkIsListedAndOpensItsAction() throws Exception {
        Workspace bergenOpZoom = services.demo().members().get("GM0748");
        MainWindow other = open(services.services().session(bergenOpZoom));
        try {
            other.runAction("action.province");
            TreeItem[] broken = other.province().brokenLinks().viewer().getTree().getItems();
            assertEquals(1, broken.length, "the demo's province closed one task Bergen op Zoom links to");
            assertEquals("Evenementen in de vestingstad", broken[0].getText(0));
            assertEquals("PV30/vrijetijdseconomie", broken[0].getText(1));
            assertEquals("opgave 'Herstel van de vrijetijdseconomie' is gesloten", broken[0].getText(2));
            SwtHarness.screenshot(other.getShell(), "province-broken-link");
            other.province().brokenLinks().viewer().getTree().setSelection(broken[0]);
            other.province().brokenLinks().viewer().getTree().notifyListeners(SWT.DefaultSelection, new Event());
            SwtHarness.waitUntil("the action of the broken link in its editor", () -> other.editor().isPresent()
                    && other.editor().get().entity().path().equals("actions/vestingstad-evenementen.yaml"));
            assertEquals(RepositoryName.PLAN, other.editor().get().entity().repository());
        } finally {
            other.close();
        }
    }

    @Test
    @Order(5)
    void aQuestionsTableIsFilteredSearchedSortedAndItsRowsOpenTheirActions() throws Exception {
        window.runAction("action.questions");
        QuestionsView view = window.questions();
        SwtHarness.waitUntil("the first question answered", () -> window.background().isIdle()
                && !view.isRunning() && view.table().getTable().getItemCount() > 0, () -> view.count());
        int all = view.rows().size();
        assertTrue(all > 5 && view.rows().stream().anyMatch(row -> row.get(6).startsWith("region/west-brabant/"))
                && view.rows().stream().anyMatch(row -> row.get(6).startsWith("members/")),
                "the actions of every repository, not only Breda's five: " + view.rows());

        view.combo("status").select(List.of(view.combo("status").getItems()).indexOf("running"));
        view.ask();
        SwtHarness.waitUntil("the running actions", () -> window.background().isIdle() && !view.isRunning());
        List<List<String>> running = view.rows();
        assertTrue(running.size() < all && !running.isEmpty(), running.toString());
        assertTrue(running.stream().allMatch(row -> row.get(3).equals("running")), running.toString());

        // a filter that is not a code is told in one line, and nothing is asked
        view.municipality().setText("GM12");
        view.ask();
        assertFalse(view.isRunning());
        assertEquals("'GM12' is geen CBS-code van een gemeente (GM en vier cijfers)", view.count());
        assertEquals(running, view.rows(), "the last answer stays");
        view.municipality().setText("");

        view.combo("status").select(0);
        view.combo("scope").select(List.of(view.combo("scope").getItems()).indexOf("plan"));
        view.ask();
        SwtHarness.waitUntil("Breda's own actions", () -> window.background().isIdle() && !view.isRunning());
        List<String> titles = view.rows().stream().map(row -> row.get(1)).toList();
        assertEquals(5, titles.size(), titles.toString());

        view.sortBy(1);
        List<String> sorted = view.rows().stream().map(row -> row.get(1)).toList();
        assertEquals(titles.stream().sorted(Comparator.comparing(String::toLowerCase)).toList(), sorted);
        view.sortBy(1);
        List<String> reversed = new ArrayList<>(sorted);
        java.util.Collections.reverse(reversed);
        assertEquals(reversed, view.rows().stream().map(row -> row.get(1)).toList(), "a second click turns it around");
        view.sortBy(4);
        List<String> budgets = view.rows().stream().map(row -> row.get(4)).toList();
        List<Long> amounts = budgets.stream().map(text -> Long.parseLong(text.replaceAll("[^0-9]", ""))).toList();
        assertEquals(amounts.stream().sorted().toList(), amounts, "budgets sort by amount, not as text: " + budgets);
        assertEquals("\u20ac 120.000", budgets.get(budgets.size() - 1), budgets.toString());

        SwtHarness.screenshot(window.getShell(), "questions");

        view.search().setText("terras");
        assertEquals(List.of("Terrassen verruimen"), view.rows().stream().map(row -> row.get(1)).toList());
        assertTrue(view.count().startsWith("1 van 5 acties"), view.count());
        SwtHarness.screenshot(window.getShell(), "questions-search");

        view.table().getTable().setSelection(0);
        view.table().getTable().notifyListeners(SWT.DefaultSelection, new Event());
        SwtHarness.waitUntil("the action of the row in its editor", () -> window.editor().isPresent()
                && window.editor().get().entity().path().equals("actions/terrassen-verruimen.yaml"));
        view.search().setText("");

        window.runAction("action.questions");
        view.question().select(1);
        view.question().notifyListeners(SWT.Selection, new Event());
        view.combo("by").select(List.of(view.combo("by").getItems()).indexOf("municipality"));
        view.ask();
        SwtHarness.waitUntil("the budget per municipality", () -> window.background().isIdle() && !view.isRunning()
                && view.table().getTable().getColumnCount() == 6);
        long ettenLeur = services.store().readWorkingTree(services.demo().breda(), RepositoryName.region("west-brabant"))
                .contents().actions().values().stream().mapToLong(action -> action.contributions()
                        .getOrDefault("GM0777", 0L)).sum();
        String amount = "\u20ac " + new java.text.DecimalFormat("#,##0",
                java.text.DecimalFormatSymbols.getInstance(java.util.Locale.forLanguageTag("nl"))).format(ettenLeur);
        assertTrue(view.rows().stream().anyMatch(row -> row.get(0).equals("region/west-brabant")
                && row.get(2).equals("GM0777") && row.get(3).equals(amount)), amount + " " + view.rows());
        SwtHarness.screenshot(window.getShell(), "questions-budget");
    }

    @Test
    @Order(6)
    void theReportEntryWritesTheCouncilReportAndHandsItToTheViewer() throws Exception {
        Path file = temp.resolve("raadsinformatiebrief.pdf");
        List<String> outcome = new ArrayList<>();
        Display.getCurrent().timerExec(100, () -> {
            ReportDialog dialog = window.reportDialog().orElseThrow();
            try {
                String proposed = dialog.fileField().getText();
                if (!proposed.endsWith("veerkracht-GM0758-" + DAY + ".pdf")) {
                    outcome.add(proposed);
                }
                SwtHarness.screenshot(dialog.getShell(), "report-dialog");
                dialog.fileField().setText(file.toString());
                dialog.pressOk();
            } catch (java.io.IOException | RuntimeException e) {
                outcome.add(String.valueOf(e));
                dialog.close();
            }
        });
        window.runAction("action.report");
        assertEquals(List.of(), outcome);
        SwtHarness.waitUntil("the report written and handed to the viewer", () -> window.background().isIdle()
                && !opened.isEmpty(), () -> window.failures().toString());
        assertEquals(List.of(file), opened);
        byte[] pdf = Files.readAllBytes(file);
        assertEquals("%PDF", new String(pdf, 0, 4, java.nio.charset.StandardCharsets.US_ASCII));
        assertTrue(pdf.length > 10_000, "a whole report, charts and font included: " + pdf.length);
    }
}
