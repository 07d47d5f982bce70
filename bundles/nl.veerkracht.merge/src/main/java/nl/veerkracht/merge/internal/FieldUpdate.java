package nl.veerkracht.merge.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import nl.veerkracht.model.document.FieldPath;
import nl.veerkracht.model.document.ListNode;
import nl.veerkracht.model.document.MapNode;
import nl.veerkracht.model.document.Node;

/**
 * Puts a value at a conflict's field in a merged document, or deletes what is there. An element of a
 * keyed list is found by the key field the merge used; an element put back into a list goes where the
 * merge's layout of that list has it.
 */
final class FieldUpdate {

    private final ConflictSite site;
    private final List<FieldPath.Segment> segments;

    private FieldUpdate(ConflictSite site) {
        this.site = site;
        this.segments = site.conflict().field().segments();
    }

    /**
     * The document with the site's field set to {@code value}, or without it when {@code value} is
     * empty; an empty result deletes the entity.
     *
     * @throws IllegalArgumentException when a value for a list element lacks that element's key
     */
    static Optional<Node> apply(Optional<Node> document, ConflictSite site, Optional<Node> value) {
        if (site.conflict().field().isRoot()) {
            return value;
        }
        FieldUpdate update = new FieldUpdate(site);
        return Optional.of(update.set(document.orElseThrow(update::missing), 0, 0, value));
    }

    private Node set(Node node, int depth, int elementDepth, Optional<Node> value) {
        FieldPath.Segment segment = segments.get(depth);
        boolean last = depth == segments.size() - 1;
        if (segment instanceof FieldPath.Key key) {
            if (!(node instanceof MapNode map)) {
                throw missing();
            }
            if (last) {
                return value.map(v -> map.with(key.name(), v)).orElseGet(() -> map.without(key.name()));
            }
            Node child = map.get(key.name()).orElseThrow(this::missing);
            return map.with(key.name(), set(child, depth + 1, elementDepth, value));
        }
        if (!(node instanceof ListNode list)) {
            throw missing();
        }
        String keyField = site.keyFields().get(elementDepth);
        String name = segment.name();
        List<Node> items = new ArrayList<>(list.items());
        int index = indexOf(items, keyField, name);
        if (!last) {
            if (index < 0) {
                throw missing();
            }
            items.set(index, set(items.get(index), depth + 1, elementDepth + 1, value));
        } else if (value.isEmpty()) {
            if (index >= 0) {
                items.remove(index);
            }
        } else {
            if (!ListShape.keyOf(value.get(), keyField).filter(name::equals).isPresent()) {
                throw new IllegalArgumentException("a value for " + site.conflict().field() + " must be a map with "
                        + keyField + ": " + name);
            }
            if (index >= 0) {
                items.set(index, value.get());
            } else {
                items.add(insertionIndex(items, keyField, name), value.get());
            }
        }
        return ListNode.of(items, list.position());
    }

    /** Where an element goes back: after the nearest element that precedes it in the merge's layout. */
    private int insertionIndex(List<Node> items, String keyField, String name) {
        List<String> layout = site.layout();
        int position = layout.indexOf(name);
        if (position < 0) {
            return items.size();
        }
        for (int i = position - 1; i >= 0; i--) {
            int before = indexOf(items, keyField, layout.get(i));
            if (before >= 0) {
                return before + 1;
            }
        }
        return 0;
    }

    private static int indexOf(List<Node> items, String keyField, String name) {
        for (int i = 0; i < items.size(); i++) {
            if (ListShape.keyOf(items.get(i), keyField).filter(name::equals).isPresent()) {
                return i;
            }
        }
        return -1;
    }

    private IllegalStateException missing() {
        return new IllegalStateException("the merged " + site.conflict().path() + " has no place for "
                + site.conflict().field());
    }
}
