package nl.veerkracht.report.internal.content;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import nl.veerkracht.charts.ChartData;
import nl.veerkracht.charts.PlanCharts;
import nl.veerkracht.checklist.PointAssessment;
import nl.veerkracht.checklist.RegionFacts;
import nl.veerkracht.checklist.Scorecard;
import nl.veerkracht.merge.EntityChange;
import nl.veerkracht.merge.FieldChange;
import nl.veerkracht.merge.LineDiff;
import nl.veerkracht.model.Action;
import nl.veerkracht.model.ActionStatus;
import nl.veerkracht.model.BudgetSource;
import nl.veerkracht.model.EntityKind;
import nl.veerkracht.model.FundingScheme;
import nl.veerkracht.model.Indicator;
import nl.veerkracht.model.Lesson;
import nl.veerkracht.model.LocalPlan;
import nl.veerkracht.model.Observation;
import nl.veerkracht.model.Plan;
import nl.veerkracht.model.PlanContents;
import nl.veerkracht.model.RegionMember;
import nl.veerkracht.model.RegionalPlan;
import nl.veerkracht.model.RunbookStep;
import nl.veerkracht.model.Scenario;
import nl.veerkracht.model.ScenarioKind;
import nl.veerkracht.model.Task;
import nl.veerkracht.model.TaskStatus;
import nl.veerkracht.model.Term;
import nl.veerkracht.model.document.FieldPath;
import nl.veerkracht.model.document.InlineText;
import nl.veerkracht.model.document.MapNode;
import nl.veerkracht.model.document.Node;
import nl.veerkracht.model.document.ScalarNode;
import nl.veerkracht.monitor.IndicatorStatus;
import nl.veerkracht.monitor.status.StatusCalculation;
import nl.veerkracht.report.internal.content.ReportContent.ActionRow;
import nl.veerkracht.report.internal.content.ReportContent.BrokenLink;
import nl.veerkracht.report.internal.content.ReportContent.Changes;
import nl.veerkracht.report.internal.content.ReportContent.Cover;
import nl.veerkracht.report.internal.content.ReportContent.Deadline;
import nl.veerkracht.report.internal.content.ReportContent.EntityView;
import nl.veerkracht.report.internal.content.ReportContent.FieldView;
import nl.veerkracht.report.internal.content.ReportContent.IndicatorView;
import nl.veerkracht.report.internal.content.ReportContent.KindGroup;
import nl.veerkracht.report.internal.content.ReportContent.LessonView;
import nl.veerkracht.report.internal.content.ReportContent.Lessons;
import nl.veerkracht.report.internal.content.ReportContent.LineView;
import nl.veerkracht.report.internal.content.ReportContent.Numbers;
import nl.veerkracht.report.internal.content.ReportContent.PointRow;
import nl.veerkracht.report.internal.content.ReportContent.ProvinceSection;
import nl.veerkracht.report.internal.content.ReportContent.RegionSection;
import nl.veerkracht.report.internal.content.ReportContent.RegionView;
import nl.veerkracht.report.internal.content.ReportContent.Row;
import nl.veerkracht.report.internal.content.ReportContent.ScenarioView;
import nl.veerkracht.report.internal.content.ReportContent.SharedAction;
import nl.veerkracht.report.internal.content.ReportContent.StepView;
import nl.veerkracht.report.internal.content.ReportContent.Summary;
import nl.veerkracht.report.internal.content.ReportContent.Table;
import nl.veerkracht.report.internal.content.ReportContent.TaskLink;
import nl.veerkracht.report.internal.content.ReportContent.TermProgress;
import nl.veerkracht.store.HistoryEntry;

/** Builds a report's content from its input: a pure function of the input and the language's texts. */
public final class ReportBuilder {

    /** How far ahead the province part looks for funding deadlines. */
    static final int DEADLINE_MONTHS = 6;

    private final ReportInput input;
    private final ReportTexts texts;
    private final PlanContents plan;
    private final PlanCharts charts;

    private ReportBuilder(ReportInput input, ReportTexts texts) {
        this.input = input;
        this.texts = texts;
        this.plan = input.plan();
        this.charts = PlanCharts.in(texts.language());
    }

    public static ReportContent build(ReportInput input, ReportTexts texts) {
        return new ReportBuilder(input, texts).content();
    }

    private ReportContent content() {
        return new ReportContent(texts.language().name().toLowerCase(), texts.labels(), cover(), summary(),
                changes(), terms(), numbers(), region(), province(), lessons());
    }

    // ---------------------------------------------------------------- cover

    private Cover cover() {
        Optional<Plan> head = plan.plan();
        boolean regional = head.filter(RegionalPlan.class::isInstance).isPresent();
        String name = head.map(Plan::name).orElse(input.repository());
        String code = head.map(Plan::identifier).orElse("");
        String version = shortId(input.reported().commitId()) + " · " + input.reported().subject();
        ReportInput.Compared compared = input.compared();
        String comparedWith;
        if (compared.firstCommit()) {
            comparedWith = texts.text("cover.firstCommit", shortId(compared.commit()));
        } else if (compared.approvalDate().isPresent()) {
            comparedWith = texts.text("cover.approval", texts.date(compared.approvalDate().get()), compared.revision(),
                    shortId(compared.commit()));
        } else {
            comparedWith = texts.text("cover.revision", compared.revision(), shortId(compared.commit()));
        }
        String informed = localPlan().flatMap(LocalPlan::council).flatMap(council -> council.lastInformed())
                .map(texts::date).orElse(regional ? "" : texts.text("cover.never"));
        return new Cover(texts.text("title"), texts.text(regional ? "cover.region" : "cover.municipality"), name, code,
                texts.date(input.date()), version, comparedWith, compared.firstCommit(), informed);
    }

    // ---------------------------------------------------------------- summary

    private Summary summary() {
        List<PointRow> points = new ArrayList<>();
        if (input.scorecard().isPresent()) {
            Scorecard scorecard = input.scorecard().get();
            for (PointAssessment point : scorecard.points()) {
                points.add(new PointRow(Integer.toString(point.point().number()), point.point().title(texts.language()),
                        texts.text("point." + point.status().code()), point.status().code()));
            }
        }
        List<IndicatorStatus> statuses = StatusCalculation.of(plan, input.date());
        long on = statuses.stream().filter(s -> s.onTrack().orElse(false)).count();
        long off = statuses.stream().filter(s -> !s.onTrack().orElse(true)).count();
        long unknown = statuses.size() - on - off;
        return new Summary(input.scorecard().isPresent(), texts.text("summary.noScorecard"), points, actionTable(),
                budgetTable(), !statuses.isEmpty(), statuses.isEmpty() ? texts.text("numbers.noIndicators")
                        : texts.text("summary.indicatorsCount", Long.toString(on), Long.toString(off),
                                Long.toString(unknown)));
    }

    private List<String> termHeader(String first) {
        List<String> header = new ArrayList<>();
        header.add(first);
        for (Term term : Term.values()) {
            header.add(texts.text("term." + term.code()));
        }
        header.add(texts.text("summary.total"));
        return header;
    }

    private Table actionTable() {
        List<Row> rows = new ArrayList<>();
        for (ActionStatus status : ActionStatus.values()) {
            List<String> cells = new ArrayList<>();
            long total = 0;
            for (Term term : Term.values()) {
                long count = plan.actions().values().stream().filter(a -> a.status() == status && a.term() == term)
                        .count();
                total += count;
                cells.add(Long.toString(count));
            }
            cells.add(Long.toString(total));
            if (status == ActionStatus.SUSPENDED && total == 0) {
                // on hold only while a fallback scenario is in effect: a row of noughts otherwise
                continue;
            }
            rows.add(new Row(texts.text("status." + status.code()), cells, false));
        }
        List<String> totals = new ArrayList<>();
        for (Term term : Term.values()) {
            totals.add(Long.toString(plan.actions().values().stream().filter(a -> a.term() == term).count()));
        }
        totals.add(Integer.toString(plan.actions().size()));
        rows.add(new Row(texts.text("summary.total"), totals, true));
        return new Table(termHeader(texts.text("progress.status")), rows, plan.actions().isEmpty(),
                texts.text("summary.noActions"));
    }

    /** Whole euros of the actions' budgets, by source (unknown last, as empty) and term, as the budget chart has them. */
    private Map<Optional<BudgetSource>, Map<Term, Long>> budgets() {
        return PlanCharts.budgets(plan);
    }

    private String sourceName(Optional<BudgetSource> source) {
        return texts.text("source." + source.map(BudgetSource::code).orElse("unknown"));
    }

    private Table budgetTable() {
        Map<Optional<BudgetSource>, Map<Term, Long>> sums = budgets();
        List<Row> rows = new ArrayList<>();
        Map<Term, Long> perTerm = new EnumMap<>(Term.class);
        sums.forEach((source, amounts) -> {
            List<String> cells = new ArrayList<>();
            for (Term term : Term.values()) {
                long amount = amounts.getOrDefault(term, 0L);
                perTerm.merge(term, amount, Long::sum);
                cells.add(texts.euros(amount));
            }
            cells.add(texts.euros(amounts.values().stream().mapToLong(Long::longValue).sum()));
            rows.add(new Row(sourceName(source), cells, false));
        });
        List<String> totals = new ArrayList<>();
        for (Term term : Term.values()) {
            totals.add(texts.euros(perTerm.getOrDefault(term, 0L)));
        }
        totals.add(texts.euros(perTerm.values().stream().mapToLong(Long::longValue).sum()));
        rows.add(new Row(texts.text("summary.total"), totals, true));
        return new Table(termHeader(""), rows, sums.isEmpty(), texts.text("summary.noBudget"));
    }

    // ---------------------------------------------------------------- changes

    private Changes changes() {
        String since = input.compared().firstCommit() ? texts.text("cover.firstCommit", shortId(input.compared().commit()))
                : input.compared().approvalDate().map(date -> texts.text("cover.approval", texts.date(date),
                        input.compared().revision(), shortId(input.compared().commit())))
                        .orElse(input.compared().revision());
        Map<String, List<EntityView>> byKind = new LinkedHashMap<>();
        for (EntityKind kind : EntityKind.values()) {
            byKind.put(kind.name().toLowerCase(), new ArrayList<>());
        }
        byKind.put("file", new ArrayList<>());
        for (EntityChange change : input.diff().entities()) {
            String kind = EntityKind.ofPath(change.path()).map(k -> k.name().toLowerCase()).orElse("file");
            byKind.get(kind).add(entity(change));
        }
        List<KindGroup> groups = new ArrayList<>();
        byKind.forEach((kind, entities) -> {
            if (!entities.isEmpty()) {
                groups.add(new KindGroup(texts.text("kind." + kind), entities));
            }
        });
        return new Changes(texts.text("changes", since), groups.isEmpty(), texts.text("changes.none"), groups);
    }

    private EntityView entity(EntityChange change) {
        Optional<Node> document = change.after().isPresent() ? change.after() : change.before();
        String id = EntityKind.idOf(change.path()).orElse(change.path());
        String title = document.flatMap(InlineText::title).orElse(id);
        if (EntityKind.ofPath(change.path()).orElse(null) == EntityKind.OBSERVATIONS) {
            title = Optional.ofNullable(plan.indicators().get(id)).map(Indicator::title).orElse(id);
        }
        String css = switch (change.type()) {
            case ADDED -> "new";
            case REMOVED -> "removed";
            case MODIFIED -> "changed";
        };
        List<FieldView> fields = new ArrayList<>();
        for (FieldChange field : change.fields()) {
            fields.add(field(field));
        }
        return new EntityView(title, texts.text("changes." + (css.equals("new") ? "new" : css)), css, by(change.path()),
                fields);
    }

    /** Who changed the file in the reported commits, and when last. */
    private String by(String path) {
        Set<String> authors = new LinkedHashSet<>();
        Optional<LocalDate> last = Optional.empty();
        for (HistoryEntry commit : input.commits()) {
            if (commit.changedPaths().contains(path)) {
                authors.add(commit.author().name());
                last = Optional.of(commit.when().toLocalDate());
            }
        }
        return last.isEmpty() ? "" : texts.text("changes.by", String.join(", ", authors), texts.date(last.get()));
    }

    private FieldView field(FieldChange change) {
        String name = change.field().isRoot() ? texts.text("changes.whole") : change.field().toString();
        Optional<String> row = observation(change);
        if (row.isPresent()) {
            boolean added = change.kind() == FieldChange.Kind.ADDED;
            return new FieldView(texts.text("numbers.observations"), added ? "" : row.get(), added ? row.get() : "",
                    !added, added, false, List.of());
        }
        return switch (change.kind()) {
            case MEMBER_ADDED -> new FieldView(name, "", inline(change.after()), false, true, false, List.of());
            case MEMBER_REMOVED -> new FieldView(name, inline(change.before()), "", true, false, false, List.of());
            case REORDERED -> new FieldView(name, "", texts.text("changes.reordered"), false, true, false, List.of());
            default -> {
                if (isText(change.before()) || isText(change.after())) {
                    List<LineView> lines = LineDiff.of(text(change.before()), text(change.after())).stream()
                            .map(line -> new LineView(line.text(), line.kind() == LineDiff.Kind.KEPT,
                                    line.kind() == LineDiff.Kind.REMOVED, line.kind() == LineDiff.Kind.ADDED))
                            .toList();
                    yield new FieldView(name, "", "", false, false, true, lines);
                }
                yield new FieldView(name, inline(change.before()), inline(change.after()), change.before().isPresent(),
                        change.after().isPresent(), false, List.of());
            }
        };
    }

    /** A whole observation added or removed: {@code 2026-06: 118}. */
    private Optional<String> observation(FieldChange change) {
        if (change.field().segments().size() != 1
                || !(change.field().segments().get(0) instanceof FieldPath.Element)) {
            return Optional.empty();
        }
        Optional<Node> row = change.kind() == FieldChange.Kind.ADDED ? change.after()
                : change.kind() == FieldChange.Kind.REMOVED ? change.before() : Optional.empty();
        if (row.isPresent() && row.get() instanceof MapNode map && map.get("period").isPresent()
                && map.get("value").isPresent()) {
            return Optional.of(inline(map.get("period").get()) + ": " + inline(map.get("value").get()));
        }
        return Optional.empty();
    }

    private static boolean isText(Optional<Node> value) {
        return value.isPresent() && value.get() instanceof ScalarNode scalar && scalar.isMultiline();
    }

    private static String text(Optional<Node> value) {
        return value.filter(ScalarNode.class::isInstance).map(node -> ((ScalarNode) node).text()).orElse("");
    }

    private String inline(Optional<Node> value) {
        return value.map(this::inline).orElse(texts.text("changes.empty"));
    }

    private String inline(Node node) {
        return InlineText.of(node, texts.text("changes.empty"));
    }

    // ---------------------------------------------------------------- progress per term

    private List<TermProgress> terms() {
        List<TermProgress> terms = new ArrayList<>();
        for (Term term : Term.values()) {
            List<ActionRow> rows = plan.actions().values().stream().filter(action -> action.term() == term)
                    .sorted(Comparator.comparing(Action::title)).map(this::actionRow).toList();
            terms.add(new TermProgress(texts.text("term." + term.code()), rows.isEmpty(), rows));
        }
        return terms;
    }

    private ActionRow actionRow(Action action) {
        boolean overdue = action.end().isPresent() && action.end().get().isBefore(input.date())
                && action.status() != ActionStatus.DONE && action.status() != ActionStatus.STOPPED;
        return new ActionRow(action.title(), texts.text("status." + action.status().code()),
                action.progress().map(p -> p + " %").orElse("–"), action.lead().orElse("–"),
                action.end().map(texts::date).orElse("–"), overdue);
    }

    // ---------------------------------------------------------------- numbers

    private Numbers numbers() {
        List<IndicatorView> indicators = new ArrayList<>();
        for (Indicator indicator : plan.indicators().values()) {
            List<Observation> observations = plan.observationsOf(indicator.id());
            IndicatorStatus status = StatusCalculation.of(indicator, observations, input.date());
            String css = status.onTrack().map(on -> on ? "ok" : "off").orElse("unknown");
            String judged = texts.text(status.onTrack().map(on -> on ? "numbers.onTrack" : "numbers.offTrack")
                    .orElse("numbers.unknown")) + (status.stale() ? ", " + texts.text("numbers.stale") : "");
            String unit = indicator.unit().orElse("");
            indicators.add(new IndicatorView(indicator.title(), unit,
                    indicator.baseline().map(texts::number).orElse("–"), indicator.target().map(texts::number).orElse("–"),
                    status.latest().map(o -> texts.number(o.value()) + " (" + o.period() + ")").orElse("–"), judged, css,
                    !observations.isEmpty(), charts.indicator(indicator, observations)));
        }
        Optional<ChartData> contributions = charts.contributions(regionalPlans(),
                localPlan().map(LocalPlan::code));
        return new Numbers(!indicators.isEmpty(), indicators, !budgets().isEmpty(), charts.budget(plan),
                contributions.isPresent(), contributions.orElse(null));
    }

    // ---------------------------------------------------------------- region

    /** The regional plans the report speaks of: the reported one itself, or those the workspace holds. */
    private Map<RegionalPlan, PlanContents> regionalPlans() {
        Map<RegionalPlan, PlanContents> plans = new LinkedHashMap<>();
        if (plan.plan().orElse(null) instanceof RegionalPlan own) {
            plans.put(own, plan);
            return plans;
        }
        for (RegionFacts region : input.regions()) {
            if (region.plan().isPresent()) {
                plans.put(region.plan().get(), region.contents().get());
            }
        }
        return plans;
    }

    /** Whether the report's plan takes part in a shared action: always on the regional plan itself. */
    private boolean concerns(Action action) {
        return PlanCharts.takesPart(action, localPlan().map(LocalPlan::code));
    }

    private RegionSection region() {
        List<RegionView> views = new ArrayList<>();
        Optional<LocalPlan> local = localPlan();
        String own = local.map(LocalPlan::name).orElse("");
        for (Map.Entry<RegionalPlan, PlanContents> entry : regionalPlans().entrySet()) {
            RegionalPlan region = entry.getKey();
            Map<String, String> names = new LinkedHashMap<>();
            region.members().forEach(member -> names.put(member.code(), member.name()));
            List<SharedAction> actions = new ArrayList<>();
            for (Action action : entry.getValue().actions().values()) {
                if (!concerns(action)) {
                    continue;
                }
                long total = action.contributions().values().stream().mapToLong(Long::longValue).sum();
                String contribution = local.map(p -> Optional.ofNullable(action.contributions().get(p.code()))
                        .map(texts::euros).orElse("–")).orElse(texts.euros(total));
                actions.add(new SharedAction(action.title(),
                        action.leadMunicipality().map(code -> names.getOrDefault(code, code)).orElse("–"),
                        action.participants().stream().map(code -> names.getOrDefault(code, code))
                                .collect(Collectors.joining(", ")),
                        action.budget().flatMap(b -> b.amount()).map(texts::euros).orElse("–"), contribution));
            }
            List<String> header = new ArrayList<>();
            header.add(texts.text("region.member"));
            List<Action> contributed = entry.getValue().actions().values().stream()
                    .filter(action -> !action.contributions().isEmpty()).toList();
            contributed.forEach(action -> header.add(action.title()));
            header.add(texts.text("summary.total"));
            List<Row> rows = new ArrayList<>();
            for (RegionMember member : region.members()) {
                List<String> cells = new ArrayList<>();
                long sum = 0;
                for (Action action : contributed) {
                    Long amount = action.contributions().get(member.code());
                    cells.add(amount == null ? "–" : texts.euros(amount));
                    sum += amount == null ? 0 : amount;
                }
                cells.add(texts.euros(sum));
                rows.add(new Row(member.name(), cells, false));
            }
            views.add(new RegionView(texts.text("region.shared", region.name()), actions.isEmpty(),
                    texts.text("region.noShared", own, region.name()),
                    local.isPresent() ? texts.text("region.contribution", own) : texts.text("region.contributions"),
                    actions, new Table(header, rows, contributed.isEmpty(), texts.text("region.noShared", own,
                            region.name()))));
        }
        return new RegionSection(views.isEmpty(), views);
    }

    // ---------------------------------------------------------------- province

    private ProvinceSection province() {
        List<TaskLink> links = new ArrayList<>();
        List<BrokenLink> broken = new ArrayList<>();
        Map<String, Task> linked = new TreeMap<>();
        for (Action action : plan.actions().values()) {
            for (String link : action.links().map(l -> l.province()).orElse(List.of())) {
                int slash = link.indexOf('/');
                String code = slash < 0 ? link : link.substring(0, slash);
                String id = slash < 0 ? "" : link.substring(slash + 1);
                PlanContents programme = input.provinces().get(code);
                if (programme == null) {
                    broken.add(new BrokenLink(action.title(), link, texts.text("province.notMirrored", code)));
                    continue;
                }
                Task task = programme.tasks().get(id);
                if (task == null) {
                    broken.add(new BrokenLink(action.title(), link, texts.text("province.missing",
                            programme.plan().map(Plan::name).orElse(code))));
                    continue;
                }
                if (task.status() == TaskStatus.CLOSED) {
                    broken.add(new BrokenLink(action.title(), link, texts.text("province.closed")));
                }
                linked.put(link, task);
                links.add(new TaskLink(link, task.title(), action.title(), task.programme().orElse("–"),
                        texts.text(task.status() == TaskStatus.CLOSED ? "province.closed" : "province.active")));
            }
        }
        LocalDate horizon = input.date().plusMonths(DEADLINE_MONTHS);
        List<Deadline> deadlines = new ArrayList<>();
        linked.values().stream().distinct().forEach(task -> {
            for (FundingScheme scheme : task.funding()) {
                if (scheme.deadline().isPresent() && !scheme.deadline().get().isBefore(input.date())
                        && !scheme.deadline().get().isAfter(horizon)) {
                    deadlines.add(new Deadline(scheme.title().orElse(scheme.id()), task.title(),
                            scheme.deadline().get().toString()));
                }
            }
        });
        deadlines.sort(Comparator.comparing(Deadline::deadline));
        List<Deadline> written = deadlines.stream()
                .map(d -> new Deadline(d.scheme(), d.task(), texts.date(LocalDate.parse(d.deadline())))).toList();
        return new ProvinceSection(links.isEmpty() && broken.isEmpty(), links, written.isEmpty(), written,
                broken.isEmpty(), broken);
    }

    // ---------------------------------------------------------------- lessons and the fallback scenario

    private Lessons lessons() {
        List<LessonView> lessons = new ArrayList<>();
        for (Lesson lesson : plan.lessons().values()) {
            lessons.add(new LessonView(lesson.title(), lesson.source().orElse("–"),
                    lesson.body().isBlank() ? List.of() : lesson.body().strip().lines().toList(),
                    lesson.actions().stream().map(id -> Optional.ofNullable(plan.actions().get(id)).map(Action::title)
                            .orElse(id)).collect(Collectors.joining(", "))));
        }
        List<ScenarioView> scenarios = new ArrayList<>();
        for (Scenario scenario : plan.scenarios().values()) {
            if (scenario.kind() != ScenarioKind.FALLBACK) {
                continue;
            }
            List<StepView> steps = new ArrayList<>();
            for (RunbookStep step : scenario.runbook()) {
                steps.add(new StepView(step.what().orElse(step.id()), step.who().orElse("–"),
                        step.withinDays().map(days -> texts.text("scenarios.days", Integer.toString(days))).orElse("–")));
            }
            scenarios.add(new ScenarioView(scenario.title(), scenario.reviewed().map(texts::date).orElse("–"),
                    scenario.triggers(), steps, scenario.roles().stream()
                            .map(role -> role.role() + role.who().map(who -> ": " + who).orElse("")).toList()));
        }
        return new Lessons(lessons.isEmpty(), lessons, scenarios.isEmpty(), scenarios);
    }

    // ---------------------------------------------------------------- helpers

    private Optional<LocalPlan> localPlan() {
        return plan.plan().filter(LocalPlan.class::isInstance).map(LocalPlan.class::cast);
    }

    private static String shortId(String commit) {
        return commit.length() > 10 ? commit.substring(0, 10) : commit;
    }
}
