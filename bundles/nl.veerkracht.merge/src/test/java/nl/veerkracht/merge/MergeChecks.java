package nl.veerkracht.merge;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;

import nl.veerkracht.merge.internal.ListShape;
import nl.veerkracht.model.document.FieldPath;
import nl.veerkracht.model.document.ListNode;
import nl.veerkracht.model.document.MapNode;
import nl.veerkracht.model.document.Node;
import nl.veerkracht.model.document.PlanSnapshot;
import nl.veerkracht.model.document.ScalarNode;

/** What the properties check of a merge result, written against the semantic diff. */
final class MergeChecks {

    private MergeChecks() {
    }

    /**
     * The changes from {@code base} to {@code side} that the merge lost: neither in the merged plan nor
     * under a conflict (at the changed field or around it). Empty when nothing was dropped.
     *
     * @param other the other side, whose text edits may share lines with this side's
     */
    static List<String> droppedChanges(PlanSnapshot base, PlanSnapshot side, PlanSnapshot other, MergeResult result) {
        List<String> dropped = new ArrayList<>();
        for (EntityChange entity : SemanticDiff.between(base, side).entities()) {
            List<FieldConflict> conflicts = result.conflicts().stream()
                    .filter(conflict -> conflict.path().equals(entity.path())).toList();
            Optional<Node> merged = result.merged().document(entity.path());
            switch (entity.type()) {
                case REMOVED -> {
                    if (merged.isPresent() && !covered(conflicts, FieldPath.root())) {
                        dropped.add(entity.path() + " removed");
                    }
                }
                case ADDED -> {
                    if (!reflected(merged, entity.after().orElseThrow(), FieldPath.root(), conflicts)) {
                        dropped.add(entity.path() + " added");
                    }
                }
                case MODIFIED -> {
                    Optional<Node> otherDocument = other.document(entity.path());
                    for (FieldChange change : entity.fields()) {
                        if (!kept(change, merged, otherDocument, conflicts)) {
                            dropped.add(entity.path() + ": " + change);
                        }
                    }
                }
            }
        }
        return dropped;
    }

    /** Descriptions of conflicts that are not what a conflict should be; empty when all are well formed. */
    static List<String> malformedConflicts(MergeResult result) {
        List<String> malformed = new ArrayList<>();
        for (FieldConflict conflict : result.conflicts()) {
            boolean sidesDiffer = !conflict.ours().equals(conflict.theirs())
                    && !conflict.ours().equals(conflict.base()) && !conflict.theirs().equals(conflict.base());
            boolean kindFits = switch (conflict.kind()) {
                case EDIT_EDIT -> conflict.base().isPresent() && conflict.ours().isPresent()
                        && conflict.theirs().isPresent();
                case EDIT_DELETE -> conflict.base().isPresent()
                        && (conflict.ours().isEmpty() != conflict.theirs().isEmpty());
                case ADD_ADD -> conflict.base().isEmpty() && conflict.ours().isPresent() && conflict.theirs().isPresent();
            };
            Optional<Node> merged = result.merged().document(conflict.path())
                    .flatMap(document -> Fields.valueAt(document, conflict.field()));
            boolean leftAsOurs = merged.equals(conflict.ours());
            if (!sidesDiffer || !kindFits || !leftAsOurs) {
                malformed.add(conflict + (leftAsOurs ? "" : " merged has " + merged));
            }
        }
        for (int i = 1; i < result.conflicts().size(); i++) {
            FieldConflict before = result.conflicts().get(i - 1);
            FieldConflict after = result.conflicts().get(i);
            if (before.compareTo(after) >= 0 || before.path().equals(after.path())
                    && (before.field().contains(after.field()) || after.field().contains(before.field()))) {
                malformed.add("out of order or nested: " + before + " / " + after);
            }
        }
        return malformed;
    }

    /** The plan once every conflict is resolved by taking {@code side}. */
    static PlanSnapshot resolvedWith(MergeResult result, Side side) {
        return result.resolve(result.conflicts().stream().map(conflict -> Resolution.take(conflict, side)).toList())
                .result();
    }

    private static boolean kept(FieldChange change, Optional<Node> document, Optional<Node> otherDocument,
            List<FieldConflict> conflicts) {
        if (covered(conflicts, change.field())) {
            return true;
        }
        Optional<Node> value = document.flatMap(node -> Fields.valueAt(node, change.field()));
        Optional<Node> otherValue = otherDocument.flatMap(node -> Fields.valueAt(node, change.field()));
        return switch (change.kind()) {
            case ADDED -> reflected(value, change.after().orElseThrow(), change.field(), conflicts);
            case CHANGED -> reflected(value, change.after().orElseThrow(), change.field(), conflicts)
                    || linesKept(change.before().orElseThrow(), change.after().orElseThrow(), value, otherValue);
            case REMOVED -> value.isEmpty();
            case MEMBER_ADDED -> value.orElse(null) instanceof ListNode list
                    && list.items().contains(change.after().orElseThrow());
            case MEMBER_REMOVED -> !(value.orElse(null) instanceof ListNode list
                    && list.items().contains(change.before().orElseThrow()));
            case REORDERED -> value.orElse(null) instanceof ListNode list
                    && orderKept((ListNode) change.before().orElseThrow(), (ListNode) change.after().orElseThrow(), list,
                            key -> covered(conflicts, change.field().element(key)));
        };
    }

    /**
     * For a text merged line by line: whether every line this side brought in is in the merged text,
     * no line that both sides took out is, and the merge invented no line. Judged on line texts only,
     * so that it holds however a diff aligns repeated or moved lines.
     */
    private static boolean linesKept(Node before, Node after, Optional<Node> merged, Optional<Node> other) {
        if (!(before instanceof ScalarNode base && after instanceof ScalarNode side
                && merged.orElse(null) instanceof ScalarNode result && other.orElse(null) instanceof ScalarNode theirs
                && base.type() == ScalarNode.Type.STRING && side.type() == ScalarNode.Type.STRING
                && result.type() == ScalarNode.Type.STRING && theirs.type() == ScalarNode.Type.STRING)) {
            return false;
        }
        Set<String> baseLines = new LinkedHashSet<>(LineMerge.lines(base.text()));
        Set<String> sideLines = new LinkedHashSet<>(LineMerge.lines(side.text()));
        Set<String> resultLines = new LinkedHashSet<>(LineMerge.lines(result.text()));
        Set<String> otherLines = new LinkedHashSet<>(LineMerge.lines(theirs.text()));
        for (String line : sideLines) {
            if (!baseLines.contains(line) && !resultLines.contains(line)) {
                return false;
            }
        }
        for (String line : resultLines) {
            if (!sideLines.contains(line) && !otherLines.contains(line)) {
                return false;
            }
        }
        return true;
    }

    /** Whether a conflict sits at {@code field} or around it. */
    private static boolean covered(List<FieldConflict> conflicts, FieldPath field) {
        return conflicts.stream().anyMatch(conflict -> conflict.field().contains(field));
    }

    /**
     * Whether the merged value shows {@code expected}: equal, or under a conflict, or (where the merge
     * combined it with the other side's additions) every key, element or member of it shown.
     */
    private static boolean reflected(Optional<Node> merged, Node expected, FieldPath field,
            List<FieldConflict> conflicts) {
        if (covered(conflicts, field)) {
            return true;
        }
        if (merged.isEmpty()) {
            return false;
        }
        Node value = merged.get();
        if (value.equals(expected)) {
            return true;
        }
        if (value instanceof MapNode map && expected instanceof MapNode wanted) {
            return wanted.entries().entrySet().stream()
                    .allMatch(entry -> reflected(map.get(entry.getKey()), entry.getValue(), field.key(entry.getKey()),
                            conflicts));
        }
        if (value instanceof ListNode list && expected instanceof ListNode wanted) {
            Optional<String> keyField = ListShape.commonKeyField(list, wanted);
            if (keyField.isEmpty()) {
                return list.items().containsAll(wanted.items());
            }
            Map<String, Node> items = ListShape.byKey(list, keyField.get());
            return ListShape.byKey(wanted, keyField.get()).entrySet().stream()
                    .allMatch(entry -> reflected(Optional.ofNullable(items.get(entry.getKey())), entry.getValue(),
                            field.element(entry.getKey()), conflicts));
        }
        return false;
    }

    /**
     * Whether every pair of items whose relative order a side changed, and which the merge kept, is in
     * that side's order in the merged list. An element that is only there because its deletion
     * conflicts with an edit has the place {@code ListOrder} anchors it to; its order against the
     * others is part of that conflict, so pairs with an element under a conflict are not judged.
     */
    private static boolean orderKept(ListNode before, ListNode after, ListNode merged,
            Predicate<String> elementInConflict) {
        Optional<String> keyField = ListShape.commonKeyField(before, after, merged);
        Function<Node, Object> identity = keyField.isPresent()
                ? item -> ListShape.keyOf(item, keyField.get()).orElseThrow()
                : item -> item;
        List<Object> base = new ArrayList<>(identities(before, identity));
        List<Object> side = new ArrayList<>(identities(after, identity));
        List<Object> result = new ArrayList<>(identities(merged, identity));
        for (int i = 0; i < base.size(); i++) {
            for (int j = i + 1; j < base.size(); j++) {
                Object first = base.get(i);
                Object second = base.get(j);
                boolean everywhere = side.contains(first) && side.contains(second) && result.contains(first)
                        && result.contains(second);
                boolean inConflict = first instanceof String key && elementInConflict.test(key)
                        || second instanceof String other && elementInConflict.test(other);
                boolean sideSwapped = everywhere && !inConflict && side.indexOf(first) > side.indexOf(second);
                if (sideSwapped && result.indexOf(first) < result.indexOf(second)) {
                    return false;
                }
            }
        }
        return true;
    }

    private static Set<Object> identities(ListNode list, Function<Node, Object> identity) {
        Set<Object> identities = new LinkedHashSet<>();
        for (Node item : list.items()) {
            identities.add(identity.apply(item));
        }
        return identities;
    }
}
