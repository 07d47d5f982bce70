package nl.veerkracht.region.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.veerkracht.merge.Resolution;
import nl.veerkracht.model.document.FieldPath;
import nl.veerkracht.model.document.ListNode;
import nl.veerkracht.model.document.MapNode;
import nl.veerkracht.model.document.Node;
import nl.veerkracht.model.document.ScalarNode;
import nl.veerkracht.model.document.SourcePosition;
import nl.veerkracht.region.RegionException;

/** A pending merge is kept on disk and read back exactly: every value with its type, maps in their order. */
class PendingMergeFileTest {

    @TempDir
    Path state;

    private static ScalarNode scalar(ScalarNode.Type type, String text) {
        return ScalarNode.of(type, text, SourcePosition.UNKNOWN);
    }

    @Test
    void everyKindOfValueComesBackExactly() {
        Map<String, Node> budget = new LinkedHashMap<>();
        budget.put("source", ScalarNode.string("region"));
        budget.put("amount", ScalarNode.integer(25000));
        List<Node> tricky = List.of(ScalarNode.string("15000"), ScalarNode.string("true"), ScalarNode.string("null"),
                ScalarNode.string(""), ScalarNode.string("Eén loket:\n  - ook 's avonds\n"), ScalarNode.string("# geen"),
                scalar(ScalarNode.Type.DECIMAL, "1.10"), ScalarNode.bool(false), ScalarNode.nullValue(),
                ScalarNode.string("'quoted' \"both\" \\ back"));
        StoredMerge merge = new StoredMerge("region/west-brabant", "a".repeat(40), "b".repeat(40), "GM0777",
                "Etten-Leur", List.of(
                        new Resolution("actions/GM0758-fonds.yaml", FieldPath.parse("budget"), Optional.of(MapNode.of(budget))),
                        new Resolution("actions/GM0758-fonds.yaml", FieldPath.parse("themes"),
                                Optional.of(ListNode.of(tricky))),
                        new Resolution("scenarios/terugval.yaml", FieldPath.parse("runbook[loket-opschalen].within_days"),
                                Optional.empty()),
                        new Resolution("plan.yaml", FieldPath.root(), Optional.of(ScalarNode.string("x")))));

        PendingMergeFile.write(state, merge);
        StoredMerge read = PendingMergeFile.read(state).orElseThrow();

        assertEquals(merge, read);
        MapNode readBudget = (MapNode) read.resolutions().get(0).value().orElseThrow();
        assertEquals(List.of("source", "amount"), List.copyOf(readBudget.keys()), "key order kept");
        List<Node> readTricky = ((ListNode) read.resolutions().get(1).value().orElseThrow()).items();
        for (int i = 0; i < tricky.size(); i++) {
            ScalarNode expected = (ScalarNode) tricky.get(i);
            ScalarNode actual = (ScalarNode) readTricky.get(i);
            assertEquals(expected.type(), actual.type(), expected::toString);
            assertEquals(expected.text(), actual.text());
        }
    }

    @Test
    void noFileNoPendingMergeAndADamagedFileIsAClearError() throws Exception {
        assertEquals(Optional.empty(), PendingMergeFile.read(state));
        Files.writeString(state.resolve(PendingMergeFile.FILE), "region: [unclosed\n");
        RegionException damaged = assertThrows(RegionException.class, () -> PendingMergeFile.read(state));
        assertEquals("pending.unreadableAt", damaged.key());
        assertEquals(state.resolve(PendingMergeFile.FILE) + ":2:1: het openstaande samenvoegen is onleesbaar: "
                + "expected ',' or ']', but got <stream end>; zet het opzij (mv '" + state.resolve(PendingMergeFile.FILE)
                + "' '" + state.resolve(PendingMergeFile.FILE) + ".kapot') en draai 'veerkracht sync' opnieuw: dat begint het"
                + " samenvoegen opnieuw, en de oplossingen kiest u dan opnieuw met 'veerkracht resolve'",
                damaged.describe(Locale.forLanguageTag("nl")));

        Files.writeString(state.resolve(PendingMergeFile.FILE), "foo: bar\n");
        RegionException edited = assertThrows(RegionException.class, () -> PendingMergeFile.read(state));
        assertEquals("pending.notOurs", edited.key());
        assertEquals(state.resolve(PendingMergeFile.FILE) + " is no longer as Veerkracht wrote it (region, ours, theirs, "
                + "member, member_name and resolutions); the pending merge cannot be read; move it aside (mv '"
                + state.resolve(PendingMergeFile.FILE) + "' '" + state.resolve(PendingMergeFile.FILE) + ".broken') and run"
                + " 'veerkracht sync' again: that starts the merge over, and you choose the resolutions again with"
                + " 'veerkracht resolve'", edited.describe(Locale.ENGLISH));
    }
}
