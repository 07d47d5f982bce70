package nl.veerkracht.province.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import nl.veerkracht.model.Action;
import nl.veerkracht.model.ActionStatus;
import nl.veerkracht.model.EntityKind;
import nl.veerkracht.model.PlanContents;
import nl.veerkracht.model.Task;
import nl.veerkracht.model.TaskStatus;
import nl.veerkracht.model.document.ListNode;
import nl.veerkracht.model.document.MapNode;
import nl.veerkracht.model.document.Node;
import nl.veerkracht.model.document.PlanSnapshot;
import nl.veerkracht.model.document.ScalarNode;
import nl.veerkracht.model.document.SourcePosition;
import nl.veerkracht.model.validation.Problem;

/**
 * The links from a plan's actions out of the plan: {@code links.province} ({@code PV30/<task>}) to a
 * province's programme and {@code links.region} ({@code <region>/<action>}) to a regional plan. A
 * link is checked against the mirror or clone of that repository in the workspace; where the
 * workspace has none, the link cannot be checked and is left alone.
 */
public final class WorkspaceLinks {

    private WorkspaceLinks() {
    }

    /**
     * @param provinces the programmes the workspace mirrors, by province code
     * @param regions the regional plans the workspace has, by region id
     */
    public static List<Problem> check(PlanSnapshot snapshot, PlanContents contents, Map<String, PlanContents> provinces,
            Map<String, PlanContents> regions) {
        List<Problem> problems = new ArrayList<>();
        for (Action action : contents.actions().values()) {
            if (action.links().isEmpty()) {
                continue;
            }
            String path = EntityKind.ACTION.pathOf(action.id());
            Optional<Node> document = snapshot.document(path);
            for (String link : action.links().get().province()) {
                int slash = link.indexOf('/');
                PlanContents programme = slash < 0 ? null : provinces.get(link.substring(0, slash));
                if (programme == null) {
                    continue;
                }
                Task task = programme.tasks().get(link.substring(slash + 1));
                SourcePosition where = provinceLinkPosition(document, link);
                if (task == null) {
                    problems.add(Problem.error(path, where, "link.province.missing", link));
                } else if (task.status() == TaskStatus.CLOSED && isOngoing(action)) {
                    problems.add(Problem.error(path, where, "link.province.closed", link, task.title()));
                }
            }
            Optional<String> regionLink = action.links().get().region();
            if (regionLink.isPresent()) {
                String link = regionLink.get();
                int slash = link.indexOf('/');
                PlanContents region = slash < 0 ? null : regions.get(link.substring(0, slash));
                if (region != null && !region.actions().containsKey(link.substring(slash + 1))) {
                    problems.add(Problem.error(path, regionLinkPosition(document), "link.region.missing", link));
                }
            }
        }
        problems.sort(Problem.ORDER);
        return problems;
    }

    /** A closed task is a broken link only for an action that still runs or is still to come. */
    private static boolean isOngoing(Action action) {
        return action.status() != ActionStatus.DONE && action.status() != ActionStatus.STOPPED;
    }

    private static SourcePosition provinceLinkPosition(Optional<Node> document, String link) {
        Optional<Node> list = links(document).flatMap(links -> links.get("province"));
        if (list.isPresent() && list.get() instanceof ListNode items) {
            for (Node item : items.items()) {
                if (item instanceof ScalarNode scalar && scalar.text().equals(link)) {
                    return scalar.position();
                }
            }
            return items.position();
        }
        return document.map(Node::position).orElse(SourcePosition.UNKNOWN);
    }

    private static SourcePosition regionLinkPosition(Optional<Node> document) {
        return links(document).flatMap(links -> links.get("region")).map(Node::position)
                .orElse(document.map(Node::position).orElse(SourcePosition.UNKNOWN));
    }

    private static Optional<MapNode> links(Optional<Node> document) {
        if (document.isPresent() && document.get() instanceof MapNode map
                && map.get("links").orElse(null) instanceof MapNode links) {
            return Optional.of(links);
        }
        return Optional.empty();
    }
}
