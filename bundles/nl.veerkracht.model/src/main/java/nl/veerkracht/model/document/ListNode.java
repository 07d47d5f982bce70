package nl.veerkracht.model.document;

import java.util.List;
import java.util.Objects;

/** A sequence of nodes, in order. */
public final class ListNode implements Node {

    private final List<Node> items;
    private final SourcePosition position;

    private ListNode(List<Node> items, SourcePosition position) {
        this.items = List.copyOf(items);
        this.position = Objects.requireNonNull(position);
    }

    public static ListNode of(List<? extends Node> items, SourcePosition position) {
        return new ListNode(List.copyOf(items), position);
    }

    public static ListNode of(List<? extends Node> items) {
        return of(items, SourcePosition.UNKNOWN);
    }

    public List<Node> items() {
        return items;
    }

    public int size() {
        return items.size();
    }

    @Override
    public SourcePosition position() {
        return position;
    }

    @Override
    public ListNode withoutPositions() {
        return new ListNode(items.stream().map(Node::withoutPositions).toList(), SourcePosition.UNKNOWN);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ListNode list && items.equals(list.items);
    }

    @Override
    public int hashCode() {
        return items.hashCode();
    }

    @Override
    public String toString() {
        return items.toString();
    }
}
