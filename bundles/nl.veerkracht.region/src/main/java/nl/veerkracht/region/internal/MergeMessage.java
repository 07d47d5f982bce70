package nl.veerkracht.region.internal;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import nl.veerkracht.store.HistoryEntry;

/**
 * The message of a merge commit that sync makes: which member, which of its commits (each with its
 * municipality, by trailer or by its author's e-mail), which entities it brought in (Dutch, like every commit
 * message Veerkracht writes).
 */
final class MergeMessage {

    private static final int COMMITS_LISTED = 20;

    private MergeMessage() {
    }

    static String of(String member, String memberName, List<HistoryEntry> commits,
            Function<HistoryEntry, Optional<String>> municipality, List<String> entities, int resolved) {
        StringBuilder text = new StringBuilder();
        text.append("Samengevoegd met ").append(member).append(' ').append(memberName).append('\n');
        text.append('\n').append(commits.size()).append(commits.size() == 1 ? " commit" : " commits").append(":\n");
        for (HistoryEntry commit : commits.subList(0, Math.min(COMMITS_LISTED, commits.size()))) {
            text.append("- ").append(commit.shortId()).append(' ').append(commit.subject())
                    .append(municipality.apply(commit).map(code -> " (" + code + ")").orElse("")).append('\n');
        }
        if (commits.size() > COMMITS_LISTED) {
            text.append("- ... en ").append(commits.size() - COMMITS_LISTED).append(" meer\n");
        }
        text.append('\n').append("Onderdelen: ").append(entities.isEmpty() ? "geen" : String.join(", ", entities))
                .append('\n');
        if (resolved > 0) {
            text.append("Conflicten opgelost: ").append(resolved).append('\n');
        }
        return text.toString();
    }
}
