package nl.veerkracht.merge.internal;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import nl.veerkracht.model.document.ListNode;
import nl.veerkracht.model.document.MapNode;
import nl.veerkracht.model.document.Node;
import nl.veerkracht.model.document.ScalarNode;

/**
 * How the items of a list are told apart. A list whose items are all maps that carry one of the key
 * fields {@code id}, {@code code}, {@code period}, {@code role} (the first that fits), with a scalar
 * value that names the item uniquely, is <em>keyed</em>: its items are addressed as
 * {@code runbook[loket-opschalen]}. Any other list is a <em>set</em> of values (themes, participants,
 * consultations).
 */
public final class ListShape {

    /** The fields that can identify the items of a list, in order of preference. */
    public static final List<String> KEY_FIELDS = List.of("id", "code", "period", "role");

    private ListShape() {
    }

    /**
     * The first key field that identifies the items of every one of {@code lists}; empty when the
     * lists are sets. An empty list fits every key field.
     */
    public static Optional<String> commonKeyField(ListNode... lists) {
        for (String field : KEY_FIELDS) {
            boolean fitsAll = true;
            for (ListNode list : lists) {
                if (!isKeyedBy(list, field)) {
                    fitsAll = false;
                    break;
                }
            }
            if (fitsAll) {
                return Optional.of(field);
            }
        }
        return Optional.empty();
    }

    /** Whether every item of {@code list} is a map with a distinct, nameable scalar {@code field}. */
    public static boolean isKeyedBy(ListNode list, String field) {
        if (list.size() == 0) {
            return true;
        }
        HashSet<String> seen = new HashSet<>();
        for (Node item : list.items()) {
            Optional<String> key = keyOf(item, field);
            if (key.isEmpty() || !seen.add(key.get())) {
                return false;
            }
        }
        return true;
    }

    /** The key of {@code item} by {@code field}, when it has one that can be written in a field path. */
    public static Optional<String> keyOf(Node item, String field) {
        if (item instanceof MapNode map && map.get(field).orElse(null) instanceof ScalarNode scalar
                && scalar.type() != ScalarNode.Type.NULL && isElementName(scalar.text())) {
            return Optional.of(scalar.text());
        }
        return Optional.empty();
    }

    /** The items of a list keyed by {@code field}, by key, in list order. */
    public static Map<String, Node> byKey(ListNode list, String field) {
        Map<String, Node> items = new LinkedHashMap<>();
        for (Node item : list.items()) {
            items.put(keyOf(item, field).orElseThrow(), item);
        }
        return items;
    }

    /** Whether {@code name} can be the name of a map key in a field path. */
    public static boolean isKeyName(String name) {
        return !name.isEmpty() && name.indexOf('.') < 0 && name.indexOf('[') < 0 && name.indexOf(']') < 0;
    }

    /** Whether every key of {@code map} can be written in a field path, so the map merges per key. */
    public static boolean isAddressable(MapNode map) {
        for (String key : map.keys()) {
            if (!isKeyName(key)) {
                return false;
            }
        }
        return true;
    }

    private static boolean isElementName(String name) {
        return !name.isEmpty() && name.indexOf(']') < 0;
    }
}
