package nl.veerkracht.model.internal;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import nl.veerkracht.model.Action;
import nl.veerkracht.model.ActionBudget;
import nl.veerkracht.model.ActionIndicator;
import nl.veerkracht.model.ActionLinks;
import nl.veerkracht.model.ActionStatus;
import nl.veerkracht.model.Budget;
import nl.veerkracht.model.BudgetLine;
import nl.veerkracht.model.BudgetSource;
import nl.veerkracht.model.CbsApi;
import nl.veerkracht.model.Consultation;
import nl.veerkracht.model.Council;
import nl.veerkracht.model.CrisisRole;
import nl.veerkracht.model.Entity;
import nl.veerkracht.model.EntityKind;
import nl.veerkracht.model.FundingScheme;
import nl.veerkracht.model.Indicator;
import nl.veerkracht.model.IndicatorSource;
import nl.veerkracht.model.Lead;
import nl.veerkracht.model.Leads;
import nl.veerkracht.model.Lesson;
import nl.veerkracht.model.LocalPlan;
import nl.veerkracht.model.Need;
import nl.veerkracht.model.Observation;
import nl.veerkracht.model.ObservationSeries;
import nl.veerkracht.model.PlanKind;
import nl.veerkracht.model.RecoveryLine;
import nl.veerkracht.model.RegionMember;
import nl.veerkracht.model.RegionalPlan;
import nl.veerkracht.model.RunbookStep;
import nl.veerkracht.model.Scenario;
import nl.veerkracht.model.ScenarioKind;
import nl.veerkracht.model.Stakeholder;
import nl.veerkracht.model.StakeholderSector;
import nl.veerkracht.model.Task;
import nl.veerkracht.model.TaskStatus;
import nl.veerkracht.model.Term;
import nl.veerkracht.model.TermPlan;
import nl.veerkracht.model.Theme;
import nl.veerkracht.model.Urgency;
import nl.veerkracht.model.document.ListNode;
import nl.veerkracht.model.document.MapNode;
import nl.veerkracht.model.document.Node;
import nl.veerkracht.model.schema.MapShape;
import nl.veerkracht.model.schema.Schema;

/** Turns a cleaned document into its typed entity; empty when a required field is not there. */
final class EntityBinder {

    private EntityBinder() {
    }

    static Optional<Entity> bind(EntityKind kind, String fileId, Node cleaned, Optional<PlanKind> planKind) {
        if (kind == EntityKind.OBSERVATIONS) {
            return cleaned instanceof ListNode list ? Optional.of(observations(fileId, list)) : Optional.empty();
        }
        if (!(cleaned instanceof MapNode map)) {
            return Optional.empty();
        }
        MapShape shape = kind == EntityKind.PLAN
                ? planKind.map(Schema::plan).orElse(null)
                : (MapShape) Schema.of(kind);
        if (shape == null || !map.keys().containsAll(shape.requiredFields())) {
            return Optional.empty();
        }
        Fields fields = new Fields(map);
        return Optional.of(switch (kind) {
            case PLAN -> planKind.get() == PlanKind.REGION ? regionalPlan(fields) : localPlan(planKind.get(), fields);
            case ACTION -> action(fields);
            case NEED -> need(fields);
            case STAKEHOLDER -> stakeholder(fields);
            case INDICATOR -> indicator(fields);
            case LESSON -> lesson(fields);
            case SCENARIO -> scenario(fields);
            case TASK -> task(fields);
            case OBSERVATIONS -> throw new IllegalStateException();
        });
    }

    private static LocalPlan localPlan(PlanKind kind, Fields fields) {
        Map<Term, TermPlan> terms = new EnumMap<>(Term.class);
        fields.map("terms").ifPresent(all -> {
            for (Term term : Term.values()) {
                all.map(term.code()).ifPresent(plan -> terms.put(term, new TermPlan(plan.whole("horizon_weeks"),
                        plan.date("until"), plan.texts("goals"), plan.texts("principles"))));
            }
        });
        return new LocalPlan(kind, fields.required("code"), fields.required("name"), fields.text("province"),
                fields.texts("regions"), fields.text("vision"),
                fields.maps("recovery_lines").stream()
                        .map(line -> new RecoveryLine(line.required("id"), line.text("title"))).toList(),
                terms,
                fields.map("leads").map(leads -> new Leads(leads.map("official").map(EntityBinder::lead),
                        leads.map("administrative").map(EntityBinder::lead))),
                fields.map("council").map(council -> new Council(council.whole("information_interval_weeks"),
                        council.date("last_informed"))),
                fields.texts("departments"), fields.bool("separate_recovery_organisation"),
                fields.map("budget").map(budget -> new Budget(budget.maps("lines").stream()
                        .map(line -> new BudgetLine(line.required("id"), line.text("title"),
                                line.choice("source", BudgetSource.class), line.amount("amount")))
                        .toList(), budget.amount("reserve"))));
    }

    private static Lead lead(Fields lead) {
        return new Lead(lead.text("name"), lead.text("role"), lead.whole("hours_freed_per_week"));
    }

    private static RegionalPlan regionalPlan(Fields fields) {
        return new RegionalPlan(fields.required("id"), fields.required("name"), fields.text("province"),
                fields.text("coordinator"), fields.bool("require_signed"), fields.text("hub"),
                fields.whole("max_files"), fields.maps("members").stream().map(member -> new RegionMember(member.required("code"),
                        member.required("name"), member.text("url"), member.text("plan_url"), member.text("key"),
                        member.texts("emails")))
                        .toList());
    }

    private static Action action(Fields fields) {
        return new Action(fields.required("id"), fields.required("title"), fields.text("description"),
                fields.requiredChoice("term", Term.class), fields.text("recovery_line"),
                fields.choices("themes", Theme.class), fields.text("department"), fields.text("lead"),
                fields.texts("needs"), fields.texts("stakeholders"),
                fields.map("budget").map(budget -> new ActionBudget(budget.amount("amount"),
                        budget.choice("source", BudgetSource.class), budget.text("line"))),
                fields.maps("indicators").stream()
                        .map(indicator -> new ActionIndicator(indicator.required("id"), indicator.number("target")))
                        .toList(),
                fields.requiredChoice("status", ActionStatus.class), fields.whole("progress"), fields.date("start"),
                fields.date("end"),
                fields.map("links").map(links -> new ActionLinks(links.text("region"), links.texts("province"))),
                fields.text("lead_municipality"), fields.texts("participants"), fields.amounts("contributions"),
                fields.text("scenario"), fields.text("scenario_step"), fields.text("suspended_by"),
                fields.choice("previous_status", ActionStatus.class));
    }

    private static Need need(Fields fields) {
        return new Need(fields.required("id"), fields.required("title"), fields.text("sector"), fields.text("source"),
                fields.date("date"), fields.choice("urgency", Urgency.class));
    }

    private static Stakeholder stakeholder(Fields fields) {
        return new Stakeholder(fields.required("id"), fields.required("organisation"),
                fields.requiredChoice("sector", StakeholderSector.class), fields.text("role"),
                fields.maps("consultations").stream()
                        .map(consultation -> new Consultation(consultation.date("date"), consultation.text("topic")))
                        .toList());
    }

    private static Indicator indicator(Fields fields) {
        return new Indicator(fields.required("id"), fields.required("title"),
                fields.requiredChoice("source", IndicatorSource.class), fields.text("table"), fields.text("measure"),
                fields.text("region"), fields.textsByKey("dimensions"), fields.choice("api", CbsApi.class),
                fields.text("unit"), fields.number("baseline"), fields.number("target"));
    }

    private static ObservationSeries observations(String indicator, ListNode list) {
        List<Observation> observations = list.items().stream().map(item -> new Fields((MapNode) item))
                .map(row -> new Observation(row.required("period"), row.number("value").orElseThrow(),
                        row.choice("source", IndicatorSource.class)))
                .toList();
        return new ObservationSeries(indicator, observations);
    }

    private static Lesson lesson(Fields fields) {
        return new Lesson(fields.required("id"), fields.required("title"), fields.text("source"),
                fields.texts("actions"), fields.text(Schema.LESSON_BODY).orElse(""));
    }

    private static Scenario scenario(Fields fields) {
        return new Scenario(fields.required("id"), fields.required("title"),
                fields.requiredChoice("kind", ScenarioKind.class), fields.texts("triggers"), fields.date("reviewed"),
                fields.maps("roles").stream().map(role -> new CrisisRole(role.required("role"), role.text("who")))
                        .toList(),
                fields.maps("runbook").stream().map(step -> new RunbookStep(step.required("id"), step.text("what"),
                        step.text("who"), step.whole("within_days"))).toList(),
                fields.date("active_since"), fields.text("activated_by"), fields.date("stood_down"),
                fields.texts("suspends"));
    }

    private static Task task(Fields fields) {
        return new Task(fields.required("id"), fields.required("title"), fields.choice("theme", Theme.class),
                fields.text("programme"),
                fields.maps("funding").stream().map(scheme -> new FundingScheme(scheme.required("id"),
                        scheme.text("title"), scheme.date("deadline"))).toList(),
                fields.requiredChoice("status", TaskStatus.class));
    }
}
