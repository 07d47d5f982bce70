/**
 * The semantic diff and the three-way merge of plan snapshots, as pure functions: no Git, no disk, no
 * YAML. {@link nl.veerkracht.merge.SemanticDiff} tells what changed per entity and field;
 * {@link nl.veerkracht.merge.ThreeWayMerge} merges two descendants of a base into a
 * {@link nl.veerkracht.merge.MergeResult} whose {@link nl.veerkracht.merge.FieldConflict}s are resolved
 * with {@link nl.veerkracht.merge.Resolution}s. {@link nl.veerkracht.merge.LineDiff} compares two texts line by
 * line.
 */
@Export
@Version("1.1.0")
package nl.veerkracht.merge;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
