package nl.veerkracht.merge.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The order of a list that both sides changed. Items are named by an identity (an element's key, or
 * a set member itself); every list given here holds each identity once.
 *
 * <ol>
 * <li>The <em>common</em> items are those in base, ours and theirs. Their order is the base's, unless
 * one side reordered them (their relative order on that side differs from the base): then that side's.
 * If both sides reordered them the same way, that order; if differently, the sides conflict on the
 * order of the list ({@link #commonOrder} is empty).</li>
 * <li>Every other item of the merged list (an addition, or an element kept because its deletion
 * conflicts with an edit) is <em>anchored</em> after the nearest common item that precedes it on a side
 * that has it, or at the start; an item on both sides takes the anchor that comes first. An element
 * kept only because its deletion conflicts with an edit keeps its anchor even where the other side
 * moved a common item across it: its place is part of that conflict, which the user resolves.</li>
 * <li>At each anchor, each side's anchored items keep that side's order. When both sides have items
 * at one anchor and their runs differ, the run that sorts first (item by item, in the canonical order
 * of identities) goes first, and the other run follows without the items already placed.</li>
 * </ol>
 *
 * Nothing here depends on which side is ours.
 */
final class ListOrder {

    private ListOrder() {
    }

    /**
     * The order of the items that base, ours and theirs have in common, or empty when both sides
     * reordered them, differently.
     */
    static <T> Optional<List<T>> commonOrder(List<T> base, List<T> ours, List<T> theirs) {
        Set<T> inOurs = new HashSet<>(ours);
        Set<T> inTheirs = new HashSet<>(theirs);
        Set<T> inBase = new HashSet<>(base);
        List<T> baseCommon = retain(base, inOurs, inTheirs);
        List<T> oursCommon = retain(ours, inBase, inTheirs);
        List<T> theirsCommon = retain(theirs, inBase, inOurs);
        if (oursCommon.equals(baseCommon)) {
            return Optional.of(theirsCommon);
        }
        if (theirsCommon.equals(baseCommon) || oursCommon.equals(theirsCommon)) {
            return Optional.of(oursCommon);
        }
        return Optional.empty();
    }

    /**
     * The merged order of {@code members}: the common items in {@code common} order, every other member
     * anchored after its nearest preceding common item in {@code ours} or {@code theirs}.
     *
     * @param common   the common items, in their merged order (all of them members)
     * @param ours     our list's identities, in order
     * @param theirs   their list's identities, in order
     * @param members  every identity that the merged list holds; each is common, ours or theirs
     * @param identity the canonical order of identities, for runs of both sides at one anchor
     */
    static <T> List<T> arrange(List<T> common, List<T> ours, List<T> theirs, Set<T> members,
            Comparator<? super T> identity) {
        Map<T, Integer> rank = new HashMap<>();
        for (int i = 0; i < common.size(); i++) {
            rank.put(common.get(i), i);
        }
        Map<T, Integer> anchors = new HashMap<>();
        anchor(ours, rank, members, anchors);
        anchor(theirs, rank, members, anchors);
        Map<Integer, List<T>> ourRuns = runs(ours, rank, anchors);
        Map<Integer, List<T>> theirRuns = runs(theirs, rank, anchors);

        List<T> order = new ArrayList<>(members.size());
        appendRuns(order, ourRuns.get(-1), theirRuns.get(-1), identity);
        for (int i = 0; i < common.size(); i++) {
            order.add(common.get(i));
            appendRuns(order, ourRuns.get(i), theirRuns.get(i), identity);
        }
        return order;
    }

    private static <T> List<T> retain(List<T> items, Set<T> first, Set<T> second) {
        List<T> kept = new ArrayList<>();
        for (T item : items) {
            if (first.contains(item) && second.contains(item)) {
                kept.add(item);
            }
        }
        return kept;
    }

    private static <T> void anchor(List<T> side, Map<T, Integer> rank, Set<T> members, Map<T, Integer> anchors) {
        int last = -1;
        for (T item : side) {
            Integer common = rank.get(item);
            if (common != null) {
                last = common;
            } else if (members.contains(item)) {
                anchors.merge(item, last, Math::min);
            }
        }
    }

    private static <T> Map<Integer, List<T>> runs(List<T> side, Map<T, Integer> rank, Map<T, Integer> anchors) {
        Map<Integer, List<T>> runs = new HashMap<>();
        for (T item : side) {
            Integer anchor = anchors.get(item);
            if (anchor != null && !rank.containsKey(item)) {
                runs.computeIfAbsent(anchor, key -> new ArrayList<>()).add(item);
            }
        }
        return runs;
    }

    private static <T> void appendRuns(List<T> order, List<T> ours, List<T> theirs, Comparator<? super T> identity) {
        if (ours == null || theirs == null || ours.equals(theirs)) {
            order.addAll(ours != null ? ours : theirs != null ? theirs : List.of());
            return;
        }
        boolean oursFirst = NodeOrder.compareSequences(ours, theirs, identity) <= 0;
        Set<T> placed = new LinkedHashSet<>(oursFirst ? ours : theirs);
        placed.addAll(oursFirst ? theirs : ours);
        order.addAll(placed);
    }
}
