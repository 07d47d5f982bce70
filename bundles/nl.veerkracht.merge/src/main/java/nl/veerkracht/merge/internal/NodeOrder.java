package nl.veerkracht.merge.internal;

import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import nl.veerkracht.model.document.ListNode;
import nl.veerkracht.model.document.MapNode;
import nl.veerkracht.model.document.Node;
import nl.veerkracht.model.document.ScalarNode;

/**
 * A total order on document nodes that agrees with {@code equals}: scalars before lists before maps;
 * scalars by type, then text; lists item by item; maps entry by entry in key order (so the order of a
 * map's keys never matters). Used wherever the merge needs a canonical order that does not depend on
 * which side is "ours".
 */
final class NodeOrder implements Comparator<Node> {

    static final NodeOrder INSTANCE = new NodeOrder();

    private NodeOrder() {
    }

    @Override
    public int compare(Node left, Node right) {
        if (left == right) {
            return 0;
        }
        int byShape = Integer.compare(rank(left), rank(right));
        if (byShape != 0) {
            return byShape;
        }
        if (left instanceof ScalarNode leftScalar) {
            ScalarNode rightScalar = (ScalarNode) right;
            int byType = leftScalar.type().compareTo(rightScalar.type());
            return byType != 0 ? byType : leftScalar.text().compareTo(rightScalar.text());
        }
        if (left instanceof ListNode leftList) {
            return compareSequences(leftList.items(), ((ListNode) right).items(), this);
        }
        return compareMaps(((MapNode) left).entries(), ((MapNode) right).entries());
    }

    /** Compares two sequences item by item; a proper prefix comes first. */
    static <T> int compareSequences(List<? extends T> left, List<? extends T> right,
            Comparator<? super T> items) {
        int common = Math.min(left.size(), right.size());
        for (int i = 0; i < common; i++) {
            int byItem = items.compare(left.get(i), right.get(i));
            if (byItem != 0) {
                return byItem;
            }
        }
        return Integer.compare(left.size(), right.size());
    }

    private int compareMaps(Map<String, Node> left, Map<String, Node> right) {
        Iterator<Map.Entry<String, Node>> leftEntries = new TreeMap<>(left).entrySet().iterator();
        Iterator<Map.Entry<String, Node>> rightEntries = new TreeMap<>(right).entrySet().iterator();
        while (leftEntries.hasNext() && rightEntries.hasNext()) {
            Map.Entry<String, Node> leftEntry = leftEntries.next();
            Map.Entry<String, Node> rightEntry = rightEntries.next();
            int byKey = leftEntry.getKey().compareTo(rightEntry.getKey());
            if (byKey != 0) {
                return byKey;
            }
            int byValue = compare(leftEntry.getValue(), rightEntry.getValue());
            if (byValue != 0) {
                return byValue;
            }
        }
        return Boolean.compare(leftEntries.hasNext(), rightEntries.hasNext());
    }

    private static int rank(Node node) {
        if (node instanceof ScalarNode) {
            return 0;
        }
        return node instanceof ListNode ? 1 : 2;
    }
}
