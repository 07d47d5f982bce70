package nl.veerkracht.model.schema;

import static nl.veerkracht.model.schema.Field.optional;
import static nl.veerkracht.model.schema.Field.required;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import nl.veerkracht.model.ActionStatus;
import nl.veerkracht.model.BudgetSource;
import nl.veerkracht.model.CbsApi;
import nl.veerkracht.model.EntityKind;
import nl.veerkracht.model.IndicatorSource;
import nl.veerkracht.model.PlanKind;
import nl.veerkracht.model.ScenarioKind;
import nl.veerkracht.model.StakeholderSector;
import nl.veerkracht.model.TaskStatus;
import nl.veerkracht.model.Term;
import nl.veerkracht.model.Theme;
import nl.veerkracht.model.Urgency;
import nl.veerkracht.model.document.FieldPath;

/**
 * The schema of every kind of plan file, exactly as FORMAT.md lays it out: fields in canonical order,
 * required fields, multi-line text, sets, keyed lists and references.
 *
 * <p>{@code plan.yaml} has one shape per {@link PlanKind} ({@link #plan(PlanKind)}); {@link #of(EntityKind)}
 * gives for it the union of the three, whose key order agrees with each of them, for tools that do not
 * know the kind (the writer, a reader that has not looked at {@code kind} yet).
 */
public final class Schema {

    private static final ScalarShape TEXT = ScalarShape.of(ScalarKind.TEXT);
    private static final ScalarShape MULTILINE = ScalarShape.of(ScalarKind.MULTILINE_TEXT);
    private static final ScalarShape ID = ScalarShape.of(ScalarKind.ID);
    private static final ScalarShape DATE = ScalarShape.of(ScalarKind.DATE);
    private static final ScalarShape AMOUNT = ScalarShape.of(ScalarKind.AMOUNT);
    private static final ScalarShape WHOLE = ScalarShape.of(ScalarKind.WHOLE_NUMBER);
    private static final ScalarShape POSITIVE = ScalarShape.of(ScalarKind.POSITIVE_NUMBER);
    private static final ScalarShape NUMBER = ScalarShape.of(ScalarKind.NUMBER);
    private static final ScalarShape BOOLEAN = ScalarShape.of(ScalarKind.BOOLEAN);
    private static final ScalarShape PROVINCE_CODE = ScalarShape.of(ScalarKind.PROVINCE_CODE);
    private static final ScalarShape MEMBER_CODE = ScalarShape.reference(ScalarKind.MUNICIPALITY_CODE,
            Reference.MEMBER);

    private static final MapShape TERM = MapShape.of(
            optional("horizon_weeks", POSITIVE),
            optional("until", DATE),
            optional("goals", ListShape.set(TEXT)),
            optional("principles", ListShape.set(TEXT)));

    private static final MapShape LEAD = MapShape.of(
            optional("name", TEXT),
            optional("role", TEXT),
            optional("hours_freed_per_week", WHOLE));

    private static final Field KIND = required("kind", ScalarShape.choice(PlanKind.class));
    private static final Field NAME = required("name", TEXT);
    private static final Field PROVINCE = optional("province", PROVINCE_CODE);
    private static final Field COORDINATOR = optional("coordinator", MEMBER_CODE);
    private static final Field REQUIRE_SIGNED = optional("require_signed", BOOLEAN);
    private static final Field HUB = optional("hub", ScalarShape.of(ScalarKind.GIT_URL));
    private static final Field MAX_FILES = optional("max_files", WHOLE);
    private static final Field MEMBERS = optional("members", ListShape.keyed("code", MapShape.of(
            required("code", ScalarShape.of(ScalarKind.MUNICIPALITY_CODE)),
            required("name", TEXT),
            optional("url", ScalarShape.of(ScalarKind.GIT_URL)),
            optional("plan_url", ScalarShape.of(ScalarKind.GIT_URL)),
            optional("key", TEXT),
            optional("emails", ListShape.set(ScalarShape.of(ScalarKind.EMAIL_PATTERN))))));
    private static final Field REGIONS = optional("regions", ListShape.set(ID));
    private static final Field VISION = optional("vision", MULTILINE);
    private static final Field RECOVERY_LINES = optional("recovery_lines", ListShape.keyed("id", MapShape.of(
            required("id", ID),
            optional("title", TEXT))));
    private static final Field TERMS = optional("terms", MapShape.of(
            optional(Term.SHORT.code(), TERM),
            optional(Term.MEDIUM.code(), TERM),
            optional(Term.LONG.code(), TERM)));
    private static final Field LEADS = optional("leads", MapShape.of(
            optional("official", LEAD),
            optional("administrative", LEAD)));
    private static final Field COUNCIL = optional("council", MapShape.of(
            optional("information_interval_weeks", POSITIVE),
            optional("last_informed", DATE)));
    private static final Field DEPARTMENTS = optional("departments", ListShape.set(TEXT));
    private static final Field SEPARATE_RECOVERY_ORGANISATION = optional("separate_recovery_organisation", BOOLEAN);
    private static final Field BUDGET = optional("budget", MapShape.of(
            optional("lines", ListShape.keyed("id", MapShape.of(
                    required("id", ID),
                    optional("title", TEXT),
                    optional("source", ScalarShape.choice(BudgetSource.class)),
                    optional("amount", AMOUNT)))),
            optional("reserve", AMOUNT)));

    private static final MapShape PLAN = MapShape.of(KIND,
            optional("id", ID),
            optional("code", ScalarShape.of(ScalarKind.CBS_CODE)),
            NAME, PROVINCE, COORDINATOR, REQUIRE_SIGNED, HUB, MAX_FILES, MEMBERS, REGIONS, VISION, RECOVERY_LINES, TERMS, LEADS,
            COUNCIL, DEPARTMENTS, SEPARATE_RECOVERY_ORGANISATION, BUDGET);

    private static final MapShape MUNICIPALITY_PLAN = MapShape.of(KIND,
            required("code", ScalarShape.of(ScalarKind.MUNICIPALITY_CODE)),
            NAME, PROVINCE, REGIONS, VISION, RECOVERY_LINES, TERMS, LEADS, COUNCIL, DEPARTMENTS,
            SEPARATE_RECOVERY_ORGANISATION, BUDGET);

    private static final MapShape PROVINCE_PLAN = MapShape.of(KIND,
            required("code", PROVINCE_CODE),
            NAME, PROVINCE, VISION, RECOVERY_LINES, TERMS, LEADS, COUNCIL, DEPARTMENTS,
            SEPARATE_RECOVERY_ORGANISATION, BUDGET);

    private static final MapShape REGION_PLAN = MapShape.of(KIND,
            required("id", ID),
            NAME, PROVINCE, COORDINATOR, REQUIRE_SIGNED, HUB, MAX_FILES, MEMBERS);

    private static final MapShape ACTION = MapShape.of(
            required("id", ID),
            required("title", TEXT),
            optional("description", MULTILINE),
            required("term", ScalarShape.choice(Term.class)),
            optional("recovery_line", ScalarShape.reference(ScalarKind.ID, Reference.RECOVERY_LINE)),
            optional("themes", ListShape.set(ScalarShape.choice(Theme.class))),
            optional("department", TEXT),
            optional("lead", TEXT),
            optional("needs", ListShape.set(ScalarShape.reference(ScalarKind.ID, Reference.NEED))),
            optional("stakeholders", ListShape.set(ScalarShape.reference(ScalarKind.ID, Reference.STAKEHOLDER))),
            optional("budget", MapShape.of(
                    optional("amount", AMOUNT),
                    optional("source", ScalarShape.choice(BudgetSource.class)),
                    optional("line", ScalarShape.reference(ScalarKind.ID, Reference.BUDGET_LINE)))),
            optional("indicators", ListShape.keyed("id", MapShape.of(
                    required("id", ScalarShape.reference(ScalarKind.ID, Reference.INDICATOR)),
                    optional("target", NUMBER)))),
            required("status", ScalarShape.choice(ActionStatus.class)),
            optional("suspended_by", ScalarShape.reference(ScalarKind.ID, Reference.SCENARIO)),
            optional("previous_status", ScalarShape.choice(ActionStatus.class)),
            optional("progress", ScalarShape.of(ScalarKind.PERCENTAGE)),
            optional("start", DATE),
            optional("end", DATE),
            optional("links", MapShape.of(
                    optional("region", ScalarShape.of(ScalarKind.REGION_ACTION_LINK)),
                    optional("province", ListShape.set(ScalarShape.of(ScalarKind.PROVINCE_TASK_LINK))))),
            optional("scenario", ScalarShape.reference(ScalarKind.ID, Reference.SCENARIO)),
            optional("scenario_step", ID),
            optional("lead_municipality", MEMBER_CODE),
            optional("participants", ListShape.set(MEMBER_CODE)),
            optional("contributions", new DictionaryShape(MEMBER_CODE, AMOUNT)));

    private static final MapShape NEED = MapShape.of(
            required("id", ID),
            required("title", TEXT),
            optional("sector", TEXT),
            optional("source", TEXT),
            optional("date", DATE),
            optional("urgency", ScalarShape.choice(Urgency.class)));

    private static final MapShape STAKEHOLDER = MapShape.of(
            required("id", ID),
            required("organisation", TEXT),
            required("sector", ScalarShape.choice(StakeholderSector.class)),
            optional("role", TEXT),
            optional("consultations", ListShape.ordered(MapShape.of(
                    optional("date", DATE),
                    optional("topic", TEXT)))));

    private static final MapShape INDICATOR = MapShape.of(
            required("id", ID),
            required("title", TEXT),
            required("source", ScalarShape.choice(IndicatorSource.class)),
            optional("table", TEXT),
            optional("measure", TEXT),
            optional("region", TEXT),
            optional("dimensions", new DictionaryShape(TEXT, TEXT)),
            optional("api", ScalarShape.choice(CbsApi.class)),
            optional("unit", TEXT),
            optional("baseline", NUMBER),
            optional("target", NUMBER));

    /** The columns of {@code indicators/<id>.csv}, in order. */
    public static final List<String> OBSERVATION_COLUMNS = List.of("period", "value", "source");

    private static final ListShape OBSERVATIONS = ListShape.keyed("period", MapShape.of(
            required("period", ScalarShape.of(ScalarKind.PERIOD)),
            required("value", NUMBER),
            optional("source", ScalarShape.choice(IndicatorSource.class))));

    /** The field of a lesson's map that holds the text after the front matter. */
    public static final String LESSON_BODY = "body";

    private static final MapShape LESSON = MapShape.of(
            required("id", ID),
            required("title", TEXT),
            optional("source", TEXT),
            optional("actions", ListShape.set(ScalarShape.reference(ScalarKind.ID, Reference.ACTION))),
            optional(LESSON_BODY, MULTILINE));

    private static final MapShape SCENARIO = MapShape.of(
            required("id", ID),
            required("title", TEXT),
            required("kind", ScalarShape.choice(ScenarioKind.class)),
            optional("triggers", ListShape.set(TEXT)),
            optional("reviewed", DATE),
            optional("active_since", DATE),
            optional("activated_by", TEXT),
            optional("stood_down", DATE),
            optional("roles", ListShape.keyed("role", MapShape.of(
                    required("role", TEXT),
                    optional("who", TEXT)))),
            optional("runbook", ListShape.keyed("id", MapShape.of(
                    required("id", ID),
                    optional("what", TEXT),
                    optional("who", TEXT),
                    optional("within_days", WHOLE)))),
            optional("suspends", ListShape.set(ScalarShape.reference(ScalarKind.ID, Reference.ACTION))));

    private static final MapShape TASK = MapShape.of(
            required("id", ID),
            required("title", TEXT),
            optional("theme", ScalarShape.choice(Theme.class)),
            optional("programme", TEXT),
            optional("funding", ListShape.keyed("id", MapShape.of(
                    required("id", ID),
                    optional("title", TEXT),
                    optional("deadline", DATE)))),
            required("status", ScalarShape.choice(TaskStatus.class)));

    private static final Map<EntityKind, Shape> BY_KIND = new EnumMap<>(Map.of(
            EntityKind.PLAN, PLAN,
            EntityKind.ACTION, ACTION,
            EntityKind.NEED, NEED,
            EntityKind.STAKEHOLDER, STAKEHOLDER,
            EntityKind.INDICATOR, INDICATOR,
            EntityKind.OBSERVATIONS, OBSERVATIONS,
            EntityKind.LESSON, LESSON,
            EntityKind.SCENARIO, SCENARIO,
            EntityKind.TASK, TASK));

    private static final Map<PlanKind, MapShape> PLANS = new EnumMap<>(Map.of(
            PlanKind.MUNICIPALITY, MUNICIPALITY_PLAN,
            PlanKind.PROVINCE, PROVINCE_PLAN,
            PlanKind.REGION, REGION_PLAN));

    private Schema() {
    }

    /**
     * The shape of a whole file of this kind: a map, except for {@link EntityKind#OBSERVATIONS}, a list
     * keyed by period. For {@link EntityKind#PLAN} the union of the three plan kinds.
     */
    public static Shape of(EntityKind kind) {
        return BY_KIND.get(Objects.requireNonNull(kind));
    }

    /** The shape of {@code plan.yaml} for a plan of this kind. */
    public static MapShape plan(PlanKind kind) {
        return PLANS.get(Objects.requireNonNull(kind));
    }

    /**
     * The shape at {@code path} inside a value of shape {@code root}: a key steps into a field (or a
     * dictionary's value), an element into the items of a list. Empty when the path leaves the schema.
     */
    public static Optional<Shape> at(Shape root, FieldPath path) {
        Shape shape = root;
        for (FieldPath.Segment segment : path.segments()) {
            Optional<Shape> next = step(shape, segment);
            if (next.isEmpty()) {
                return next;
            }
            shape = next.get();
        }
        return Optional.of(shape);
    }

    private static Optional<Shape> step(Shape shape, FieldPath.Segment segment) {
        if (segment instanceof FieldPath.Key key) {
            if (shape instanceof MapShape map) {
                return map.field(key.name()).map(Field::shape);
            }
            if (shape instanceof DictionaryShape dictionary) {
                return Optional.of(dictionary.value());
            }
            return Optional.empty();
        }
        return shape instanceof ListShape list ? Optional.of(list.element()) : Optional.empty();
    }
}
