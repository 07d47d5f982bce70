package nl.veerkracht.model.document;

import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * A whole plan repository at one moment: every plan file, read into a document, by its path
 * relative to the repository root ({@code plan.yaml}, {@code actions/terrassen-verruimen.yaml},
 * {@code indicators/vestigingen.csv}). Immutable; paths are sorted, so iteration is deterministic.
 */
public final class PlanSnapshot {

    private static final PlanSnapshot EMPTY = new PlanSnapshot(new TreeMap<>());

    private final SortedMap<String, Node> documents;

    private PlanSnapshot(SortedMap<String, Node> documents) {
        this.documents = Collections.unmodifiableSortedMap(documents);
    }

    public static PlanSnapshot empty() {
        return EMPTY;
    }

    /**
     * @throws IllegalArgumentException when a path is not a plain relative path inside the repository
     */
    public static PlanSnapshot of(Map<String, ? extends Node> documents) {
        TreeMap<String, Node> sorted = new TreeMap<>();
        documents.forEach((path, document) -> sorted.put(checkPath(path), document));
        return new PlanSnapshot(sorted);
    }

    /** Every document by path, sorted by path. */
    public SortedMap<String, Node> documents() {
        return documents;
    }

    public Optional<Node> document(String path) {
        return Optional.ofNullable(documents.get(path));
    }

    public boolean contains(String path) {
        return documents.containsKey(path);
    }

    public PlanSnapshot with(String path, Node document) {
        TreeMap<String, Node> copy = new TreeMap<>(documents);
        copy.put(checkPath(path), document);
        return new PlanSnapshot(copy);
    }

    public PlanSnapshot without(String path) {
        TreeMap<String, Node> copy = new TreeMap<>(documents);
        copy.remove(path);
        return new PlanSnapshot(copy);
    }

    public int size() {
        return documents.size();
    }

    /**
     * A path is relative, uses {@code /}, and has no empty, {@code .} or {@code ..} part: a snapshot
     * never names a file outside its repository.
     */
    public static String checkPath(String path) {
        if (path.isEmpty() || path.startsWith("/") || path.endsWith("/") || path.indexOf('\\') >= 0
                || path.indexOf('\0') >= 0) {
            throw new IllegalArgumentException("not a path inside the repository: '" + path + "'");
        }
        for (String part : path.split("/", -1)) {
            if (part.isEmpty() || part.equals(".") || part.equals("..")) {
                throw new IllegalArgumentException("not a path inside the repository: '" + path + "'");
            }
        }
        return path;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof PlanSnapshot snapshot && documents.equals(snapshot.documents);
    }

    @Override
    public int hashCode() {
        return documents.hashCode();
    }

    @Override
    public String toString() {
        return "PlanSnapshot" + documents.keySet();
    }
}
