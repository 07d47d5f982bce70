package nl.veerkracht.model.internal;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

import nl.veerkracht.model.Action;
import nl.veerkracht.model.Entity;
import nl.veerkracht.model.EntityKind;
import nl.veerkracht.model.Indicator;
import nl.veerkracht.model.Lesson;
import nl.veerkracht.model.Need;
import nl.veerkracht.model.Observation;
import nl.veerkracht.model.ObservationSeries;
import nl.veerkracht.model.Plan;
import nl.veerkracht.model.PlanContents;
import nl.veerkracht.model.PlanKind;
import nl.veerkracht.model.RegionalPlan;
import nl.veerkracht.model.Scenario;
import nl.veerkracht.model.Stakeholder;
import nl.veerkracht.model.Task;
import nl.veerkracht.model.document.ListNode;
import nl.veerkracht.model.document.MapNode;
import nl.veerkracht.model.document.Node;
import nl.veerkracht.model.document.PlanSnapshot;
import nl.veerkracht.model.document.ScalarNode;
import nl.veerkracht.model.document.SourcePosition;
import nl.veerkracht.model.validation.Problem;

/** Checks a whole snapshot: every file on its own, then every reference between files. */
public final class SnapshotChecker {

    private static final String PLAN = EntityKind.PLAN.pathOf(EntityKind.PLAN_ID);

    private final PlanSnapshot snapshot;
    private final Set<String> unreadable;
    private final Map<String, FileCheck> checks = new LinkedHashMap<>();
    private final List<Problem> problems = new ArrayList<>();

    private SnapshotChecker(PlanSnapshot snapshot, Set<String> unreadable) {
        this.snapshot = snapshot;
        this.unreadable = Set.copyOf(unreadable);
    }

    /** The typed contents and every problem, sorted. Files in {@code unreadable} exist but could not be read. */
    public static Map.Entry<PlanContents, List<Problem>> check(PlanSnapshot snapshot, Set<String> unreadable) {
        SnapshotChecker checker = new SnapshotChecker(snapshot, unreadable);
        checker.run();
        List<Problem> sorted = new ArrayList<>(checker.problems);
        sorted.sort(Problem.ORDER);
        return Map.entry(checker.contents(), List.copyOf(sorted));
    }

    private void run() {
        snapshot.documents().forEach((path, document) -> {
            if (EntityKind.ofPath(path).isPresent()) {
                FileCheck check = FileChecker.check(path, document);
                checks.put(path, check);
                problems.addAll(check.problems());
            }
        });
        FileCheck plan = checks.get(PLAN);
        if (plan == null && !unreadable.contains(PLAN)) {
            problems.add(Problem.error(PLAN, SourcePosition.UNKNOWN, "plan.missing"));
        }
        PlanFacts facts = PlanFacts.of(plan);
        checkFilesLimit(plan, facts);
        for (FileCheck check : checks.values()) {
            checkReferences(check, facts);
            if (check.kind() == EntityKind.OBSERVATIONS) {
                String indicator = EntityKind.INDICATOR.pathOf(EntityKind.idOf(check.path()).orElseThrow());
                if (!exists(indicator)) {
                    SourcePosition where = check.cleaned() == null ? SourcePosition.UNKNOWN
                            : check.cleaned().position();
                    problems.add(Problem.error(check.path(), where, "ref.observationsIndicator",
                            EntityKind.idOf(check.path()).orElseThrow()));
                }
            }
        }
    }

    /** A region raises the limit of files per commit; it cannot lower it, nor raise it without bound. */
    private void checkFilesLimit(FileCheck plan, PlanFacts facts) {
        if (plan == null || facts.kind().orElse(null) != PlanKind.REGION
                || !(plan.cleaned() instanceof MapNode map)
                || !(map.get("max_files").orElse(null) instanceof ScalarNode limit)
                || limit.type() != ScalarNode.Type.INTEGER) {
            return;
        }
        BigInteger value = new BigInteger(limit.text());
        if (value.compareTo(BigInteger.valueOf(RegionalPlan.FILES_LIMIT)) < 0
                || value.compareTo(BigInteger.valueOf(RegionalPlan.MOST_FILES)) > 0) {
            problems.add(Problem.error(PLAN, limit.position(), "value.maxFiles", limit.text()));
        }
    }

    private void checkReferences(FileCheck check, PlanFacts facts) {
        Set<String> regionalOnlyReported = new HashSet<>();
        for (ShapeChecker.Ref ref : check.refs()) {
            switch (ref.target()) {
                case NEED -> requireFile(check, ref, EntityKind.NEED, "ref.need");
                case STAKEHOLDER -> requireFile(check, ref, EntityKind.STAKEHOLDER, "ref.stakeholder");
                case INDICATOR -> requireFile(check, ref, EntityKind.INDICATOR, "ref.indicator");
                case ACTION -> requireFile(check, ref, EntityKind.ACTION, "ref.action");
                case SCENARIO -> requireFile(check, ref, EntityKind.SCENARIO, "ref.scenario");
                case RECOVERY_LINE ->
                    facts.recoveryLines().ifPresent(ids -> require(check, ref, ids, "ref.recoveryLine"));
                case BUDGET_LINE -> facts.budgetLines().ifPresent(ids -> require(check, ref, ids, "ref.budgetLine"));
                case MEMBER -> {
                    if (facts.kind().isEmpty()) {
                        break;
                    }
                    if (facts.kind().get() == PlanKind.REGION) {
                        require(check, ref, facts.members(), "ref.member");
                    } else if (regionalOnlyReported.add(ref.topField())) {
                        SourcePosition where = check.cleaned() instanceof MapNode map
                                ? map.keyPosition(ref.topField()) : ref.position();
                        problems.add(Problem.error(check.path(), where, "field.regionalOnly", ref.topField()));
                    }
                }
                default -> throw new IllegalStateException(ref.target().toString());
            }
        }
    }

    private void requireFile(FileCheck check, ShapeChecker.Ref ref, EntityKind kind, String key) {
        if (!exists(kind.pathOf(ref.value()))) {
            problems.add(Problem.error(check.path(), ref.position(), key, ref.display(), ref.value()));
        }
    }

    private void require(FileCheck check, ShapeChecker.Ref ref, Set<String> known, String key) {
        if (!known.contains(ref.value())) {
            problems.add(Problem.error(check.path(), ref.position(), key, ref.display(), ref.value()));
        }
    }

    private boolean exists(String path) {
        return snapshot.contains(path) || unreadable.contains(path);
    }

    private PlanContents contents() {
        Optional<Plan> plan = Optional.empty();
        Map<String, Action> actions = new TreeMap<>();
        Map<String, Need> needs = new TreeMap<>();
        Map<String, Stakeholder> stakeholders = new TreeMap<>();
        Map<String, Indicator> indicators = new TreeMap<>();
        Map<String, List<Observation>> observations = new TreeMap<>();
        Map<String, Lesson> lessons = new TreeMap<>();
        Map<String, Scenario> scenarios = new TreeMap<>();
        Map<String, Task> tasks = new TreeMap<>();
        for (FileCheck check : checks.values()) {
            if (check.entity().isEmpty()) {
                continue;
            }
            String id = EntityKind.idOf(check.path()).orElseThrow();
            Entity entity = check.entity().get();
            if (entity instanceof Plan p) {
                plan = Optional.of(p);
            } else if (entity instanceof Action action) {
                actions.put(id, action);
            } else if (entity instanceof Need need) {
                needs.put(id, need);
            } else if (entity instanceof Stakeholder stakeholder) {
                stakeholders.put(id, stakeholder);
            } else if (entity instanceof Indicator indicator) {
                indicators.put(id, indicator);
            } else if (entity instanceof ObservationSeries series) {
                observations.put(id, series.observations());
            } else if (entity instanceof Lesson lesson) {
                lessons.put(id, lesson);
            } else if (entity instanceof Scenario scenario) {
                scenarios.put(id, scenario);
            } else if (entity instanceof Task task) {
                tasks.put(id, task);
            }
        }
        return new PlanContents(plan, new TreeMap<>(actions), new TreeMap<>(needs), new TreeMap<>(stakeholders),
                new TreeMap<>(indicators), new TreeMap<>(observations), new TreeMap<>(lessons),
                new TreeMap<>(scenarios), new TreeMap<>(tasks));
    }

    /**
     * What references resolve against in plan.yaml. Empty optionals when plan.yaml cannot tell (it is
     * missing or unreadable): then those references are not checked, rather than all reported.
     */
    private record PlanFacts(Optional<PlanKind> kind, Optional<Set<String>> recoveryLines,
            Optional<Set<String>> budgetLines, Set<String> members) {

        static PlanFacts of(FileCheck plan) {
            if (plan == null || !(plan.cleaned() instanceof MapNode map)) {
                return new PlanFacts(Optional.empty(), Optional.empty(), Optional.empty(), Set.of());
            }
            Set<String> budgetLines = map.get("budget").filter(MapNode.class::isInstance)
                    .map(budget -> keys(((MapNode) budget).get("lines").orElse(null), "id"))
                    .orElse(Set.of());
            return new PlanFacts(plan.planKind(), Optional.of(keys(map.get("recovery_lines").orElse(null), "id")),
                    Optional.of(budgetLines), keys(map.get("members").orElse(null), "code"));
        }

        private static Set<String> keys(Node list, String key) {
            Set<String> keys = new HashSet<>();
            if (list instanceof ListNode items) {
                for (Node item : items.items()) {
                    if (item instanceof MapNode element && element.get(key).orElse(null) instanceof ScalarNode value) {
                        keys.add(value.text());
                    }
                }
            }
            return keys;
        }
    }
}
