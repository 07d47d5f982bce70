package nl.veerkracht.model.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import nl.veerkracht.model.Entity;
import nl.veerkracht.model.EntityKind;
import nl.veerkracht.model.PlanKind;
import nl.veerkracht.model.Vocabulary;
import nl.veerkracht.model.document.MapNode;
import nl.veerkracht.model.document.Node;
import nl.veerkracht.model.document.ScalarNode;
import nl.veerkracht.model.document.SourcePosition;
import nl.veerkracht.model.schema.MapShape;
import nl.veerkracht.model.schema.Schema;
import nl.veerkracht.model.schema.Shape;
import nl.veerkracht.model.validation.Problem;

/** Checks and binds one plan file on its own: everything except references to other files. */
public final class FileChecker {

    private FileChecker() {
    }

    /** The problem for a file that is not a plan file, naming how files are named where it lies. */
    public static Problem notPlanFile(String path, SourcePosition position) {
        List<EntityKind> kinds = EntityKind.inFolderOf(path);
        if (kinds.isEmpty()) {
            kinds = List.of(EntityKind.values());
        }
        return Problem.error(path, position, "file.notPlanFile", path,
                kinds.stream().map(EntityKind::pattern).toList());
    }

    public static FileCheck check(String path, Node document) {
        List<Problem> problems = new ArrayList<>();
        Optional<EntityKind> found = EntityKind.ofPath(path);
        if (found.isEmpty()) {
            problems.add(notPlanFile(path, document.position()));
            return new FileCheck(path, null, Optional.empty(), null, List.of(), Optional.empty(), problems);
        }
        EntityKind kind = found.get();
        String fileId = EntityKind.idOf(path).orElseThrow();
        boolean fileIdValid = kind == EntityKind.PLAN || Values.isId(fileId);
        if (!fileIdValid) {
            problems.add(Problem.error(path, document.position(), "id.badFileName", fileId));
        }

        Optional<PlanKind> planKind = Optional.empty();
        Shape shape = Schema.of(kind);
        Node checked = document;
        if (kind == EntityKind.PLAN && document instanceof MapNode map) {
            planKind = planKindOf(map);
            if (planKind.isPresent()) {
                MapShape own = Schema.plan(planKind.get());
                shape = own;
                checked = withoutOtherKindsFields(path, map, own, planKind.get(), problems);
            }
        }

        ShapeChecker checker = new ShapeChecker(path, problems);
        Node cleaned = checker.checkRoot(checked, shape);

        if (kind != EntityKind.PLAN && kind != EntityKind.OBSERVATIONS && fileIdValid
                && cleaned instanceof MapNode map && map.get("id").orElse(null) instanceof ScalarNode id
                && !id.text().equals(fileId)) {
            problems.add(Problem.error(path, id.position(), "id.fileName", id.text(), fileId));
        }
        Optional<Entity> entity = cleaned == null ? Optional.empty()
                : EntityBinder.bind(kind, fileId, cleaned, planKind);
        return new FileCheck(path, kind, planKind, cleaned, List.copyOf(checker.refs()), entity, problems);
    }

    private static Optional<PlanKind> planKindOf(MapNode plan) {
        return plan.get("kind")
                .filter(node -> node instanceof ScalarNode scalar && scalar.type() == ScalarNode.Type.STRING)
                .flatMap(node -> Vocabulary.fromCode(PlanKind.class, ((ScalarNode) node).text()));
    }

    /** Reports and removes the fields that belong to another kind of plan (regions on a province). */
    private static MapNode withoutOtherKindsFields(String path, MapNode plan, MapShape own, PlanKind kind,
            List<Problem> problems) {
        MapShape all = (MapShape) Schema.of(EntityKind.PLAN);
        MapNode result = plan;
        for (String key : plan.keys()) {
            if (own.field(key).isEmpty() && all.field(key).isPresent()) {
                problems.add(Problem.error(path, plan.keyPosition(key), "field.notForPlanKind", key, kind.code()));
                result = result.without(key);
            }
        }
        return result;
    }
}
