package nl.veerkracht.merge;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import nl.veerkracht.merge.internal.FieldDiffer;
import nl.veerkracht.model.EntityKind;
import nl.veerkracht.model.document.Node;
import nl.veerkracht.model.document.PlanSnapshot;

/**
 * Per-entity, per-field differences between two snapshots ("action Terrassen verruimen: budget.amount
 * 10000 -> 15000; term short -> medium"), not YAML lines. Lists are compared as the merge sees them:
 * a keyed list element by element ({@code runbook[loket-opschalen].within_days}), another list as a
 * set ({@code themes +innovatie}); a list whose kept items changed order also reports
 * {@link FieldChange.Kind#REORDERED}. Deterministic: entities by path, changes by field path, then by
 * kind, then by value.
 */
public final class SemanticDiff {

    private SemanticDiff() {
    }

    /** The changes from {@code before} to {@code after}. */
    public static PlanDiff between(PlanSnapshot before, PlanSnapshot after) {
        List<EntityChange> changes = new ArrayList<>();
        Iterator<Map.Entry<String, Node>> olds = before.documents().entrySet().iterator();
        Iterator<Map.Entry<String, Node>> news = after.documents().entrySet().iterator();
        Map.Entry<String, Node> old = olds.hasNext() ? olds.next() : null;
        Map.Entry<String, Node> young = news.hasNext() ? news.next() : null;
        while (old != null || young != null) {
            int order = old == null ? 1 : young == null ? -1 : old.getKey().compareTo(young.getKey());
            if (order < 0) {
                changes.add(change(old.getKey(), EntityChange.Type.REMOVED, Optional.of(old.getValue()),
                        Optional.empty(), List.of()));
                old = olds.hasNext() ? olds.next() : null;
            } else if (order > 0) {
                changes.add(change(young.getKey(), EntityChange.Type.ADDED, Optional.empty(),
                        Optional.of(young.getValue()), List.of()));
                young = news.hasNext() ? news.next() : null;
            } else {
                Node was = old.getValue();
                Node is = young.getValue();
                if (was != is && !was.equals(is)) {
                    changes.add(change(old.getKey(), EntityChange.Type.MODIFIED, Optional.of(was), Optional.of(is),
                            fields(was, is)));
                }
                old = olds.hasNext() ? olds.next() : null;
                young = news.hasNext() ? news.next() : null;
            }
        }
        return new PlanDiff(changes);
    }

    /** The field changes from one version of a document to another; empty when they are equal. */
    public static List<FieldChange> fields(Node before, Node after) {
        return FieldDiffer.diff(before, after);
    }

    private static EntityChange change(String path, EntityChange.Type type, Optional<Node> before,
            Optional<Node> after, List<FieldChange> fields) {
        return new EntityChange(path, EntityKind.idOf(path).orElse(path), type, before, after, fields);
    }
}
