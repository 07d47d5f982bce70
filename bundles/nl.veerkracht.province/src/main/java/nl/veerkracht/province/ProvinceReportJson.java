package nl.veerkracht.province;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import nl.veerkracht.merge.FieldChange;
import nl.veerkracht.model.document.FieldPath;
import nl.veerkracht.model.document.ListNode;
import nl.veerkracht.model.document.MapNode;
import nl.veerkracht.model.document.Node;
import nl.veerkracht.model.document.ScalarNode;
import nl.veerkracht.model.document.SourcePosition;
import nl.veerkracht.province.ProvinceReport.BrokenLink;
import nl.veerkracht.province.ProvinceReport.LinkingAction;
import nl.veerkracht.province.ProvinceReport.NewFundingScheme;
import nl.veerkracht.province.ProvinceReport.NewProgramme;
import nl.veerkracht.province.ProvinceReport.TaskChange;

/**
 * A province report as JSON and back: what {@code sync --format json} prints and what the workspace
 * keeps of every pull, so that the desktop client and the council report read the same facts.
 */
public final class ProvinceReportJson {

    /** Looked up once: {@code Json.createObjectBuilder()} asks the service loader on every call. */
    private static final JsonProvider JSON = JsonProvider.provider();

    private ProvinceReportJson() {
    }

    /** The report as JSON, as {@code --format json} and the kept files give it. */
    public static JsonObjectBuilder json(ProvinceReport report) {
        JsonObjectBuilder object = JSON.createObjectBuilder().add("province", report.province());
        report.from().ifPresent(from -> object.add("from", from));
        object.add("to", report.to());
        JsonArrayBuilder changed = JSON.createArrayBuilder();
        for (TaskChange change : report.changedTasks()) {
            JsonArrayBuilder fields = JSON.createArrayBuilder();
            for (FieldChange field : change.fields()) {
                fields.add(JSON.createObjectBuilder()
                        .add("field", field.field().toString())
                        .add("kind", field.kind().name())
                        .add("before", node(field.before()))
                        .add("after", node(field.after())));
            }
            changed.add(JSON.createObjectBuilder().add("task", change.taskId()).add("title", change.title())
                    .add("fields", fields).add("linkedBy", actions(change.linkedBy())));
        }
        JsonArrayBuilder broken = JSON.createArrayBuilder();
        for (BrokenLink link : report.brokenLinks()) {
            broken.add(JSON.createObjectBuilder().add("action", action(link.action())).add("link", link.link())
                    .add("taskTitle", link.taskTitle()).add("reason", link.reason().name()));
        }
        JsonArrayBuilder programmes = JSON.createArrayBuilder();
        for (NewProgramme programme : report.newProgrammes()) {
            programmes.add(JSON.createObjectBuilder().add("programme", programme.programme())
                    .add("tasks", JSON.createArrayBuilder(programme.taskTitles())));
        }
        JsonArrayBuilder funding = JSON.createArrayBuilder();
        for (NewFundingScheme scheme : report.newFundingSchemes()) {
            JsonObjectBuilder entry = JSON.createObjectBuilder().add("task", scheme.taskId())
                    .add("taskTitle", scheme.taskTitle()).add("id", scheme.id()).add("title", scheme.title());
            scheme.deadline().ifPresent(deadline -> entry.add("deadline", deadline.toString()));
            funding.add(entry);
        }
        return object.add("changedTasks", changed).add("brokenLinks", broken).add("newProgrammes", programmes)
                .add("newFundingSchemes", funding);
    }

    private static JsonArrayBuilder actions(List<LinkingAction> actions) {
        JsonArrayBuilder array = JSON.createArrayBuilder();
        actions.forEach(action -> array.add(action(action)));
        return array;
    }

    private static JsonObjectBuilder action(LinkingAction action) {
        return JSON.createObjectBuilder().add("repository", action.repository()).add("file", action.path())
                .add("id", action.id()).add("title", action.title());
    }

    /** The report read back from its JSON. */
    public static ProvinceReport report(JsonObject json) {
        List<TaskChange> changed = new ArrayList<>();
        for (JsonObject change : json.getJsonArray("changedTasks").getValuesAs(JsonObject.class)) {
            List<FieldChange> fields = new ArrayList<>();
            for (JsonObject field : change.getJsonArray("fields").getValuesAs(JsonObject.class)) {
                fields.add(new FieldChange(FieldPath.parse(field.getString("field")),
                        FieldChange.Kind.valueOf(field.getString("kind")), node(field.get("before")),
                        node(field.get("after"))));
            }
            changed.add(new TaskChange(change.getString("task"), change.getString("title"), fields,
                    change.getJsonArray("linkedBy").getValuesAs(JsonObject.class).stream().map(ProvinceReportJson::action).toList()));
        }
        List<BrokenLink> broken = json.getJsonArray("brokenLinks").getValuesAs(JsonObject.class).stream()
                .map(link -> new BrokenLink(action(link.getJsonObject("action")), link.getString("link"),
                        link.getString("taskTitle"), ProvinceReport.BreakReason.valueOf(link.getString("reason"))))
                .toList();
        List<NewProgramme> programmes = json.getJsonArray("newProgrammes").getValuesAs(JsonObject.class).stream()
                .map(programme -> new NewProgramme(programme.getString("programme"),
                        programme.getJsonArray("tasks").getValuesAs(JsonString.class).stream().map(JsonString::getString).toList()))
                .toList();
        List<NewFundingScheme> funding = json.getJsonArray("newFundingSchemes").getValuesAs(JsonObject.class).stream()
                .map(scheme -> new NewFundingScheme(scheme.getString("task"), scheme.getString("taskTitle"),
                        scheme.getString("id"), scheme.getString("title"),
                        scheme.containsKey("deadline") ? Optional.of(LocalDate.parse(scheme.getString("deadline")))
                                : Optional.empty()))
                .toList();
        return new ProvinceReport(json.getString("province"),
                json.containsKey("from") ? Optional.of(json.getString("from")) : Optional.empty(), json.getString("to"),
                changed, broken, programmes, funding);
    }

    private static LinkingAction action(JsonObject json) {
        return new LinkingAction(json.getString("repository"), json.getString("file"), json.getString("id"),
                json.getString("title"));
    }

    private static JsonValue node(Optional<Node> node) {
        return node.map(ProvinceReportJson::node).orElse(JsonValue.NULL);
    }

    private static JsonValue node(Node node) {
        if (node instanceof MapNode map) {
            JsonObjectBuilder object = JSON.createObjectBuilder();
            map.entries().forEach((key, value) -> object.add(key, node(value)));
            return object.build();
        }
        if (node instanceof ListNode list) {
            JsonArrayBuilder array = JSON.createArrayBuilder();
            list.items().forEach(item -> array.add(node(item)));
            return array.build();
        }
        ScalarNode scalar = (ScalarNode) node;
        return switch (scalar.type()) {
            case STRING -> JSON.createValue(scalar.text());
            case INTEGER, DECIMAL -> JSON.createValue(new BigDecimal(scalar.text()));
            case BOOLEAN -> Boolean.parseBoolean(scalar.text()) ? JsonValue.TRUE : JsonValue.FALSE;
            case NULL -> JsonValue.NULL;
        };
    }

    private static Optional<Node> node(JsonValue value) {
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return Optional.empty();
        }
        return Optional.of(toNode(value));
    }

    private static Node toNode(JsonValue value) {
        return switch (value.getValueType()) {
            case OBJECT -> {
                Map<String, Node> entries = new LinkedHashMap<>();
                value.asJsonObject().forEach((key, entry) -> entries.put(key, toNode(entry)));
                yield MapNode.of(entries);
            }
            case ARRAY -> ListNode.of(((JsonArray) value).stream().map(ProvinceReportJson::toNode).toList());
            case STRING -> ScalarNode.string(((JsonString) value).getString());
            case NUMBER -> {
                JsonNumber number = (JsonNumber) value;
                yield number.isIntegral() ? ScalarNode.integer(number.longValueExact())
                        : ScalarNode.of(ScalarNode.Type.DECIMAL, number.toString(), SourcePosition.UNKNOWN);
            }
            case TRUE -> ScalarNode.bool(true);
            case FALSE -> ScalarNode.bool(false);
            case NULL -> ScalarNode.nullValue();
        };
    }
}
