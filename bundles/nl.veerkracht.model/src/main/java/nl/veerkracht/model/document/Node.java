package nl.veerkracht.model.document;

/**
 * One value of a plan file: a {@link MapNode}, a {@link ListNode} or a {@link ScalarNode}.
 * Immutable. {@code equals} compares content only, never positions.
 */
public sealed interface Node permits MapNode, ListNode, ScalarNode {

    /** Where this node was read, or {@link SourcePosition#UNKNOWN}. */
    SourcePosition position();

    /** The same content without any position, for comparing and for writing. */
    Node withoutPositions();
}
