package nl.veerkracht.merge;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import nl.veerkracht.merge.internal.NodeText;
import nl.veerkracht.model.document.ListNode;
import nl.veerkracht.model.document.MapNode;
import nl.veerkracht.model.document.Node;
import nl.veerkracht.model.document.PlanSnapshot;
import nl.veerkracht.model.document.ScalarNode;
import nl.veerkracht.model.document.SourcePosition;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.statistics.StatisticsReport;

/** The laws of the three-way merge, on random regional plans and random edits of both sides. */
class ThreeWayMergeProperties {

    private static final int TRIES = 10_000;

    @Provide
    Arbitrary<MergeCase> mergeCases() {
        return PlanArbitraries.mergeCases();
    }

    @Property(tries = TRIES)
    void mergingTwoEqualSidesGivesThatSide(@ForAll("mergeCases") MergeCase merge) {
        MergeResult result = ThreeWayMerge.merge(merge.base(), merge.ours(), merge.ours());

        assertEquals(List.of(), result.conflicts());
        assertEquals(merge.ours(), result.merged());
    }

    @Property(tries = TRIES)
    void mergingWithAnUnchangedOurSideGivesTheirs(@ForAll("mergeCases") MergeCase merge) {
        MergeResult result = ThreeWayMerge.merge(merge.base(), merge.base(), merge.theirs());

        assertEquals(List.of(), result.conflicts());
        assertEquals(merge.theirs(), result.merged());
    }

    @Property(tries = TRIES)
    void mergingWithAnUnchangedTheirSideGivesOurs(@ForAll("mergeCases") MergeCase merge) {
        MergeResult result = ThreeWayMerge.merge(merge.base(), merge.ours(), merge.base());

        assertEquals(List.of(), result.conflicts());
        assertEquals(merge.ours(), result.merged());
    }

    @Property(tries = TRIES)
    void swappingTheSidesSwapsOnlyTheLabels(@ForAll("mergeCases") MergeCase merge) {
        MergeResult forward = merge.merge();
        MergeResult backward = merge.mergeSwapped();

        assertEquals(forward.conflicts().stream().map(FieldConflict::swapped).toList(), backward.conflicts());
        for (Side side : Side.values()) {
            assertEquals(MergeChecks.resolvedWith(forward, side), MergeChecks.resolvedWith(backward, side.other()),
                    () -> "resolved with " + side);
        }
        if (forward.isClean()) {
            assertEquals(forward.merged(), backward.merged());
        }
    }

    @Property(tries = TRIES)
    @StatisticsReport(StatisticsReport.StatisticsReportMode.OFF)
    void noChangeOfEitherSideIsSilentlyDropped(@ForAll("mergeCases") MergeCase merge) {
        MergeResult result = merge.merge();

        assertEquals(List.of(), MergeChecks.droppedChanges(merge.base(), merge.ours(), merge.theirs(), result), "ours");
        assertEquals(List.of(), MergeChecks.droppedChanges(merge.base(), merge.theirs(), merge.ours(), result), "theirs");
        assertEquals(List.of(), MergeChecks.malformedConflicts(result));

        boolean bothChanged = !merge.ours().equals(merge.base()) && !merge.theirs().equals(merge.base())
                && !merge.ours().equals(merge.theirs());
        String outcome = !result.isClean() ? "conflicts" : bothChanged ? "clean, both sides changed" : "one side changed";
        Statistics.label("outcome").collect(outcome);
        Statistics.label("outcome").coverage(coverage -> {
            coverage.check("conflicts").percentage(percent -> percent >= 20);
            coverage.check("clean, both sides changed").percentage(percent -> percent >= 20);
        });
    }

    @Property(tries = TRIES)
    void mergingIsDeterministic(@ForAll("mergeCases") MergeCase merge) {
        MergeResult first = merge.merge();
        MergeResult again = merge.merge();
        MergeResult rebuilt = ThreeWayMerge.merge(rebuilt(merge.base()), rebuilt(merge.ours()), rebuilt(merge.theirs()));

        assertEquals(rendered(first.merged()), rendered(again.merged()), "byte for byte, key order included");
        assertEquals(first.conflicts(), again.conflicts());
        assertEquals(first.merged(), rebuilt.merged(), "independent of map key order and of shared instances");
        assertEquals(first.conflicts(), rebuilt.conflicts());
    }

    /** Every document as one line, keys in the order the merge wrote them. */
    private static String rendered(PlanSnapshot snapshot) {
        StringBuilder text = new StringBuilder();
        snapshot.documents().forEach((path, document) -> text.append(path).append(' ')
                .append(NodeText.render(document)).append('\n'));
        return text.toString();
    }

    /** A deep copy with new nodes and every map's keys in reverse order. */
    private static PlanSnapshot rebuilt(PlanSnapshot snapshot) {
        Map<String, Node> documents = new LinkedHashMap<>();
        snapshot.documents().forEach((path, document) -> documents.put(path, rebuilt(document)));
        return PlanSnapshot.of(documents);
    }

    private static Node rebuilt(Node node) {
        if (node instanceof MapNode map) {
            List<String> keys = new ArrayList<>(map.keys());
            Collections.reverse(keys);
            Map<String, Node> entries = new LinkedHashMap<>();
            for (String key : keys) {
                entries.put(key, rebuilt(map.get(key).orElseThrow()));
            }
            return MapNode.of(entries);
        }
        if (node instanceof ListNode list) {
            return ListNode.of(list.items().stream().map(ThreeWayMergeProperties::rebuilt).toList());
        }
        ScalarNode scalar = (ScalarNode) node;
        return ScalarNode.of(scalar.type(), new String(scalar.text()), SourcePosition.UNKNOWN);
    }
}
