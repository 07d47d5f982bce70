package nl.veerkracht.merge.internal;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import nl.veerkracht.merge.FieldConflict;
import nl.veerkracht.merge.LineMerge;
import nl.veerkracht.model.document.FieldPath;
import nl.veerkracht.model.document.ListNode;
import nl.veerkracht.model.document.MapNode;
import nl.veerkracht.model.document.Node;
import nl.veerkracht.model.document.ScalarNode;

/**
 * The three-way merge of one document (one entity file), field by field, recursively. Conflicts are
 * added to a list of sites; a conflicting value is left as ours.
 *
 * <p>At every value, in this order:
 * <ol>
 * <li>ours equals theirs (both may be absent): that value;</li>
 * <li>one side equals the base: the other side's value, exactly;</li>
 * <li>one side is absent (deleted) while the other changed: an {@code EDIT_DELETE} conflict;</li>
 * <li>both are maps: merged key by key (a base that is absent or not a map counts as an empty map),
 *     unless a key cannot be written in a field path, then the map is one value;</li>
 * <li>both are lists: merged by key or as sets (a base that is absent or not a list counts as empty);
 *     see {@link #mergeLists};</li>
 * <li>base, ours and theirs are all text, and one of them has more than one line: merged line by line
 *     ({@link LineMerge}); a conflict if the same lines changed;</li>
 * <li>otherwise: a conflict, {@code ADD_ADD} where the base has no value, {@code EDIT_EDIT} where it
 *     has one.</li>
 * </ol>
 */
final class DocumentMerge {

    private static final ListNode EMPTY_LIST = ListNode.of(List.of());

    private final String path;
    private final String entityId;
    private final List<ConflictSite> sites;

    DocumentMerge(String path, String entityId, List<ConflictSite> sites) {
        this.path = path;
        this.entityId = entityId;
        this.sites = sites;
    }

    /** The merged document: absent when the merge deletes the entity. */
    Optional<Node> merge(Optional<Node> base, Optional<Node> ours, Optional<Node> theirs) {
        return merge(FieldPath.root(), KeyTrail.NONE, base, ours, theirs);
    }

    private Optional<Node> merge(FieldPath field, KeyTrail trail, Optional<Node> base, Optional<Node> ours,
            Optional<Node> theirs) {
        if (same(ours, theirs) || same(base, theirs)) {
            return ours;
        }
        if (same(base, ours)) {
            return theirs;
        }
        if (ours.isEmpty() || theirs.isEmpty()) {
            return conflict(FieldConflict.Kind.EDIT_DELETE, field, trail, base, ours, theirs);
        }
        Node our = ours.get();
        Node their = theirs.get();
        Node common = base.orElse(null);
        if (our instanceof MapNode ourMap && their instanceof MapNode theirMap) {
            MapNode baseMap = common instanceof MapNode map ? map : MapNode.empty();
            if (ListShape.isAddressable(baseMap) && ListShape.isAddressable(ourMap)
                    && ListShape.isAddressable(theirMap)) {
                return Optional.of(mergeMaps(field, trail, baseMap, ourMap, theirMap));
            }
        } else if (our instanceof ListNode ourList && their instanceof ListNode theirList) {
            ListNode baseList = common instanceof ListNode list ? list : EMPTY_LIST;
            return mergeLists(field, trail, base, baseList, ourList, theirList);
        } else if (common instanceof ScalarNode baseText && our instanceof ScalarNode ourText
                && their instanceof ScalarNode theirText && isText(baseText) && isText(ourText) && isText(theirText)
                && (baseText.isMultiline() || ourText.isMultiline() || theirText.isMultiline())) {
            Optional<String> text = LineMerge.merge(baseText.text(), ourText.text(), theirText.text()).text();
            if (text.isPresent()) {
                return Optional.of(ScalarNode.string(text.get()));
            }
        }
        return conflict(base.isEmpty() ? FieldConflict.Kind.ADD_ADD : FieldConflict.Kind.EDIT_EDIT, field, trail, base,
                ours, theirs);
    }

    private MapNode mergeMaps(FieldPath field, KeyTrail trail, MapNode base, MapNode ours, MapNode theirs) {
        Set<String> added = new TreeSet<>();
        for (String key : ours.keys()) {
            if (!base.keys().contains(key)) {
                added.add(key);
            }
        }
        for (String key : theirs.keys()) {
            if (!base.keys().contains(key)) {
                added.add(key);
            }
        }
        Map<String, Node> merged = new LinkedHashMap<>();
        for (String key : base.keys()) {
            merge(field.key(key), trail, base.get(key), ours.get(key), theirs.get(key))
                    .ifPresent(value -> merged.put(key, value));
        }
        for (String key : added) {
            merge(field.key(key), trail, Optional.empty(), ours.get(key), theirs.get(key))
                    .ifPresent(value -> merged.put(key, value));
        }
        return MapNode.of(merged);
    }

    /**
     * Lists whose items are keyed by one key field in all three versions merge element by element, by
     * key; other lists merge as sets: an item is in the result when a side added it, or when the base
     * had it and neither side removed it. The order is {@link ListOrder}'s; where both sides reordered
     * the common items differently, the whole list is an {@code EDIT_EDIT} conflict.
     */
    private Optional<Node> mergeLists(FieldPath field, KeyTrail trail, Optional<Node> base, ListNode baseList,
            ListNode ours, ListNode theirs) {
        Optional<String> keyField = ListShape.commonKeyField(baseList, ours, theirs);
        if (keyField.isPresent()) {
            return mergeKeyed(field, trail, base, baseList, ours, theirs, keyField.get());
        }
        List<Node> baseItems = distinct(baseList);
        List<Node> ourItems = distinct(ours);
        List<Node> theirItems = distinct(theirs);
        Optional<List<Node>> common = ListOrder.commonOrder(baseItems, ourItems, theirItems);
        if (common.isEmpty()) {
            return conflict(FieldConflict.Kind.EDIT_EDIT, field, trail, base, Optional.of(ours), Optional.of(theirs));
        }
        Set<Node> members = new LinkedHashSet<>(common.get());
        Set<Node> inBase = new LinkedHashSet<>(baseItems);
        for (Node item : ourItems) {
            if (!inBase.contains(item)) {
                members.add(item);
            }
        }
        for (Node item : theirItems) {
            if (!inBase.contains(item)) {
                members.add(item);
            }
        }
        return Optional.of(ListNode.of(ListOrder.arrange(common.get(), ourItems, theirItems, members,
                NodeOrder.INSTANCE)));
    }

    private Optional<Node> mergeKeyed(FieldPath field, KeyTrail trail, Optional<Node> base, ListNode baseList,
            ListNode ours, ListNode theirs, String keyField) {
        Map<String, Node> baseItems = ListShape.byKey(baseList, keyField);
        Map<String, Node> ourItems = ListShape.byKey(ours, keyField);
        Map<String, Node> theirItems = ListShape.byKey(theirs, keyField);
        List<String> ourKeys = new ArrayList<>(ourItems.keySet());
        List<String> theirKeys = new ArrayList<>(theirItems.keySet());
        Optional<List<String>> common = ListOrder.commonOrder(new ArrayList<>(baseItems.keySet()), ourKeys, theirKeys);
        if (common.isEmpty()) {
            return conflict(FieldConflict.Kind.EDIT_EDIT, field, trail, base, Optional.of(ours), Optional.of(theirs));
        }
        Set<String> keys = new LinkedHashSet<>(baseItems.keySet());
        keys.addAll(ourKeys);
        keys.addAll(theirKeys);
        KeyTrail elementTrail = trail.then(keyField);
        int firstSite = sites.size();
        Map<String, Node> merged = new LinkedHashMap<>();
        Set<String> members = new LinkedHashSet<>();
        for (String key : keys) {
            FieldPath element = field.element(key);
            Optional<Node> item = merge(element, elementTrail, Optional.ofNullable(baseItems.get(key)),
                    Optional.ofNullable(ourItems.get(key)), Optional.ofNullable(theirItems.get(key)));
            if (item.isPresent()) {
                merged.put(key, item.get());
                members.add(key);
            } else if (theirItems.containsKey(key) && isLastSite(element)) {
                members.add(key);
            }
        }
        List<String> layout = ListOrder.arrange(common.get(), ourKeys, theirKeys, members, String::compareTo);
        for (int i = firstSite; i < sites.size(); i++) {
            ConflictSite site = sites.get(i);
            if (site.conflict().field().segments().size() == field.segments().size() + 1
                    && field.contains(site.conflict().field())
                    && site.conflict().field().segments().get(field.segments().size()) instanceof FieldPath.Element) {
                sites.set(i, site.withLayout(layout));
            }
        }
        List<Node> items = new ArrayList<>(merged.size());
        for (String key : layout) {
            Node item = merged.get(key);
            if (item != null) {
                items.add(item);
            }
        }
        return Optional.of(ListNode.of(items));
    }

    private boolean isLastSite(FieldPath field) {
        return !sites.isEmpty() && sites.get(sites.size() - 1).conflict().field().equals(field)
                && sites.get(sites.size() - 1).conflict().path().equals(path);
    }

    private Optional<Node> conflict(FieldConflict.Kind kind, FieldPath field, KeyTrail trail, Optional<Node> base,
            Optional<Node> ours, Optional<Node> theirs) {
        FieldConflict conflict = new FieldConflict(path, entityId, field, kind, base, ours, theirs);
        sites.add(new ConflictSite(conflict, trail.keyFields(), List.of()));
        return ours;
    }

    private static List<Node> distinct(ListNode list) {
        return new ArrayList<>(new LinkedHashSet<>(list.items()));
    }

    private static boolean isText(ScalarNode scalar) {
        return scalar.type() == ScalarNode.Type.STRING;
    }

    static boolean same(Optional<Node> left, Optional<Node> right) {
        if (left.isEmpty() || right.isEmpty()) {
            return left.isEmpty() && right.isEmpty();
        }
        return left.get() == right.get() || left.get().equals(right.get());
    }

    /** The key fields of the keyed lists on the way down to a value, innermost last. */
    private record KeyTrail(KeyTrail outer, String keyField) {

        static final KeyTrail NONE = new KeyTrail(null, null);

        KeyTrail then(String field) {
            return new KeyTrail(this, field);
        }

        List<String> keyFields() {
            Deque<String> fields = new ArrayDeque<>();
            for (KeyTrail trail = this; trail.outer != null; trail = trail.outer) {
                fields.addFirst(trail.keyField);
            }
            return List.copyOf(fields);
        }
    }
}
