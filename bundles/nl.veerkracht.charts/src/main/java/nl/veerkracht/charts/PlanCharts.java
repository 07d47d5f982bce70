package nl.veerkracht.charts;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.IntStream;

import nl.veerkracht.charts.internal.ChartTexts;
import nl.veerkracht.model.Action;
import nl.veerkracht.model.ActionStatus;
import nl.veerkracht.model.BudgetLine;
import nl.veerkracht.model.BudgetSource;
import nl.veerkracht.model.Indicator;
import nl.veerkracht.model.LocalPlan;
import nl.veerkracht.model.Observation;
import nl.veerkracht.model.PlanContents;
import nl.veerkracht.model.RegionalPlan;
import nl.veerkracht.model.Term;
import nl.veerkracht.model.validation.Language;
import nl.veerkracht.monitor.status.ObservationPeriods;

/**
 * What each chart of a plan shows, in one language: the same definitions for the council report and the desktop
 * client. A pure function of the plan's contents.
 */
public final class PlanCharts {

    private final ChartTexts texts;

    private PlanCharts(Language language) {
        this.texts = ChartTexts.of(language);
    }

    /** The charts with their titles, axes and names in {@code language}. */
    public static PlanCharts in(Language language) {
        return new PlanCharts(language);
    }

    /**
     * An indicator's observations over time, one value per period in the periods' order (the last one counts where
     * a period is observed twice), with its baseline and target as level lines (the target last).
     */
    public ChartData indicator(Indicator indicator, List<Observation> observations) {
        List<Observation> sorted = observations.stream()
                .sorted(Comparator.comparing(Observation::period, ObservationPeriods.ORDER)).toList();
        List<String> periods = sorted.stream().map(Observation::period).distinct().toList();
        Map<String, BigDecimal> values = new LinkedHashMap<>();
        sorted.forEach(observation -> values.put(observation.period(), observation.value()));
        List<Optional<BigDecimal>> series = periods.stream().map(p -> Optional.ofNullable(values.get(p))).toList();
        List<ChartData.Level> levels = new ArrayList<>();
        indicator.baseline().ifPresent(v -> levels.add(new ChartData.Level(texts.text("baseline"), v)));
        indicator.target().ifPresent(v -> levels.add(new ChartData.Level(texts.text("target"), v)));
        return new ChartData("indicator-" + indicator.id(), indicator.title(), ChartData.Kind.LINE,
                indicator.unit().orElse(texts.text("value")), periods,
                List.of(new ChartData.Series(texts.text("observations"), series)), levels);
    }

    /** Every indicator's chart, in the order of their ids. */
    public List<ChartData> indicators(PlanContents plan) {
        return plan.indicators().values().stream()
                .map(indicator -> indicator(indicator, plan.observationsOf(indicator.id()))).toList();
    }

    /**
     * Whole euros of the actions' budgets ({@code budget.amount}), by source and term: an action's own
     * {@code budget.source}, else that of the plan's budget line it names; actions without either last, under an
     * empty source. Sources without any amount are left out.
     */
    public static Map<Optional<BudgetSource>, Map<Term, Long>> budgets(PlanContents plan) {
        Map<String, BudgetLine> lines = new TreeMap<>();
        plan.plan().filter(LocalPlan.class::isInstance).map(LocalPlan.class::cast).flatMap(LocalPlan::budget)
                .ifPresent(budget -> budget.lines().forEach(l -> lines.put(l.id(), l)));
        Map<Optional<BudgetSource>, Map<Term, Long>> sums = new LinkedHashMap<>();
        for (BudgetSource source : BudgetSource.values()) {
            sums.put(Optional.of(source), new EnumMap<>(Term.class));
        }
        sums.put(Optional.empty(), new EnumMap<>(Term.class));
        for (Action action : plan.actions().values()) {
            if (action.budget().isEmpty() || action.budget().get().amount().isEmpty()) {
                continue;
            }
            Optional<BudgetSource> source = action.budget().get().source().or(() -> action.budget().get().line()
                    .map(lines::get).flatMap(BudgetLine::source));
            sums.get(source).merge(action.term(), action.budget().get().amount().get(), Long::sum);
        }
        sums.values().removeIf(Map::isEmpty);
        return sums;
    }

    /** The budget per term (the bars) and source (their parts), in euros; no series when no action has an amount. */
    public ChartData budget(PlanContents plan) {
        List<ChartData.Series> series = new ArrayList<>();
        budgets(plan).forEach((source, amounts) -> series.add(new ChartData.Series(sourceName(source),
                Arrays.stream(Term.values())
                        .map(term -> Optional.of(BigDecimal.valueOf(amounts.getOrDefault(term, 0L)))).toList())));
        return new ChartData("budget", texts.text("budget"), ChartData.Kind.STACKED_BARS, texts.text("euro"),
                terms(), series, List.of());
    }

    /** The actions per term (the bars) and status (their parts): how many there are of each. */
    public ChartData actions(PlanContents plan) {
        List<ChartData.Series> series = new ArrayList<>();
        for (ActionStatus status : ActionStatus.values()) {
            List<Optional<BigDecimal>> counts = Arrays.stream(Term.values())
                    .map(term -> plan.actions().values().stream()
                            .filter(action -> action.status() == status && action.term() == term).count())
                    .map(count -> Optional.of(BigDecimal.valueOf(count))).toList();
            if (counts.stream().anyMatch(count -> count.get().signum() > 0)) {
                series.add(new ChartData.Series(texts.text("status." + status.code()), counts));
            }
        }
        return new ChartData("actions", texts.text("actions"), ChartData.Kind.STACKED_COUNTS,
                texts.text("actions.count"), terms(), series, List.of());
    }

    /**
     * Each member's contributions to the shared actions of the regional plans (the bars, one per member in the
     * order the plans name them), stacked by action. With {@code municipality}, only the actions it leads or takes
     * part in; without, every action of the plans (the chart of a regional plan itself). Empty when nobody
     * contributes.
     */
    public Optional<ChartData> contributions(Map<RegionalPlan, PlanContents> regions, Optional<String> municipality) {
        Map<String, String> members = new LinkedHashMap<>();
        regions.keySet().forEach(region -> region.members().forEach(m -> members.putIfAbsent(m.code(), m.name())));
        List<ChartData.Series> series = new ArrayList<>();
        for (PlanContents contents : regions.values()) {
            for (Action action : contents.actions().values()) {
                if (action.contributions().isEmpty() || !takesPart(action, municipality)) {
                    continue;
                }
                action.contributions().keySet().forEach(code -> members.putIfAbsent(code, code));
                series.add(new ChartData.Series(action.title(), members.keySet().stream()
                        .map(code -> Optional.ofNullable(action.contributions().get(code)).map(BigDecimal::valueOf))
                        .toList()));
            }
        }
        if (series.isEmpty()) {
            return Optional.empty();
        }
        List<String> categories = List.copyOf(members.values());
        List<ChartData.Series> padded = series.stream().map(s -> new ChartData.Series(s.name(),
                IntStream.range(0, categories.size())
                        .mapToObj(i -> i < s.values().size() ? s.values().get(i) : Optional.<BigDecimal>empty())
                        .toList())).toList();
        return Optional.of(new ChartData("contributions", texts.text("contributions"), ChartData.Kind.STACKED_BARS,
                texts.text("euro"), categories, padded, List.of()));
    }

    /** Whether a municipality leads or takes part in a shared action; every action counts without one. */
    public static boolean takesPart(Action action, Optional<String> municipality) {
        return municipality.isEmpty() || action.participants().contains(municipality.get())
                || action.leadMunicipality().equals(municipality);
    }

    private List<String> terms() {
        return Arrays.stream(Term.values()).map(term -> texts.text("term." + term.code())).toList();
    }

    private String sourceName(Optional<BudgetSource> source) {
        return texts.text("source." + source.map(BudgetSource::code).orElse("unknown"));
    }
}
