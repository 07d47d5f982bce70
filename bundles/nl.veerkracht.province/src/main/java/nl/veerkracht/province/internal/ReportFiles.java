package nl.veerkracht.province.internal;

import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonGenerator;

import nl.veerkracht.merge.FieldChange;
import nl.veerkracht.model.document.FieldPath;
import nl.veerkracht.model.document.ListNode;
import nl.veerkracht.model.document.MapNode;
import nl.veerkracht.model.document.Node;
import nl.veerkracht.model.document.ScalarNode;
import nl.veerkracht.province.ProvinceReport.BrokenLink;
import nl.veerkracht.province.ProvinceReport.LinkingAction;
import nl.veerkracht.province.ProvinceReport.NewFundingScheme;
import nl.veerkracht.province.ProvinceReport.NewProgramme;
import nl.veerkracht.province.ProvinceReport.TaskChange;
import nl.veerkracht.province.ProvinceReport;
import nl.veerkracht.store.RepositoryName;
import nl.veerkracht.store.StoreException;
import nl.veerkracht.store.Workspace;

/**
 * The province reports a workspace keeps, so that the desktop client and the council report can show
 * them later: one JSON file per pull that brought something, in
 * {@code .veerkracht/repositories/province/<code>/reports/<time>-<commit>.json}, written atomically.
 */
public final class ReportFiles {

    private static final DateTimeFormatter NAME_TIME = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC);

    private ReportFiles() {
    }

    static Path folder(Workspace workspace, String province) {
        return workspace.stateOf(RepositoryName.province(province)).resolve("reports");
    }

    /** Keeps {@code report}; answers the file it is in. */
    static Path keep(Workspace workspace, ProvinceReport report, Instant pulled) {
        Path folder = folder(workspace, report.province());
        Path file = folder.resolve(NAME_TIME.format(pulled) + "-" + report.to().substring(0, 10) + ".json");
        try {
            Files.createDirectories(folder);
            Path temp = folder.resolve(file.getFileName() + ".tmp");
            Files.writeString(temp, text(json(report).add("pulled", pulled.toString()).build()), StandardCharsets.UTF_8);
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return file;
        } catch (IOException e) {
            throw new StoreException(e, "commit.failed", folder, e.getMessage());
        }
    }

    /** Every report kept for a province, newest first. */
    static List<ProvinceReport> all(Workspace workspace, String province) {
        Path folder = folder(workspace, province);
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        List<ProvinceReport> reports = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.filter(path -> path.toString().endsWith(".json"))
                    .sorted(Comparator.reverseOrder()).toList()) {
                try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                    reports.add(report(Json.createReader(reader).readObject()));
                } catch (RuntimeException e) {
                    // a report that cannot be read is skipped; the mirror itself is the truth
                }
            }
        } catch (IOException e) {
            throw new StoreException(e, "repository.unreadable", folder, e.getMessage());
        }
        return reports;
    }

    /** The report as JSON, as {@code --format json} and the kept files give it. */
    public static JsonObjectBuilder json(ProvinceReport report) {
        JsonObjectBuilder object = Json.createObjectBuilder().add("province", report.province());
        report.from().ifPresent(from -> object.add("from", from));
        object.add("to", report.to());
        JsonArrayBuilder changed = Json.createArrayBuilder();
        for (TaskChange change : report.changedTasks()) {
            JsonArrayBuilder fields = Json.createArrayBuilder();
            for (FieldChange field : change.fields()) {
                fields.add(Json.createObjectBuilder()
                        .add("field", field.field().toString())
                        .add("kind", field.kind().name())
                        .add("before", node(field.before()))
                        .add("after", node(field.after())));
            }
            changed.add(Json.createObjectBuilder().add("task", change.taskId()).add("title", change.title())
                    .add("fields", fields).add("linkedBy", actions(change.linkedBy())));
        }
        JsonArrayBuilder broken = Json.createArrayBuilder();
        for (BrokenLink link : report.brokenLinks()) {
            broken.add(Json.createObjectBuilder().add("action", action(link.action())).add("link", link.link())
                    .add("taskTitle", link.taskTitle()).add("reason", link.reason().name()));
        }
        JsonArrayBuilder programmes = Json.createArrayBuilder();
        for (NewProgramme programme : report.newProgrammes()) {
            programmes.add(Json.createObjectBuilder().add("programme", programme.programme())
                    .add("tasks", Json.createArrayBuilder(programme.taskTitles())));
        }
        JsonArrayBuilder funding = Json.createArrayBuilder();
        for (NewFundingScheme scheme : report.newFundingSchemes()) {
            JsonObjectBuilder entry = Json.createObjectBuilder().add("task", scheme.taskId())
                    .add("taskTitle", scheme.taskTitle()).add("id", scheme.id()).add("title", scheme.title());
            scheme.deadline().ifPresent(deadline -> entry.add("deadline", deadline.toString()));
            funding.add(entry);
        }
        return object.add("changedTasks", changed).add("brokenLinks", broken).add("newProgrammes", programmes)
                .add("newFundingSchemes", funding);
    }

    private static JsonArrayBuilder actions(List<LinkingAction> actions) {
        JsonArrayBuilder array = Json.createArrayBuilder();
        actions.forEach(action -> array.add(action(action)));
        return array;
    }

    private static JsonObjectBuilder action(LinkingAction action) {
        return Json.createObjectBuilder().add("repository", action.repository()).add("file", action.path())
                .add("id", action.id()).add("title", action.title());
    }

    private static ProvinceReport report(JsonObject json) {
        List<TaskChange> changed = new ArrayList<>();
        for (JsonObject change : json.getJsonArray("changedTasks").getValuesAs(JsonObject.class)) {
            List<FieldChange> fields = new ArrayList<>();
            for (JsonObject field : change.getJsonArray("fields").getValuesAs(JsonObject.class)) {
                fields.add(new FieldChange(FieldPath.parse(field.getString("field")),
                        FieldChange.Kind.valueOf(field.getString("kind")), node(field.get("before")),
                        node(field.get("after"))));
            }
            changed.add(new TaskChange(change.getString("task"), change.getString("title"), fields,
                    change.getJsonArray("linkedBy").getValuesAs(JsonObject.class).stream().map(ReportFiles::action).toList()));
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
        return node.map(ReportFiles::node).orElse(JsonValue.NULL);
    }

    private static JsonValue node(Node node) {
        if (node instanceof MapNode map) {
            JsonObjectBuilder object = Json.createObjectBuilder();
            map.entries().forEach((key, value) -> object.add(key, node(value)));
            return object.build();
        }
        if (node instanceof ListNode list) {
            JsonArrayBuilder array = Json.createArrayBuilder();
            list.items().forEach(item -> array.add(node(item)));
            return array.build();
        }
        ScalarNode scalar = (ScalarNode) node;
        return switch (scalar.type()) {
            case STRING -> Json.createValue(scalar.text());
            case INTEGER, DECIMAL -> Json.createValue(new BigDecimal(scalar.text()));
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
            case ARRAY -> ListNode.of(((JsonArray) value).stream().map(ReportFiles::toNode).toList());
            case STRING -> ScalarNode.string(((JsonString) value).getString());
            case NUMBER -> {
                JsonNumber number = (JsonNumber) value;
                yield number.isIntegral() ? ScalarNode.integer(number.longValueExact())
                        : ScalarNode.of(ScalarNode.Type.DECIMAL, number.toString(), nl.veerkracht.model.document.SourcePosition.UNKNOWN);
            }
            case TRUE -> ScalarNode.bool(true);
            case FALSE -> ScalarNode.bool(false);
            case NULL -> ScalarNode.nullValue();
        };
    }

    private static String text(JsonObject json) {
        StringWriter text = new StringWriter();
        try (Writer writer = text; var out = Json.createWriterFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true))
                .createWriter(writer)) {
            out.write(json);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return text.toString().strip() + "\n";
    }
}
