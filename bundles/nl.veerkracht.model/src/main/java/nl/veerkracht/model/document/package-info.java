/**
 * The document tree that every plan file reads into, whatever its syntax (YAML, Markdown front
 * matter, CSV): maps, lists and scalars, each with the position it was read from. A whole plan at
 * one moment is a {@link nl.veerkracht.model.document.PlanSnapshot}: its files by path.
 *
 * <p>Equality of nodes is equality of content: positions never take part in it, and the order of
 * a map's keys does not either (the format writes keys in a fixed order anyway).
 */
@Export
@Version("1.1.0")
package nl.veerkracht.model.document;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
