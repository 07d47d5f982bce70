package nl.veerkracht.demo;

import java.nio.file.Path;

import nl.veerkracht.store.Workspace;

/**
 * What the demo built.
 *
 * @param root the folder that holds the demo's workspaces
 * @param breda the workspace of Breda (GM0758)
 * @param approval the council approval of Breda's plan the demo records ({@code raad/<date>})
 */
public record DemoWorkspaces(Path root, Workspace breda, String approval) {
}
