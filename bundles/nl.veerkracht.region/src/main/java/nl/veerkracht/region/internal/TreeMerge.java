package nl.veerkracht.region.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;

import nl.veerkracht.format.PlanFiles;
import nl.veerkracht.merge.MergeResult;
import nl.veerkracht.merge.ThreeWayMerge;
import nl.veerkracht.model.EntityKind;
import nl.veerkracht.model.document.Node;
import nl.veerkracht.model.document.PlanSnapshot;

/**
 * The three-way merge of two trees of files against a base, as Git's does it first: by blob id, file by
 * file. A file that one side changed takes that side's; a file both changed alike is taken. Only a
 * plan file that both sides changed differently is read and merged entity by entity and field by field
 * ({@link ThreeWayMerge}); a file that is no plan file, or does not read, and that both sides changed
 * differently keeps our version (or the base's, for a virtual base), and the merge says so.
 */
final class TreeMerge {

    /** What becomes of a file outside the plan that both sides changed differently. */
    enum OtherFiles {
        /** Ours is kept, and reported. */
        KEEP_OURS,
        /** The base's is taken (for a virtual base: the bases disagree, so their common base decides). */
        TAKE_BASE
    }

    /**
     * The merge so far: the files decided by id, the semantic merge of the plan files both sides
     * changed, and the versions of those files on each side (to reuse their bytes).
     *
     * @param decided every path decided without reading it, with its blob
     * @param semantic the merge of the plan files both sides changed; conflicts are open in it
     * @param ours our blob of each path in {@code semantic}
     * @param theirs their blob of each path in {@code semantic}
     * @param keptOurs files outside the plan that both sides changed differently
     */
    record Result(Map<String, String> decided, MergeResult semantic, Map<String, String> ours,
            Map<String, String> theirs, List<String> keptOurs) {

        /**
         * The merged tree once {@code resolved} (the semantic merge with its conflicts settled) is
         * applied; a document equal to one side's keeps that side's bytes exactly.
         */
        Map<String, String> files(RegionRepository repository, PlanSnapshot resolved) {
            Map<String, String> files = new TreeMap<>(decided);
            for (Map.Entry<String, Node> document : resolved.documents().entrySet()) {
                String path = document.getKey();
                Node merged = document.getValue();
                String ourBlob = ours.get(path);
                String theirBlob = theirs.get(path);
                if (ourBlob != null && repository.document(path, ourBlob).map(merged::equals).orElse(false)) {
                    files.put(path, ourBlob);
                } else if (theirBlob != null
                        && repository.document(path, theirBlob).map(merged::equals).orElse(false)) {
                    files.put(path, theirBlob);
                } else {
                    files.put(path, repository.add(PlanFiles.write(path, merged)));
                }
            }
            return files;
        }
    }

    private TreeMerge() {
    }

    static Result merge(RegionRepository repository, Map<String, String> base, Map<String, String> ours,
            Map<String, String> theirs, OtherFiles otherFiles) {
        TreeSet<String> paths = new TreeSet<>(ours.keySet());
        paths.addAll(theirs.keySet());
        paths.addAll(base.keySet());
        Map<String, String> decided = new TreeMap<>();
        Map<String, Node> baseDocuments = new TreeMap<>();
        Map<String, Node> ourDocuments = new TreeMap<>();
        Map<String, Node> theirDocuments = new TreeMap<>();
        Map<String, String> ourBlobs = new TreeMap<>();
        Map<String, String> theirBlobs = new TreeMap<>();
        List<String> keptOurs = new ArrayList<>();
        for (String path : paths) {
            String b = base.get(path);
            String o = ours.get(path);
            String t = theirs.get(path);
            String taken;
            if (Objects.equals(o, t) || Objects.equals(b, t)) {
                taken = o;
            } else if (Objects.equals(b, o)) {
                taken = t;
            } else {
                Optional<Node> baseDocument = document(repository, path, b);
                Optional<Node> ourDocument = document(repository, path, o);
                Optional<Node> theirDocument = document(repository, path, t);
                boolean readable = EntityKind.ofPath(path).isPresent() && (b == null || baseDocument.isPresent())
                        && (o == null || ourDocument.isPresent()) && (t == null || theirDocument.isPresent());
                if (readable) {
                    baseDocument.ifPresent(document -> baseDocuments.put(path, document));
                    ourDocument.ifPresent(document -> ourDocuments.put(path, document));
                    theirDocument.ifPresent(document -> theirDocuments.put(path, document));
                    if (o != null) {
                        ourBlobs.put(path, o);
                    }
                    if (t != null) {
                        theirBlobs.put(path, t);
                    }
                    continue;
                }
                if (otherFiles == OtherFiles.TAKE_BASE) {
                    taken = b;
                } else {
                    taken = o;
                    keptOurs.add(path);
                }
            }
            if (taken != null) {
                decided.put(path, taken);
            }
        }
        MergeResult semantic = ThreeWayMerge.merge(PlanSnapshot.of(baseDocuments), PlanSnapshot.of(ourDocuments),
                PlanSnapshot.of(theirDocuments));
        return new Result(decided, semantic, ourBlobs, theirBlobs, keptOurs);
    }

    private static Optional<Node> document(RegionRepository repository, String path, String blob) {
        return blob == null ? Optional.empty() : repository.document(path, blob);
    }
}
