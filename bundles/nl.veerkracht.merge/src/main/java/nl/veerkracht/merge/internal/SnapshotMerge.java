package nl.veerkracht.merge.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import nl.veerkracht.merge.FieldConflict;
import nl.veerkracht.merge.MergeResult;
import nl.veerkracht.model.EntityKind;
import nl.veerkracht.model.document.Node;
import nl.veerkracht.model.document.PlanSnapshot;

/**
 * The three-way merge of whole snapshots: the three sorted path sets are walked once, together; an
 * entity that is the same on both sides, or unchanged on one side, is decided by comparing documents
 * (by reference first, so documents shared between snapshots cost nothing); only entities that both
 * sides changed are merged field by field.
 */
public final class SnapshotMerge {

    private SnapshotMerge() {
    }

    public static MergeResult merge(PlanSnapshot base, PlanSnapshot ours, PlanSnapshot theirs) {
        Map<String, Node> merged = new TreeMap<>();
        List<ConflictSite> sites = new ArrayList<>();
        Walk baseWalk = new Walk(base);
        Walk ourWalk = new Walk(ours);
        Walk theirWalk = new Walk(theirs);
        while (true) {
            String path = first(first(baseWalk.path(), ourWalk.path()), theirWalk.path());
            if (path == null) {
                break;
            }
            Optional<Node> baseDocument = baseWalk.take(path);
            Optional<Node> ourDocument = ourWalk.take(path);
            Optional<Node> theirDocument = theirWalk.take(path);
            Optional<Node> document;
            if (DocumentMerge.same(ourDocument, theirDocument) || DocumentMerge.same(baseDocument, theirDocument)) {
                document = ourDocument;
            } else if (DocumentMerge.same(baseDocument, ourDocument)) {
                document = theirDocument;
            } else {
                String id = EntityKind.idOf(path).orElse(path);
                document = new DocumentMerge(path, id, sites).merge(baseDocument, ourDocument, theirDocument);
            }
            document.ifPresent(value -> merged.put(path, value));
        }
        sites.sort(Comparator.comparing(ConflictSite::conflict, FieldConflict.ORDER));
        return new ResolvableMerge(PlanSnapshot.of(merged), sites, List.of());
    }

    private static String first(String left, String right) {
        if (left == null) {
            return right;
        }
        if (right == null) {
            return left;
        }
        return left.compareTo(right) <= 0 ? left : right;
    }

    /** One snapshot's documents, in path order, consumed path by path. */
    private static final class Walk {

        private final Iterator<Map.Entry<String, Node>> documents;
        private Map.Entry<String, Node> next;

        Walk(PlanSnapshot snapshot) {
            documents = snapshot.documents().entrySet().iterator();
            next = documents.hasNext() ? documents.next() : null;
        }

        String path() {
            return next == null ? null : next.getKey();
        }

        Optional<Node> take(String path) {
            if (next == null || !next.getKey().equals(path)) {
                return Optional.empty();
            }
            Node document = next.getValue();
            next = documents.hasNext() ? documents.next() : null;
            return Optional.of(document);
        }
    }
}
