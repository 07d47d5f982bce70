package nl.veerkracht.merge.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import nl.veerkracht.merge.FieldChange;
import nl.veerkracht.model.document.FieldPath;
import nl.veerkracht.model.document.ListNode;
import nl.veerkracht.model.document.MapNode;
import nl.veerkracht.model.document.Node;

/**
 * The field changes between two versions of a document, seen as the merge sees them: maps key by key,
 * keyed lists element by element (plus {@code REORDERED} when the kept elements changed order), other
 * lists as sets of members (plus {@code REORDERED} when the kept members changed order or repetition),
 * anything else as one value.
 */
public final class FieldDiffer {

    private static final Comparator<FieldChange> ORDER = Comparator.comparing(FieldChange::field)
            .thenComparing(FieldChange::kind)
            .thenComparing(change -> change.after().or(change::before).orElseThrow(), NodeOrder.INSTANCE);

    private final List<FieldChange> changes = new ArrayList<>();

    private FieldDiffer() {
    }

    /** The changes from {@code before} to {@code after}, by field path, then kind, then value. */
    public static List<FieldChange> diff(Node before, Node after) {
        FieldDiffer differ = new FieldDiffer();
        differ.compare(FieldPath.root(), Optional.of(before), Optional.of(after));
        differ.changes.sort(ORDER);
        return List.copyOf(differ.changes);
    }

    private void compare(FieldPath field, Optional<Node> before, Optional<Node> after) {
        if (DocumentMerge.same(before, after)) {
            return;
        }
        if (before.isEmpty()) {
            changes.add(new FieldChange(field, FieldChange.Kind.ADDED, before, after));
        } else if (after.isEmpty()) {
            changes.add(new FieldChange(field, FieldChange.Kind.REMOVED, before, after));
        } else if (before.get() instanceof MapNode was && after.get() instanceof MapNode is
                && ListShape.isAddressable(was) && ListShape.isAddressable(is)) {
            Set<String> keys = new LinkedHashSet<>(was.keys());
            keys.addAll(is.keys());
            for (String key : keys) {
                compare(field.key(key), was.get(key), is.get(key));
            }
        } else if (before.get() instanceof ListNode was && after.get() instanceof ListNode is) {
            Optional<String> keyField = ListShape.commonKeyField(was, is);
            if (keyField.isPresent()) {
                compareKeyed(field, was, is, keyField.get());
            } else {
                compareSets(field, was, is);
            }
        } else {
            changes.add(new FieldChange(field, FieldChange.Kind.CHANGED, before, after));
        }
    }

    private void compareKeyed(FieldPath field, ListNode before, ListNode after, String keyField) {
        Map<String, Node> was = ListShape.byKey(before, keyField);
        Map<String, Node> is = ListShape.byKey(after, keyField);
        Set<String> keys = new LinkedHashSet<>(was.keySet());
        keys.addAll(is.keySet());
        for (String key : keys) {
            compare(field.element(key), Optional.ofNullable(was.get(key)), Optional.ofNullable(is.get(key)));
        }
        List<String> keptBefore = was.keySet().stream().filter(is::containsKey).toList();
        List<String> keptAfter = is.keySet().stream().filter(was::containsKey).toList();
        if (!keptBefore.equals(keptAfter)) {
            changes.add(new FieldChange(field, FieldChange.Kind.REORDERED, Optional.of(before), Optional.of(after)));
        }
    }

    private void compareSets(FieldPath field, ListNode before, ListNode after) {
        Set<Node> was = new LinkedHashSet<>(before.items());
        Set<Node> is = new LinkedHashSet<>(after.items());
        for (Node member : was) {
            if (!is.contains(member)) {
                changes.add(new FieldChange(field, FieldChange.Kind.MEMBER_REMOVED, Optional.of(member),
                        Optional.empty()));
            }
        }
        for (Node member : is) {
            if (!was.contains(member)) {
                changes.add(new FieldChange(field, FieldChange.Kind.MEMBER_ADDED, Optional.empty(),
                        Optional.of(member)));
            }
        }
        List<Node> keptBefore = before.items().stream().filter(is::contains).toList();
        List<Node> keptAfter = after.items().stream().filter(was::contains).toList();
        if (!keptBefore.equals(keptAfter)) {
            changes.add(new FieldChange(field, FieldChange.Kind.REORDERED, Optional.of(before), Optional.of(after)));
        }
    }
}
