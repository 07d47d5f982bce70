package nl.veerkracht.demo;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;

import nl.veerkracht.store.Workspace;

/**
 * What the demo built.
 *
 * @param root the folder that holds the demo's workspaces
 * @param breda the workspace of Breda (GM0758), the region's coordinator
 * @param approval the council approval of Breda's plan the demo records ({@code raad/<date>})
 * @param members every municipality's workspace of the region West-Brabant, by CBS code
 * @param province the workspace of the province of Noord-Brabant (PV30)
 * @param regionalTree the tree every member's clone of the regional plan ends at
 * @param storyDay the day the demo's story is told on: the dates in its plans are written towards this day, so
 *        a ten-point check on this day shows the same scorecard whenever the demo runs
 */
public record DemoWorkspaces(Path root, Workspace breda, String approval, Map<String, Workspace> members,
        Workspace province, String regionalTree, LocalDate storyDay) {

    public DemoWorkspaces {
        members = Map.copyOf(members);
    }
}
