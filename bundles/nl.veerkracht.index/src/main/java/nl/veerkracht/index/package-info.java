/**
 * The workspace index: every entity of every repository of a workspace at its head, with the
 * indicator observations, in relational tables, for questions that cross repositories. Derived from
 * the repositories and never the truth: {@link nl.veerkracht.index.WorkspaceIndex#rebuild} builds it
 * from scratch, {@link nl.veerkracht.index.WorkspaceIndex#verify} compares it with a fresh read, and
 * every other call first catches up with the repositories from the tree differences since the commit
 * it holds of each.
 */
@Export
@Version("2.1.0")
package nl.veerkracht.index;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
