package nl.veerkracht.store;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

/**
 * One commit in a plan's history: who, which municipality, when, why (the message), and which
 * files it changed compared with its first parent.
 */
public record HistoryEntry(String commitId, OffsetDateTime when, Author author, Optional<String> municipality,
        String subject, String message, List<String> parentIds, List<String> changedPaths) {

    public HistoryEntry {
        parentIds = List.copyOf(parentIds);
        changedPaths = List.copyOf(changedPaths);
    }

    /** The abbreviated commit id users see (as {@code git log --oneline} shows it). */
    public String shortId() {
        return commitId.substring(0, 10);
    }

    public boolean isMerge() {
        return parentIds.size() > 1;
    }
}
