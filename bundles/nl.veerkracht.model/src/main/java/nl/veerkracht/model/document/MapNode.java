package nl.veerkracht.model.document;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Keys with their values, in the order they were read (or built). Two maps with the same entries
 * in another order are equal; the writer puts keys in the schema's order.
 */
public final class MapNode implements Node {

    private final Map<String, Node> entries;
    private final Map<String, SourcePosition> keyPositions;
    private final SourcePosition position;

    private MapNode(Map<String, Node> entries, Map<String, SourcePosition> keyPositions, SourcePosition position) {
        this.entries = Collections.unmodifiableMap(new LinkedHashMap<>(entries));
        this.keyPositions = Collections.unmodifiableMap(new LinkedHashMap<>(keyPositions));
        this.position = Objects.requireNonNull(position);
    }

    @SuppressWarnings("unchecked") // read only: the constructor copies the entries
    public static MapNode of(Map<String, ? extends Node> entries, Map<String, SourcePosition> keyPositions,
            SourcePosition position) {
        return new MapNode((Map<String, Node>) entries, keyPositions, position);
    }

    public static MapNode of(Map<String, ? extends Node> entries) {
        return of(entries, Map.of(), SourcePosition.UNKNOWN);
    }

    public static MapNode empty() {
        return of(Map.of());
    }

    /** The entries, in their order. */
    public Map<String, Node> entries() {
        return entries;
    }

    public Set<String> keys() {
        return entries.keySet();
    }

    public Optional<Node> get(String key) {
        return Optional.ofNullable(entries.get(key));
    }

    /** Where the key itself was read (errors about a key point here), or {@link SourcePosition#UNKNOWN}. */
    public SourcePosition keyPosition(String key) {
        return keyPositions.getOrDefault(key, SourcePosition.UNKNOWN);
    }

    /** This map with {@code key} set to {@code value}: replaced in place, or added at the end. */
    public MapNode with(String key, Node value) {
        Map<String, Node> copy = new LinkedHashMap<>(entries);
        copy.put(key, value);
        return new MapNode(copy, keyPositions, position);
    }

    /** This map without {@code key}. */
    public MapNode without(String key) {
        Map<String, Node> copy = new LinkedHashMap<>(entries);
        copy.remove(key);
        return new MapNode(copy, keyPositions, position);
    }

    @Override
    public SourcePosition position() {
        return position;
    }

    @Override
    public MapNode withoutPositions() {
        Map<String, Node> copy = new LinkedHashMap<>();
        entries.forEach((key, value) -> copy.put(key, value.withoutPositions()));
        return new MapNode(copy, Map.of(), SourcePosition.UNKNOWN);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof MapNode map && entries.equals(map.entries);
    }

    @Override
    public int hashCode() {
        return entries.hashCode();
    }

    @Override
    public String toString() {
        return entries.toString();
    }
}
